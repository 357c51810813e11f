package org.learningsets.web.meeting;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningsets.ejb.meeting.LiveMeetingChanges;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Carries live-meeting changes between the nodes of a cluster. Every half second this node reads the meetings whose
 * change counter went up lately (one small query) and tells its own screens of each through the Faces websocket, as
 * the node where the change was made does at once; a screen re-reads the meeting unless it has read that revision
 * already. So a change made through one node reaches the screens connected to any node within about a second, with
 * nothing but the database shared (it runs on Payara, WildFly and Open Liberty alike).
 */
@ApplicationScoped
public class LiveMeetingRelay {

    static final long POLL_MILLIS = 500;
    /** Changes are read from this far back, so a node's clock a little behind another's misses none. */
    private static final Duration WINDOW = Duration.ofMinutes(10);
    /** The token of relayed messages: no page has it, so every page compares the revision. */
    static final String RELAYED = "relay";

    private static final Logger LOG = Logger.getLogger(LiveMeetingRelay.class.getName());

    @EJB
    LiveMeetingChanges changes;

    @Inject
    @Push(channel = "liveMeeting")
    PushContext followers;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The highest revision told to this node's screens, by meeting. */
    private final Map<String, Long> told = new ConcurrentHashMap<>();
    /** Changes being made on this node now, by meeting: their page tells the screens itself, the relay waits. */
    private final Map<String, Integer> changing = new ConcurrentHashMap<>();

    /**
     * Every poller of this deployment, and whether it has stopped: static, so one set per deployment (per class
     * loader). On Payara Server a poller was seen still reading after undeploy and it reopened the embedded database
     * under the next deployment (XSDB6): the web module's own stop ({@link StopPolling}) ends them all, as the bean's
     * {@link #stop()} does, whichever of the two comes first, and a poll under way then reads nothing more.
     */
    private static final Set<ScheduledFuture<?>> POLLERS = ConcurrentHashMap.newKeySet();

    private static volatile boolean stopped;

    private ScheduledFuture<?> polling;

    /** Once, however often the event comes (an EAR's modules may each announce the application scope). */
    synchronized void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (polling == null && !stopped) {
            polling = scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
            POLLERS.add(polling);
        }
    }

    @PreDestroy
    void stop() {
        stopAll();
    }

    /** A page of this node is about to change the meeting (and will tell this node's screens itself). */
    void changing(String meetingId) {
        changing.merge(meetingId, 1, Integer::sum);
    }

    /**
     * That page has raised the counter to {@code revision} ({@code -1}: it could not) and tells the screens here; the
     * relay does not tell them again (a screen told twice while its own change is still being answered would re-read
     * in the middle of it).
     */
    void changed(String meetingId, long revision) {
        if (revision > 0) {
            told.merge(meetingId, revision, Math::max);
        }
        changing.computeIfPresent(meetingId, (k, n) -> n > 1 ? n - 1 : null);
    }

    void poll() {
        if (stopped) {
            return;
        }
        try {
            for (LiveMeetingChanges.Changed c : changes.since(Instant.now().minus(WINDOW))) {
                if (changing.containsKey(c.meetingId())) {
                    continue; // read again at the next poll, once the page here has told its screens
                }
                Long before = told.get(c.meetingId());
                if (before == null || c.revision() > before) {
                    told.merge(c.meetingId(), c.revision(), Math::max);
                    followers.send(message(c, RELAYED), changes.audienceOf(c.meetingId()));
                }
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next poll tries again, screens re-read when it is back.
            LOG.log(Level.FINE, "Live meeting changes not read this time", e);
        }
    }

    /**
     * What the screens are told (live.js): "MEETING-ID TOKEN REVISION CONTENT-REVISION", the token naming the page
     * that made the change (which does not re-read it), the content revision telling whether a screen that has read
     * it can follow the running step's figures alone. Ids and numbers only.
     */
    static String message(LiveMeetingChanges.Changed change, String token) {
        return change.meetingId() + " " + token + " " + change.revision() + " " + change.contentRevision();
    }

    static void stopAll() {
        stopped = true;
        POLLERS.forEach(f -> f.cancel(false));
        POLLERS.clear();
    }

    /** Stops every poller of this deployment when its web module stops (undeploy, redeploy, server stop). */
    @WebListener
    public static class StopPolling implements ServletContextListener {

        @Override
        public void contextDestroyed(ServletContextEvent event) {
            stopAll();
        }
    }
}
