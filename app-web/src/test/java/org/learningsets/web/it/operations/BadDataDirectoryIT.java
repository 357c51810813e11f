package org.learningsets.web.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsets.web.it.support.FacesHttpClient;
import org.learningsets.web.it.support.MicroProcess;

/**
 * A data directory that cannot be used (here: a file stands where a folder should be) stops the application
 * with a message that names the folder and the setting to change, and overwrites nothing.
 */
class BadDataDirectoryIT {

    @Test
    void aFileWhereTheDataDirectoryShouldBeIsReportedClearly() throws Exception {
        Path work = Path.of(System.getProperty("it.work.dir", "target"));
        Files.createDirectories(work);
        Path notADirectory = Files.createTempFile(work, "not-a-directory-", ".txt");
        Files.writeString(notADirectory, "keep me");
        try (MicroProcess micro = MicroProcess.start(
                "bad-data-dir",
                Map.of("LEARNINGSETS_DATA_DIR", notADirectory.toString(), "LEARNINGSETS_DEMO", "true"))) {
            String log = micro.log();
            assertTrue(
                    log.contains("Learning Sets cannot open its database: The data directory " + notADirectory
                            + " is a file, not a folder. Set LEARNINGSETS_DATA_DIR to a folder."),
                    "clear message in the log");
            assertEquals(
                    404,
                    new FacesHttpClient(micro.base()).get("login.xhtml").statusCode(),
                    "the application is not served half-started");
            assertEquals("keep me", Files.readString(notADirectory), "nothing written over the file");
        }
    }
}
