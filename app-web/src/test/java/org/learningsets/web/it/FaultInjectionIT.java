package org.learningsets.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/**
 * Faults injected into the application as an operator runs it (embedded Derby, the default): the server killed with
 * SIGKILL in the middle of a burst of writes, and the disk of the data directory filling up. Writes go over HTTP as
 * a member makes them (FacesHttpClient), and what was kept is read back through the pages, the member's data download
 * and, once the server is stopped, Derby's own consistency check of every table. The database stopped while the
 * application runs is PostgreSQL's case (DatabaseStoppedIT): embedded Derby has no separate server to stop.
 */
class FaultInjectionIT {

    private static final Pattern SET_LINK = Pattern.compile("sets/set\\.xhtml\\?id=([0-9a-f-]{36})");
    private static final Pattern PREPARE_LINK = Pattern.compile("meetings/prepare\\.xhtml\\?id=([0-9a-f-]{36})");
    private static final String LOG_SAVED = "Your reflection is saved in your learning log";
    private static final String BID_SAVED = "is on the draft agenda";
    /** Amira's demo learning log entry, there before any fault. */
    private static final String DEMO_ENTRY = "Being asked what I had already tried showed me I had only tried one thing.";

    private final Path work = Path.of(System.getProperty("it.work.dir", "target/it"));

    /** One write over HTTP and what its answer said. */
    enum Outcome { ACKNOWLEDGED, REFUSED, NO_ANSWER }

    record Write(String kind, String token, Outcome outcome, int status, String page) {
    }

    @Test
    void killedMidBurstKeepsEveryAcknowledgedWriteAndNoHalfWrite() throws Exception {
        Files.createDirectories(work);
        Path data = Files.createTempDirectory(work, "faults-kill-data-");
        Map<String, String> settings = Map.of("LEARNINGSETS_DATA_DIR", data.toString(), "LEARNINGSETS_DEMO", "true");
        String run = UUID.randomUUID().toString().substring(0, 8);
        ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
        int writers = 4;
        Duration killedAfter;

        MicroProcess micro = MicroProcess.start("faults-kill-first", settings);
        try {
            String meetingId = meetingOpenForBids(signedIn(micro));
            AtomicInteger acknowledged = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> burst = new ArrayList<>();
            Instant started = Instant.now();
            for (int w = 0; w < writers; w++) {
                boolean bids = w % 2 == 1; // two sessions write learning log entries, two bid on new issues
                String prefix = "burst-" + run + "-w" + w + "-";
                FacesHttpClient amira = signedIn(micro);
                burst.add(pool.submit(() -> {
                    for (int i = 0; ; i++) {
                        Write write = bids ? bid(amira, meetingId, prefix + i) : logEntry(amira, prefix + i);
                        writes.add(write);
                        if (write.outcome() == Outcome.ACKNOWLEDGED) {
                            acknowledged.incrementAndGet();
                        } else {
                            return null; // the server is gone (or refused: asserted below)
                        }
                    }
                }));
            }
            // Kill once the burst is well under way, while every writer is still writing.
            waitUntil(Duration.ofMinutes(3), () -> acknowledged.get() >= 60 || burst.stream().anyMatch(Future::isDone));
            killedAfter = Duration.between(started, Instant.now());
            micro.kill();
            for (Future<?> f : burst) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
        } finally {
            micro.kill(); // no-op when already gone; never left running after a failure
        }

        List<Write> all = List.copyOf(writes);
        List<Write> refused = all.stream().filter(w -> w.outcome() == Outcome.REFUSED).toList();
        assertTrue(refused.isEmpty(), "every write before the kill was acknowledged, but: " + refused);
        Set<String> acknowledgedTokens = tokens(all, Outcome.ACKNOWLEDGED);
        Set<String> unanswered = tokens(all, Outcome.NO_ANSWER);
        assertEquals(writers, unanswered.size(), "each writer lost its connection once, at the kill: " + unanswered);

        Instant restart = Instant.now();
        try (MicroProcess again = MicroProcess.start("faults-kill-again", settings)) {
            Duration restarted = Duration.between(restart, Instant.now());
            FacesHttpClient amira = signedIn(again);
            String myData = myData(amira);
            String meetingId = meetingOpenForBids(amira);
            String bidsPage = amira.get("meetings/prepare.xhtml?id=" + meetingId).body();

            List<String> missing = new ArrayList<>();
            for (Write w : all) {
                boolean stored = stored(w, myData, bidsPage);
                if (w.outcome() == Outcome.ACKNOWLEDGED && !stored) {
                    missing.add(w.kind() + " " + w.token());
                }
            }
            assertTrue(missing.isEmpty(), "acknowledged writes lost at the kill: " + missing);
            // All or nothing: an issue raised by a bid exists exactly when its bid does; both halves of an entry.
            Set<String> issues = found(myData, "\"title\":\"(burst-" + run + "-[^\"]+)\"");
            Set<String> bids = found(bidsPage, ">(burst-" + run + "-[^<]+)<");
            assertEquals(issues, bids, "issues raised with a bid and the bids on the agenda");
            Set<String> learned = found(myData, "\"whatILearned\":\"Learned (burst-" + run + "-[^\"]+)\"");
            Set<String> differently = found(myData, "\"whatIWillDoDifferently\":\"Differently (burst-" + run
                    + "-[^\"]+)\"");
            assertEquals(learned, differently, "both fields of each learning log entry");
            assertTrue(myData.contains(DEMO_ENTRY), "the data from before the burst");
            long keptUnanswered = unanswered.stream().filter(t -> issues.contains(t) || learned.contains(t)).count();
            System.out.printf("FAULTS kill -9: %d writers, killed after %d ms; %d writes acknowledged, %d found after "
                    + "restart, 0 lost; %d in flight at the kill (%d of them stored, whole); issues = bids = %d; "
                    + "restart ready in %d s%n", writers, killedAfter.toMillis(), acknowledgedTokens.size(),
                    acknowledgedTokens.size() - missing.size(), unanswered.size(), keptUnanswered, issues.size(),
                    restarted.toSeconds());
        }
        assertEveryTableConsistent(data);
    }

    @Test
    void aFullDiskGivesAClearMessageLosesNothingAndRecovers() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "needs root to mount a small tmpfs as the data directory; skipped for " + System.getProperty("user.name"));
        Files.createDirectories(work);
        Path disk = Files.createTempDirectory(work, "faults-disk-");
        assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", disk.toString()) == 0,
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
                System.out.printf("FAULTS disk full: %d bytes filled, %d writes saved after that, then %d; the log "
                        + "page while full answered %d%n", filled, saved.size() - 1, failed.status(), whileFull);

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
                List<String> lost = saved.stream().filter(t -> !myData.contains("Learned " + t)).toList();
                assertTrue(lost.isEmpty(), "saved entries lost: " + lost);
                assertTrue(myData.contains(DEMO_ENTRY), "the data from before the disk filled");
                System.out.printf("FAULTS disk full: %d entries saved, all found, 0 lost; a write saved again %d ms "
                        + "after freeing space%s%n", saved.size(), recovery.toMillis(),
                        after.token().endsWith("restart") ? ", after a restart" : ", without a restart");
            } finally {
                micro.close();
            }
            assertEveryTableConsistent(data);
        } finally {
            command("umount", "-l", disk.toString());
        }
    }

    private static FacesHttpClient signedIn(MicroProcess micro) throws Exception {
        FacesHttpClient client = new FacesHttpClient(micro.base());
        HttpResponse<String> home = client.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        assertTrue(home.uri().getPath().endsWith("/index.xhtml"), "signed in: " + home.uri());
        return client;
    }

    /** Amira's next meeting of Set A that takes bids (its prepare page has the bid form). */
    private static String meetingOpenForBids(FacesHttpClient amira) throws Exception {
        Matcher set = SET_LINK.matcher(amira.get("sets/mine.xhtml").body());
        assertTrue(set.find(), "Amira's set");
        Matcher prepare = PREPARE_LINK.matcher(amira.get("sets/set.xhtml?id=" + set.group(1)).body());
        while (prepare.find()) {
            if (amira.get("meetings/prepare.xhtml?id=" + prepare.group(1)).body().contains("bid:submitBid")) {
                return prepare.group(1);
            }
        }
        throw new AssertionError("no meeting of Amira's set takes bids");
    }

    /** A learning log entry with both questions answered: one row, two encrypted columns. */
    private static Write logEntry(FacesHttpClient amira, String token) {
        return attempt("entry", token, LOG_SAVED, () -> amira.submit("learning/log.xhtml", "entry",
                Map.of("meeting", "", "learned", "Learned " + token, "differently", "Differently " + token), "save"));
    }

    /** A bid for time on a new issue: the issue and the bid are written in one transaction. */
    private static Write bid(FacesHttpClient amira, String meetingId, String token) {
        return attempt("bid", token, BID_SAVED, () -> amira.submit("meetings/prepare.xhtml?id=" + meetingId, "bid",
                Map.of("issueChoice", "new", "title", token, "narrative", "Raised in a burst", "minutes", "10"),
                "submitBid"));
    }

    interface Post {
        HttpResponse<String> send() throws Exception;
    }

    private static Write attempt(String kind, String token, String success, Post post) {
        try {
            HttpResponse<String> page = post.send();
            boolean ok = page.statusCode() == 200 && page.body().contains(success);
            return new Write(kind, token, ok ? Outcome.ACKNOWLEDGED : Outcome.REFUSED, page.statusCode(), page.body());
        } catch (IOException e) {
            return new Write(kind, token, Outcome.NO_ANSWER, 0, e.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean stored(Write w, String myData, String bidsPage) {
        return "bid".equals(w.kind())
                ? myData.contains("\"title\":\"" + w.token() + "\"") && bidsPage.contains(">" + w.token() + "<")
                : myData.contains("Learned " + w.token()) && myData.contains("Differently " + w.token());
    }

    /** The member's data download (My data): everything she wrote, as JSON, here without the spaces after names. */
    private static String myData(FacesHttpClient client) throws Exception {
        HttpResponse<String> download = client.submit("my-data.xhtml", "downloadForm", Map.of(), "download");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").contains("json"), download.body());
        return download.body().replaceAll("\"\\s*:\\s*", "\":");
    }

    private static Set<String> tokens(List<Write> writes, Outcome outcome) {
        Set<String> tokens = new TreeSet<>();
        writes.stream().filter(w -> w.outcome() == outcome).forEach(w -> tokens.add(w.token()));
        return tokens;
    }

    private static Set<String> found(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
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
        System.setProperty("derby.stream.error.file", work.resolve("derby-check.log").toString());
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(data.resolve("derby").toString());
        int tables = 0;
        try (Connection c = derby.getConnection(); Statement sql = c.createStatement();
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

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Duration timeout, Condition condition) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.holds()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within " + timeout);
            Thread.sleep(20); // between checks of the condition
        }
    }
}
