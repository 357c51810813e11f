package org.learningsets.web.it.operations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.FacesHttpClient;
import org.learningsets.web.it.support.MicroProcess;

/**
 * The back-up and restore of docs/backup-restore.md, end to end with the scripts in ops/ on embedded Derby: back up,
 * lose the whole data directory (database and key file), restore, start again: the data is the backed-up data and its
 * confidential text still decrypts.
 */
class BackupAndRestoreIT {

    /** Amira's demo learning log entry: stored encrypted, shown only when the key file matches. */
    private static final String CONFIDENTIAL =
            "Being asked what I had already tried showed me I had only tried one thing.";

    private final Path work = Path.of(System.getProperty("it.work.dir", "target/it"));
    private final Path ops = Path.of(System.getProperty("ops.dir", "../ops"));

    @Test
    void aRestoredBackUpBringsBackTheDatabaseAndTheKeyFile() throws Exception {
        Files.createDirectories(work);
        Path dataDir = Files.createTempDirectory(work, "backup-data-");
        Path archive = work.resolve("backup-" + System.nanoTime() + ".tar.gz");
        Map<String, String> settings = Map.of("LEARNINGSETS_DATA_DIR", dataDir.toString(), "LEARNINGSETS_DEMO", "true");

        try (MicroProcess running = MicroProcess.start("backup-first", settings)) {
            assertTrue(learningLog(running).contains(CONFIDENTIAL), "demo data with confidential text");
            Script refused = Script.run(ops.resolve("backup.sh"), settings, archive.toString());
            assertNotEquals(0, refused.exitCode(), "Derby is copied only while the application is stopped");
            assertTrue(refused.output().contains("stop the application first"), refused.output());
        }
        Script backup = Script.run(ops.resolve("backup.sh"), settings, archive.toString());
        assertEquals(0, backup.exitCode(), backup.output());
        byte[] key = Files.readAllBytes(dataDir.resolve("learningsets.key"));

        deleteTree(dataDir); // the disk is lost: database and key file
        Script restore = Script.run(ops.resolve("restore.sh"), settings, archive.toString());
        assertEquals(0, restore.exitCode(), restore.output());
        assertArrayEquals(key, Files.readAllBytes(dataDir.resolve("learningsets.key")));

        try (MicroProcess restored = MicroProcess.start("backup-restored", settings)) {
            assertTrue(restored.log().contains("(0 migrations run now)"), "the restored database, not a new one");
            assertFalse(restored.log().contains("Generated a new key file"), "the restored key file");
            assertTrue(learningLog(restored).contains(CONFIDENTIAL), "the confidential text decrypts");
        }
    }

    private static String learningLog(MicroProcess micro) throws Exception {
        FacesHttpClient amira = new FacesHttpClient(micro.base());
        amira.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        return amira.get("learning/log.xhtml").body();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One run of an ops script with the application's settings as its environment, as an operator runs it. */
    record Script(int exitCode, String output) {
        static Script run(Path script, Map<String, String> settings, String... args) throws Exception {
            List<String> command = Stream.concat(Stream.of("bash", script.toString()), Stream.of(args))
                    .toList();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(k -> k.startsWith("LEARNINGSETS_"));
            builder.environment().putAll(settings);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), script + " took too long");
            return new Script(process.exitValue(), output);
        }
    }
}
