package org.learningsets.ejb.confidentiality;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.Removal;
import org.learningsets.model.set.LearningSet;

/**
 * Removes the confidential text of sets that closed more than the retention period ago (default 90 days); records,
 * counts and dates stay, and the set records when it was purged so it is done once.
 */
@Stateless
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

    /** What one run did. */
    public record Outcome(int sets, int records, Instant cutoff) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextRemover remover;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = ConfigKeys.RETENTION_DAYS, defaultValue = "90")
    int retentionDays;

    /**
     * Called by the nightly timer, which has no signed-in caller; it takes no input and only does what the retention
     * rule says is due, so running it more often changes nothing.
     */
    @PermitAll
    public Outcome purgeDue() {
        if (retentionDays < 0) {
            throw new InvalidInputException(
                    ConfigKeys.RETENTION_DAYS + " must be 0 or more days, not " + retentionDays + ".");
        }
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(retentionDays));
        List<LearningSet> due = em.createNamedQuery("SetTransition.closedUnpurgedBefore", LearningSet.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
        int records = 0;
        for (LearningSet set : due) {
            records += remover.removeFromSet(set, Removal.RETENTION);
            set.markContentPurged(now);
        }
        if (!due.isEmpty()) {
            LOG.info(() -> "Retention: removed the confidential text of " + due.size() + " closed set(s), "
                    + "closed before " + cutoff + "; records kept for counts.");
        }
        return new Outcome(due.size(), records, cutoff);
    }
}
