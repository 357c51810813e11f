package org.learningsets.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data directory that cannot be used gives every visitor a clear page (503), never a stack trace. */
class BadDataDirectoryIT {

    @Test
    void aFileWhereTheDataDirectoryShouldBeGivesAClearPage() throws Exception {
        Path work = Path.of(System.getProperty("it.work.dir", "target"));
        Files.createDirectories(work);
        Path notADirectory = Files.createTempFile(work, "not-a-directory-", ".txt");
        try (MicroProcess micro = MicroProcess.start("bad-data-dir", Map.of(
                "LEARNINGSETS_DATA_DIR", notADirectory.resolve("data").toString(),
                "LEARNINGSETS_DEMO", "true"))) {
            HttpResponse<String> page = new FacesHttpClient(micro.base()).get("login.xhtml");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("Learning Sets is not available"), page.body());
            assertTrue(page.body().contains("LEARNINGSETS_DATA_DIR"), "the page says which setting to fix");
            assertFalse(page.body().contains("at org."), "no stack trace");
            assertTrue(Files.readString(notADirectory).isEmpty(), "nothing written over the file");
        }
    }
}
