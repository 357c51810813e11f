package org.learningsets.model.database;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own word that its disk is full, kept for a moment. When embedded Derby cannot write a page it shuts
 * the database down, and the failure that reaches the page is often only the broken connection under the
 * transaction ("No current connection"), with Derby's error left behind in the layer that saw it first; by then a
 * little room may be back (Derby gave up what it was writing), so the free space alone cannot tell either. JPA's
 * provider notes the error here as it passes (ServerDataSource, on EclipseLink), and the page that explains the
 * failure asks.
 */
public final class DiskFull {

    /**
     * Derby: XSLA0 and XSLA4 the transaction log could not be written, XSDG1 a page could not be written, XSDF1 a
     * table's file could not be created, XSDFI recovery could not write; PostgreSQL: 53100 disk_full.
     */
    public static final Set<String> STATES = Set.of("XSLA0", "XSLA4", "XSDG1", "XSDF1", "XSDFI", "53100");

    private static final AtomicLong LAST_SEEN = new AtomicLong();
    private static volatile boolean seen;

    private DiskFull() {}

    /** Notes the moment when {@code failure} (or any of its causes) is the database saying its disk is full. */
    public static void noteIfDiskFull(Throwable failure) {
        if (SqlFailures.states(failure).stream().anyMatch(STATES::contains)) {
            LAST_SEEN.set(System.nanoTime());
            seen = true;
        }
    }

    /** Whether the database said its disk was full within the last {@code period}. */
    public static boolean seenWithin(Duration period) {
        return seen && System.nanoTime() - LAST_SEEN.get() < period.toNanos();
    }
}
