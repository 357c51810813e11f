package org.learningsets.model.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.learningsets.model.common.Checks;

/**
 * One run of a scheduled job for one period (a night, or a minute when a job is set to run every minute), claimed by
 * the node that inserted it first: the key (job, period) lets only one node's insert succeed.
 */
@Entity
@Table(name = "job_run")
@NamedQuery(name = "JobRun.ofJob", query = "select r from JobRun r where r.key.job = :job order by r.startedAt desc")
public class JobRun {

    /** The job and the period it ran for. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "job", length = 50, nullable = false)
        private String job;

        @Column(name = "period", length = 30, nullable = false)
        private String period;

        protected Key() {}

        public Key(String job, String period) {
            this.job = Checks.text(job, "Job", 50);
            this.period = Checks.text(period, "Period", 30);
        }

        public String getJob() {
            return job;
        }

        public String getPeriod() {
            return period;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && job.equals(k.job) && period.equals(k.period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(job, period);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "node_id", length = 36, nullable = false)
    private String nodeId;

    @Column(name = "node_name", length = 200, nullable = false)
    private String nodeName;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "outcome", length = 500)
    private String outcome;

    protected JobRun() {}

    public JobRun(Key key, String nodeId, String nodeName, Instant startedAt) {
        this.key = Checks.required(key, "Job and period");
        this.nodeId = Checks.text(nodeId, "Node", 36);
        this.nodeName = Checks.text(nodeName, "Node name", 200);
        this.startedAt = Checks.required(startedAt, "Start");
    }

    public void finished(String what, Instant when) {
        this.outcome = what == null ? null : what.length() > 500 ? what.substring(0, 500) : what;
        this.finishedAt = Checks.required(when, "End");
    }

    public Key getKey() {
        return key;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getNodeName() {
        return nodeName;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
