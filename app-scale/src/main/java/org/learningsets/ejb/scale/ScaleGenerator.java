package org.learningsets.ejb.scale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningsets.ejb.platform.LogText;
import org.learningsets.ejb.platform.StartupException;
import org.learningsets.ejb.security.PasswordHashing;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;

/**
 * Generates a large, realistic data set for benchmarks and for tests of how pages behave on big data: at scale 1.0
 * 50 programmes, 2,000 sets, 15,000 people, 24,000 meetings and 200,000 actions (see {@link ScaleShape}), with
 * the memberships, facilitators, ground rules and agreements, attendance, issues, bids, rounds and learning log
 * entries the pages read. Each chunk is written in a transaction of its own by {@link ScaleChunkWriter}, so the
 * server's memory stays bounded and {@link ScaleProgress} shows how far it got. Generated accounts sign in with
 * {@link ScaleLogins#PASSWORD}, hashed once per generation (hashing 15,000 passwords would take over an hour).
 */
// Called by start-up (no caller) and by ScaleDataService, which admits programme leads only.
@PermitAll
@Stateless
public class ScaleGenerator {

    private static final Logger LOG = Logger.getLogger(ScaleGenerator.class.getName());

    @EJB
    ScaleChunkWriter writer;

    @EJB
    ScaleProgress progress;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Whether a generation has written here: its first lead exists (one look-up by a unique email). */
    public boolean hasGeneratedData() {
        return !em.createNamedQuery("Person.findByEmail", Person.class)
                .setParameter("email", ScaleLogins.lead(0))
                .getResultList()
                .isEmpty();
    }

    /** Start-up: generates at this scale unless generated data is there already; true when it generated. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean generateUnlessPresent(double scale) {
        ScaleShape shape = ScaleShape.of(scale);
        if (hasGeneratedData()) {
            LOG.info(() ->
                    "Generated data is already in the database (" + ScaleLogins.lead(0) + "); nothing " + "generated.");
            return false;
        }
        if (!progress.begin(shape, clock.instant())) {
            throw new StateException("A generation is already running.");
        }
        try {
            run(shape);
        } catch (RuntimeException e) {
            throw new StartupException(
                    "Generating data (LEARNINGSETS_GENERATE_SCALE=" + scale + ") failed: "
                            + reason(e) + ". What was written before the failure stays; start again with an empty data "
                            + "directory.",
                    e);
        }
        return true;
    }

    /** The administrator's page: runs after {@link ScaleProgress#begin} succeeded for the caller. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void generateInBackground(ScaleShape shape) {
        try {
            run(shape);
        } catch (RuntimeException e) {
            // Already logged and shown on the page by run(); nobody waits for this call's result.
        }
    }

    private void run(ScaleShape shape) {
        Instant now = clock.instant();
        long started = System.nanoTime();
        LOG.info(() -> "Generating data at scale " + shape.scale() + ": " + shape.programmes() + " programmes, "
                + shape.sets() + " sets, " + shape.people() + " people, " + shape.meetings() + " meetings, "
                + shape.actions() + " actions, in " + shape.steps() + " steps.");
        try {
            String hash = passwords.hash(ScaleLogins.PASSWORD.toCharArray());
            int chunks = shape.peopleChunks();
            for (int c = 0; c < chunks; c++) {
                writer.people(shape, c, hash, now);
                progress.stepDone(
                        c + 1 < chunks
                                ? "People " + (c + 2) + " of " + chunks
                                : "Programme 1 of " + shape.programmes());
                log(started, "people " + (c + 1) + " of " + chunks);
            }
            for (int p = 0; p < shape.programmes(); p++) {
                writer.programme(shape, p, now);
                progress.stepDone("Programme " + (p + 2) + " of " + shape.programmes());
                log(started, "programme " + (p + 1) + " of " + shape.programmes());
            }
            progress.finish(clock.instant());
            LOG.info(() -> "Generated data at scale " + shape.scale() + " in " + seconds(started) + " s.");
        } catch (RuntimeException e) {
            String reason = reason(e);
            progress.fail(reason, clock.instant());
            LOG.log(
                    Level.SEVERE,
                    LogText.oneLine("Generating data failed after " + seconds(started) + " s: " + reason),
                    e);
            throw e;
        }
    }

    private static void log(long started, String step) {
        LOG.info(() -> "Generated " + step + " (" + seconds(started) + " s so far).");
    }

    private static String seconds(long started) {
        return String.format(
                "%.1f", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }

    private static String reason(Throwable e) {
        Throwable root = LogText.rootCause(e);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
