package org.learningsets.ejb.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.learningsets.model.cluster.JobLock;
import org.learningsets.model.cluster.JobRun;

/**
 * Claims a scheduled job's run for one period, so that of all the nodes whose timers fire for it exactly one runs it:
 * each node locks the job's row (job_lock) and then finds the period's run already recorded or records it, so the
 * claims come one after the other and only the first records it. Called by the application's timers only.
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
        if (em.find(JobLock.class, job, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("No job named " + job + " in job_lock.");
        }
        JobRun.Key key = new JobRun.Key(job, period);
        if (em.find(JobRun.class, key) != null) {
            return false;
        }
        em.persist(new JobRun(key, nodes.nodeId(), nodes.nodeName(), Instant.now()));
        return true;
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
        return em.createNamedQuery("JobRun.ofJob", JobRun.class)
                .setParameter("job", job)
                .setMaxResults(100)
                .getResultList();
    }
}
