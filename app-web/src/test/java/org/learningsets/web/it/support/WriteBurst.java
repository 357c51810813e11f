package org.learningsets.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningsets.web.it.support.MemberWrites.bid;
import static org.learningsets.web.it.support.MemberWrites.logEntry;
import static org.learningsets.web.it.support.MemberWrites.meetingOpenForBids;
import static org.learningsets.web.it.support.MemberWrites.myData;
import static org.learningsets.web.it.support.MemberWrites.signedIn;
import static org.learningsets.web.it.support.MemberWrites.stored;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.learningsets.web.it.support.MemberWrites.Outcome;
import org.learningsets.web.it.support.MemberWrites.Write;

/**
 * kill -9 in the middle of a burst of writes: four sessions of Amira's write at once, two adding learning log
 * entries (one row, two encrypted columns) and two bidding for time on a new issue (the issue and its bid in one
 * transaction, so a half-write would be an issue without its bid); once {@link #KILL_AFTER} writes were acknowledged
 * the server gets SIGKILL. {@link #assertKeptOn} then reads everything back from the restarted server.
 */
public final class WriteBurst {

    public static final int WRITERS = 4;
    public static final int KILL_AFTER = 60;

    private final String run;
    private final List<Write> writes;
    private final Duration killedAfter;

    private WriteBurst(String run, List<Write> writes, Duration killedAfter) {
        this.run = run;
        this.writes = writes;
        this.killedAfter = killedAfter;
    }

    /** Writes on {@code micro} until {@link #KILL_AFTER} writes were acknowledged, then kills it (kill -9). */
    public static WriteBurst killedMidway(MicroProcess micro) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
        Duration killedAfter;
        try {
            String meetingId = meetingOpenForBids(signedIn(micro));
            AtomicInteger acknowledged = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> burst = new ArrayList<>();
            Instant started = Instant.now();
            for (int w = 0; w < WRITERS; w++) {
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
            waitUntil(
                    Duration.ofMinutes(3),
                    () -> acknowledged.get() >= KILL_AFTER || burst.stream().anyMatch(Future::isDone));
            killedAfter = Duration.between(started, Instant.now());
            micro.kill();
            for (Future<?> f : burst) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
        } finally {
            micro.kill(); // no-op when already gone; never left running after a failure
        }
        return new WriteBurst(run, List.copyOf(writes), killedAfter);
    }

    /**
     * Every acknowledged write is on {@code restarted}, whole; the writes in flight at the kill are there whole or
     * not at all; the demo data from before is there. Returns the figures.
     */
    public String assertKeptOn(MicroProcess restarted) throws Exception {
        List<Write> refused =
                writes.stream().filter(w -> w.outcome() == Outcome.REFUSED).toList();
        assertTrue(refused.isEmpty(), "every write before the kill was acknowledged, but: " + refused);
        Set<String> acknowledgedTokens = tokens(Outcome.ACKNOWLEDGED);
        Set<String> unanswered = tokens(Outcome.NO_ANSWER);
        assertEquals(WRITERS, unanswered.size(), "each writer lost its connection once, at the kill: " + unanswered);

        FacesHttpClient amira = signedIn(restarted);
        String myData = myData(amira);
        String meetingId = meetingOpenForBids(amira);
        String bidsPage = amira.get("meetings/prepare.xhtml?id=" + meetingId).body();
        List<String> missing = new ArrayList<>();
        for (Write w : writes) {
            if (w.outcome() == Outcome.ACKNOWLEDGED && !stored(w, myData, bidsPage)) {
                missing.add(w.kind() + " " + w.token());
            }
        }
        assertTrue(missing.isEmpty(), "acknowledged writes lost at the kill: " + missing);
        // All or nothing: an issue raised by a bid exists exactly when its bid does; both halves of an entry.
        Set<String> issues = found(myData, "\"title\":\"(burst-" + run + "-[^\"]+)\"");
        Set<String> bids = found(bidsPage, ">(burst-" + run + "-[^<]+)<");
        assertEquals(issues, bids, "issues raised with a bid and the bids on the agenda");
        Set<String> learned = found(myData, "\"whatILearned\":\"Learned (burst-" + run + "-[^\"]+)\"");
        Set<String> differently =
                found(myData, "\"whatIWillDoDifferently\":\"Differently (burst-" + run + "-[^\"]+)\"");
        assertEquals(learned, differently, "both fields of each learning log entry");
        assertTrue(myData.contains(MemberWrites.DEMO_ENTRY), "the data from before the burst");
        long keptUnanswered = unanswered.stream()
                .filter(t -> issues.contains(t) || learned.contains(t))
                .count();
        return String.format(
                "%d writers, killed after %d ms; %d writes acknowledged, %d found after restart, 0 lost; "
                        + "%d in flight at the kill (%d of them stored, whole); issues = bids = %d",
                WRITERS,
                killedAfter.toMillis(),
                acknowledgedTokens.size(),
                acknowledgedTokens.size() - missing.size(),
                unanswered.size(),
                keptUnanswered,
                issues.size());
    }

    private Set<String> tokens(Outcome outcome) {
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

    public interface Condition {
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
