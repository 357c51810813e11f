package org.learningsets.web.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.learningsets.web.it.support.MemberWrites.logEntry;
import static org.learningsets.web.it.support.MemberWrites.myData;
import static org.learningsets.web.it.support.MemberWrites.signedIn;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.learningsets.web.it.support.FacesHttpClient;
import org.learningsets.web.it.support.MemberWrites;
import org.learningsets.web.it.support.MemberWrites.Outcome;
import org.learningsets.web.it.support.MemberWrites.Write;
import org.learningsets.web.it.support.MicroProcess;
import org.learningsets.web.it.support.WriteBurst;

/**
 * Faults injected into the application as an operator runs it (embedded Derby, the default): the server killed with
 * SIGKILL in the middle of a burst of writes, and the disk of the data directory filling up. Writes go over HTTP as
 * a member makes them (FacesHttpClient), and what was kept is read back through the pages, the member's data download
 * and, once the server is stopped, Derby's own consistency check of every table. The database stopped while the
 * application runs is PostgreSQL's case (PostgresOperationsIT, which also kills a server mid-burst on PostgreSQL):
 * embedded Derby has no separate server to stop.
 */
class FaultInjectionIT {

    private final Path work = Path.of(System.getProperty("it.work.dir", "target/it"));

    @Test
    void killedMidBurstKeepsEveryAcknowledgedWriteAndNoHalfWrite() throws Exception {
        Files.createDirectories(work);
        Path data = Files.createTempDirectory(work, "faults-kill-data-");
        Map<String, String> settings = Map.of("LEARNINGSETS_DATA_DIR", data.toString(), "LEARNINGSETS_DEMO", "true");
        WriteBurst burst = WriteBurst.killedMidway(MicroProcess.start("faults-kill-first", settings));
        try (MicroProcess again = MicroProcess.start("faults-kill-again", settings)) {
            System.out.println("FAULTS kill -9 (Derby): " + burst.assertKeptOn(again));
        }
        assertEveryTableConsistent(data);
    }

    @Test
    void aFullDiskGivesAClearMessageLosesNothingAndRecovers() throws Exception {
        assumeTrue(
                "root".equals(System.getProperty("user.name")),
                "needs root to mount a small tmpfs as the data directory; skipped for "
                        + System.getProperty("user.name"));
        Files.createDirectories(work);
        Path disk = Files.createTempDirectory(work, "faults-disk-");
        assumeTrue(
                command("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", disk.toString()) == 0,
                "mount -t tmpfs failed (a container without CAP_SYS_ADMIN?)");
        Path data = disk.resolve("data");
        Map<String, String> settings = Map.of("LEARNINGSETS_DATA_DIR", data.toString(), "LEARNINGSETS_DEMO", "true");
        String run = UUID.randomUUID().toString().substring(0, 8);
        try {
            List<String> saved = new ArrayList<>();
            MicroProcess micro = MicroProcess.start("faults-disk", settings);
            try {
                FacesHttpClient amira = signedIn(micro);
                Write before = logEntry(amira, "disk-" + run + "-before");
                assertEquals(Outcome.ACKNOWLEDGED, before.outcome(), before.page());
                saved.add(before.token());

                Path filler = disk.resolve("filler");
                long filled = fill(filler);
                // Write until the full disk stops a write: Derby first uses the room left in its files.
                Write failed = null;
                for (int i = 0; i < 400 && failed == null; i++) {
                    Write w = logEntry(amira, "disk-" + run + "-full-" + i + "-" + "x".repeat(3000));
                    if (w.outcome() == Outcome.ACKNOWLEDGED) {
                        saved.add(w.token());
                    } else {
                        failed = w;
                    }
                }
                assertTrue(failed != null, "a write failed once the disk was full (" + filled + " bytes filled)");
                assertEquals(503, failed.status(), failed.page());
                assertTrue(failed.page().contains("run out of disk space"), failed.page());
                assertFalse(FacesHttpClient.showsStackTrace(failed.page()), "no stack trace: " + failed.page());
                int whileFull = amira.get("learning/log.xhtml").statusCode();
                System.out.printf(
                        "FAULTS disk full: %d bytes filled, %d writes saved after that, then %d; the log "
                                + "page while full answered %d%n",
                        filled, saved.size() - 1, failed.status(), whileFull);

                Files.delete(filler);
                Instant freed = Instant.now();
                Write after = logEntry(amira, "disk-" + run + "-after");
                while (after.outcome() != Outcome.ACKNOWLEDGED
                        && Duration.between(freed, Instant.now()).toSeconds() < 30) {
                    Thread.sleep(500); // between retries of the condition
                    after = logEntry(amira, "disk-" + run + "-after");
                }
                Duration recovery = Duration.between(freed, Instant.now());
                if (after.outcome() != Outcome.ACKNOWLEDGED) {
                    System.out.println("FAULTS disk full: no write within 30 s of freeing space, restarting: "
                            + after.status() + " " + after.page());
                    micro.close();
                    micro = MicroProcess.start("faults-disk-again", settings);
                    amira = signedIn(micro);
                    after = logEntry(amira, "disk-" + run + "-after-restart");
                    assertEquals(Outcome.ACKNOWLEDGED, after.outcome(), after.page());
                }
                saved.add(after.token());
                String myData = myData(amira);
                List<String> lost = saved.stream()
                        .filter(t -> !myData.contains("Learned " + t))
                        .toList();
                assertTrue(lost.isEmpty(), "saved entries lost: " + lost);
                assertTrue(myData.contains(MemberWrites.DEMO_ENTRY), "the data from before the disk filled");
                System.out.printf(
                        "FAULTS disk full: %d entries saved, all found, 0 lost; a write saved again %d ms "
                                + "after freeing space%s%n",
                        saved.size(),
                        recovery.toMillis(),
                        after.token().endsWith("restart") ? ", after a restart" : ", without a restart");
            } finally {
                micro.close();
            }
            assertEveryTableConsistent(data);
        } finally {
            command("umount", "-l", disk.toString());
        }
    }

    /** Fills the file system of {@code file} to the last byte; returns the bytes written. */
    private static long fill(Path file) throws IOException {
        byte[] block = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int size = block.length; size > 0; size /= 2) {
                try {
                    while (true) {
                        out.write(block, 0, size);
                        out.flush();
                        written += size;
                    }
                } catch (IOException full) {
                    // No room for this size: try smaller pieces until not even one byte fits.
                }
            }
        } catch (IOException closingOnAFullDisk) {
            // Nothing buffered is left to write: every write above was flushed.
        }
        return written;
    }

    /**
     * Derby's SYSCS_UTIL.SYSCS_CHECK_TABLE on every table and its indexes, with the application stopped: opened
     * here (embedded, after crash recovery if the server was killed) and shut down again.
     */
    private void assertEveryTableConsistent(Path data) throws SQLException {
        System.setProperty(
                "derby.stream.error.file", work.resolve("derby-check.log").toString());
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(data.resolve("derby").toString());
        int tables = 0;
        try (Connection c = derby.getConnection();
                Statement sql = c.createStatement();
                ResultSet t = sql.executeQuery("SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t "
                        + "JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T'")) {
            List<String[]> names = new ArrayList<>();
            while (t.next()) {
                names.add(new String[] {t.getString(1), t.getString(2)});
            }
            for (String[] name : names) {
                try (var check = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
                    check.setString(1, name[0]);
                    check.setString(2, name[1]);
                    try (ResultSet r = check.executeQuery()) {
                        assertTrue(r.next() && r.getInt(1) == 1, name[0] + "." + name[1] + " is consistent");
                    }
                }
                tables++;
            }
        } finally {
            EmbeddedDataSource shutdown = new EmbeddedDataSource();
            shutdown.setDatabaseName(data.resolve("derby").toString());
            shutdown.setShutdownDatabase("shutdown");
            try {
                shutdown.getConnection().close();
            } catch (SQLException expected) {
                // 08006: shut down, as asked.
            }
        }
        assertTrue(tables > 20, "checked the application's tables: " + tables);
        System.out.println("FAULTS: SYSCS_CHECK_TABLE passed on all " + tables + " tables");
    }

    private static int command(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", command));
        return p.exitValue();
    }
}
