package org.learningsets.model.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scheduled job's row, locked while a node claims a run of it, so the nodes' claims come one after the other. */
@Entity
@Table(name = "job_lock")
public class JobLock {

    @Id
    @Column(name = "job", length = 50, nullable = false, updatable = false)
    private String job;

    protected JobLock() {}

    public String getJob() {
        return job;
    }
}
