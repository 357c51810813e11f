package org.learningsets.ejb.confidentiality;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningsets.ejb.platform.ApplicationStatus;

/** Runs the retention purge every night at 02:30 server time (not persistent: a missed night is caught up next). */
@Singleton
@PermitAll
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionPurge purge;

    @Inject
    ApplicationStatus status;

    // The purge runs in its own transaction, so a failure rolls it back without failing the timer.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "2", minute = "30", persistent = false, info = "Learning Sets retention purge")
    public void nightly() {
        if (status.failure().isPresent()) {
            return;
        }
        try {
            purge.purgeDue();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The retention purge failed; nothing was removed and it runs again tomorrow.", e);
        }
    }
}
