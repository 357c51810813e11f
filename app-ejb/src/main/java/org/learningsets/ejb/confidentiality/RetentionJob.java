package org.learningsets.ejb.confidentiality;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.cluster.ClusterNodes;
import org.learningsets.ejb.cluster.JobClaims;
import org.learningsets.ejb.platform.ApplicationStatus;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.LogText;
import org.learningsets.ejb.platform.StartupException;

/**
 * Runs the retention purge once a night at {@value ConfigKeys#RETENTION_AT} (server time, default 02:30), once across
 * the cluster: every node's timer fires, and the node that claims the night's run in the database (JobClaims) runs
 * it; the others log that it is taken. Not persistent: a night missed while every node was down is caught up the
 * next night (the purge removes whatever is due by then).
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@PermitAll
public class RetentionJob {

    static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    RetentionPurge purge;

    @EJB
    JobClaims claims;

    @EJB
    ClusterNodes nodes;

    @EJB
    ApplicationStatus status;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = ConfigKeys.RETENTION_AT, defaultValue = "02:30")
    String at;

    @PostConstruct
    void schedule() {
        if (status.failure().isPresent()) {
            return;
        }
        RunTime time;
        try {
            time = RunTime.parse(at);
        } catch (StartupException e) {
            LOG.severe(LogText.oneLine(e.getMessage()));
            status.fail(e.getMessage());
            return;
        }
        timers.createCalendarTimer(
                new ScheduleExpression().hour(time.hour()).minute(time.minute()).second("0"),
                new TimerConfig("Learning Sets retention purge", false));
        RunTime scheduled = time;
        LOG.info(() -> "The retention purge runs at " + scheduled + " (server time), on one node of the cluster.");
    }

    // The purge runs in its own transaction, so a failure rolls it back without failing the timer.
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        if (status.failure().isPresent()) {
            return;
        }
        String period = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).format(PERIOD);
        boolean won;
        try {
            won = claims.claim(JOB, period);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    LogText.oneLine("Retention run " + period + ": not claimed (the database did not "
                            + "answer); it runs at the next time set"),
                    e);
            return;
        }
        if (!won) {
            LOG.info(() -> "Retention run " + period + ": taken by another node, not run here.");
            return;
        }
        try {
            RetentionPurge.Outcome outcome = purge.purgeDue();
            String done = outcome.sets() + " set(s), " + outcome.records() + " record(s)";
            claims.finish(JOB, period, done);
            LOG.info(() -> "Retention run " + period + ": run on this node (" + nodes.nodeName() + "): " + done + ".");
        } catch (RuntimeException e) {
            claims.finish(JOB, period, "failed: " + e.getClass().getSimpleName());
            LOG.log(Level.SEVERE, "The retention purge failed; nothing was removed and it runs again tomorrow.", e);
        }
    }

    /** "HH:MM" of each day; either part may be "*" (every hour, every minute: for trying it out and for tests). */
    record RunTime(String hour, String minute) {

        static RunTime parse(String text) {
            String[] parts = text == null ? new String[0] : text.strip().split(":");
            if (parts.length != 2 || !valid(parts[0], 23) || !valid(parts[1], 59)) {
                throw new StartupException(ConfigKeys.RETENTION_AT + " must be a time "
                        + "of day as HH:MM (for example 02:30; '*' for every hour or minute), not \"" + text + "\".");
            }
            return new RunTime(parts[0], parts[1]);
        }

        private static boolean valid(String part, int max) {
            if (part.equals("*")) {
                return true;
            }
            if (!part.matches("\\d{1,2}")) {
                return false;
            }
            return Integer.parseInt(part) <= max;
        }

        @Override
        public String toString() {
            return hour + ":" + minute;
        }
    }
}
