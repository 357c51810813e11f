-- Live meeting mode: where a meeting being run has got to, and its running step's timer.
CREATE TABLE meeting_run (
    id              CHAR(36)    NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    meeting_id      CHAR(36)    NOT NULL REFERENCES meeting (id),
    run_by_id       CHAR(36)    NOT NULL REFERENCES person (id),
    stage           VARCHAR(20) NOT NULL,
    current_round_id CHAR(36)   REFERENCES al_round (id),
    step            VARCHAR(20),
    step_started_at TIMESTAMP,
    step_seconds    INTEGER,
    paused_at       TIMESTAMP,
    paused_seconds  BIGINT      NOT NULL,
    started_at      TIMESTAMP   NOT NULL,
    ended_at        TIMESTAMP,
    CONSTRAINT meeting_run_meeting_uq UNIQUE (meeting_id),
    CONSTRAINT meeting_run_stage_ck CHECK (stage IN ('CHECK_IN', 'AGENDA', 'ROUNDS', 'PROCESS_REVIEW', 'ENDED')),
    CONSTRAINT meeting_run_step_ck CHECK (step IS NULL OR step IN ('PRESENTATION', 'QUESTIONS', 'ACTION_PLANNING',
        'REFLECTION'))
);
