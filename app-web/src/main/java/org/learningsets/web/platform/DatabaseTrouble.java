package org.learningsets.web.platform;

import jakarta.resource.ResourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.transaction.xa.XAException;
import org.learningsets.model.database.DiskFull;
import org.learningsets.model.database.SqlFailures;

/**
 * A failure that is the database's, not the page's: it cannot be reached (stopped, restarting, refusing
 * connections), or it has no room left to write (the disk of the data directory is full). Recognised by the
 * SQLState of any SQLException among the causes, so it holds for PostgreSQL and embedded Derby, whichever layer
 * (EclipseLink, the EJB container, the connection pool) wrapped it, or by a failure of the connection pool's own
 * connection (a Jakarta Connectors ResourceException) or of the database's part in completing the transaction (an
 * XAException): that is all that is left when the connection broke under the transaction, as Derby's does when a
 * full disk makes it shut the database down; the container then reports only that the transaction could not be
 * completed ("No current connection"), without Derby's error.
 */
public enum DatabaseTrouble {
    UNAVAILABLE,
    DISK_FULL;

    /** The request attribute naming the trouble for the page that explains it (unavailable.xhtml). */
    public static final String ATTRIBUTE = "learningsets.databaseTrouble";

    /**
     * Class 08 (connection exception, both databases; Derby's 08006 is a database shut down after a severe error);
     * Derby XJ040 the database could not be booted, XJ001 a Java exception while booting; PostgreSQL 57P01 to 57P03
     * the server is shutting down, crashed, or cannot take connections yet.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("XJ040", "XJ001", "57P01", "57P02", "57P03");

    /** A database error that said the disk is full this recently explains a broken connection now. */
    static final Duration RECENT = Duration.ofMinutes(1);

    /** Less room than this left in the data directory's file system counts as a full disk. */
    static final long FULL_BELOW_BYTES = 1024 * 1024;

    /**
     * As {@link #of(Throwable)}, and a database that failed while the file system of {@code dataDirectory} (embedded
     * Derby's) is full, or just after the database said so ({@link DiskFull}), is named DISK_FULL: Derby's own
     * disk-full error is often lost behind the broken connection.
     */
    public static Optional<DatabaseTrouble> of(Throwable failure, Path dataDirectory) {
        return of(failure)
                .map(trouble -> trouble == UNAVAILABLE && (full(dataDirectory) || DiskFull.seenWithin(RECENT))
                        ? DISK_FULL
                        : trouble);
    }

    static boolean full(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace() < FULL_BELOW_BYTES;
        } catch (IOException | RuntimeException e) {
            return false; // no such folder (PostgreSQL needs none): nothing says the disk is full
        }
    }

    public static Optional<DatabaseTrouble> of(Throwable failure) {
        Optional<DatabaseTrouble> found = Optional.empty();
        for (Throwable t : SqlFailures.chain(failure)) {
            if (t instanceof ResourceException || t instanceof XAException) {
                found = found.or(() -> Optional.of(UNAVAILABLE));
            }
            if (t instanceof SQLException sql) {
                Optional<DatabaseTrouble> trouble = ofState(sql.getSQLState());
                if (trouble.filter(DISK_FULL::equals).isPresent()) {
                    return trouble; // the more specific reason wins over the connection it broke
                }
                found = found.or(() -> trouble);
            }
        }
        return found;
    }

    static Optional<DatabaseTrouble> ofState(String state) {
        if (state == null) {
            return Optional.empty();
        }
        if (DiskFull.STATES.contains(state)) {
            return Optional.of(DISK_FULL);
        }
        if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
            return Optional.of(UNAVAILABLE);
        }
        return Optional.empty();
    }
}
