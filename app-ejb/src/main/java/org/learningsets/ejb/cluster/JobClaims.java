package org.learningsets.ejb.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import org.learningsets.model.cluster.JobRun;

/**
 * Claims a scheduled job's run for one period, so that of all the nodes whose timers fire for it exactly one runs it:
 * the first insert of (job, period) wins, the others' inserts fail on the key. Called by the application's timers only.
 */
@Stateless
@PermitAll
public class JobClaims {

    @PersistenceContext
    EntityManager em;

    @EJB
    ClusterNodes nodes;

    /** True when this node won the run; false when another node already has it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, String period) {
        JobRun.Key key = new JobRun.Key(job, period);
        if (em.find(JobRun.class, key) != null) {
            return false;
        }
        try {
            em.persist(new JobRun(key, nodes.nodeId(), nodes.nodeName(), Instant.now()));
            em.flush();
            return true;
        } catch (PersistenceException lostTheRace) {
            return false; // the other node's insert committed first; this transaction rolls back
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String job, String period, String outcome) {
        JobRun run = em.find(JobRun.class, new JobRun.Key(job, period));
        if (run != null) {
            run.finished(outcome, Instant.now());
        }
    }

    /** The runs of a job, newest first (who ran which period). */
    public List<JobRun> runsOf(String job) {
        return em.createNamedQuery("JobRun.ofJob", JobRun.class).setParameter("job", job).setMaxResults(100)
                .getResultList();
    }
}
