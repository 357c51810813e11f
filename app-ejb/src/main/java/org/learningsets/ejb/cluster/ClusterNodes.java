package org.learningsets.ejb.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningsets.ejb.platform.ApplicationStatus;
import org.learningsets.model.cluster.ClusterNode;

/**
 * This node in the cluster's shared table: registered at start-up with an id of its own, its heartbeat written every
 * {@value #BEAT_SECONDS} seconds. A node not seen for {@link #DEAD_AFTER} has stopped; what it had claimed is taken
 * over by the others. Runs on a single server too (a cluster of one). Clocks of the nodes must agree to within a few
 * seconds (NTP), as for any cluster.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ClusterNodes {

    static final int BEAT_SECONDS = 5;
    /** Four missed beats. */
    public static final Duration DEAD_AFTER = Duration.ofSeconds(4L * BEAT_SECONDS);

    private static final Logger LOG = Logger.getLogger(ClusterNodes.class.getName());

    private final String id = UUID.randomUUID().toString();
    private volatile boolean registered;
    private volatile String name;

    @PersistenceContext
    EntityManager em;

    @EJB
    ApplicationStatus status;

    @PostConstruct
    void register() {
        if (status.failure().isPresent()) {
            return;
        }
        String runtime = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        name = runtime.length() > 200 ? runtime.substring(0, 200) : runtime;
        em.persist(new ClusterNode(id, name, Instant.now()));
        registered = true;
        LOG.info(() -> "This node is " + id + " (" + name + ") in the cluster table.");
    }

    /** Not the test clock: heartbeats compare the nodes' real clocks. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "Learning Sets node heartbeat")
    public void beat() {
        if (!registered) {
            return;
        }
        try {
            Instant now = Instant.now();
            if (em.createNamedQuery("ClusterNode.beat")
                            .setParameter("now", now)
                            .setParameter("id", id)
                            .executeUpdate()
                    == 0) {
                em.persist(new ClusterNode(id, name, now)); // its row was forgotten during a long pause
            }
            em.createNamedQuery("ClusterNode.forget")
                    .setParameter("before", now.minus(Duration.ofDays(1)))
                    .executeUpdate();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Heartbeat not written (the database may be away); the next one tries again.", e);
        }
    }

    public String nodeId() {
        return id;
    }

    /** The process and host of this node (pid@host), as the logs and the job table name it. */
    public String nodeName() {
        return name == null ? ManagementFactory.getRuntimeMXBean().getName() : name;
    }

    /** The ids of the nodes seen recently, this one always among them. */
    public List<String> liveIds() {
        List<String> live = new java.util.ArrayList<>(em.createNamedQuery("ClusterNode.liveIds", String.class)
                .setParameter("since", Instant.now().minus(DEAD_AFTER))
                .getResultList());
        if (!live.contains(id)) {
            live.add(id);
        }
        return live;
    }
}
