-- Jobs and live meetings across the nodes of a cluster. job_run: a scheduled job's run for a period is claimed by
-- inserting its row (job, period) while holding the job's row of job_lock, so the nodes claim one after the other and
-- exactly one wins: the nightly retention purge runs once a night, not once per node. live_meeting_change: a counter per meeting, raised at every change made on its live page; each node reads the
-- counters changed lately (a fraction of a second apart) and tells its own screens, so a change made through one node
-- reaches the screens connected to the others.

CREATE TABLE job_lock (
    job VARCHAR(50) NOT NULL PRIMARY KEY
);
INSERT INTO job_lock (job) VALUES ('retention');

CREATE TABLE job_run (
    job         VARCHAR(50)  NOT NULL,
    period      VARCHAR(30)  NOT NULL,
    node_id     CHAR(36)     NOT NULL,
    node_name   VARCHAR(200) NOT NULL,
    started_at  TIMESTAMP    NOT NULL,
    finished_at TIMESTAMP,
    outcome     VARCHAR(500),
    CONSTRAINT job_run_pk PRIMARY KEY (job, period)
);

CREATE TABLE live_meeting_change (
    meeting_id CHAR(36)  NOT NULL PRIMARY KEY REFERENCES meeting (id),
    revision   BIGINT    NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
CREATE INDEX live_meeting_change_time_ix ON live_meeting_change (changed_at);
