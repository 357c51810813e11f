-- Observation of a meeting: an assessor or supervisor invited by the set's facilitator to watch how they run one
-- meeting. Each current member answers (agreed or declined, no reason kept); it happens only when every member
-- agreed before the meeting started. What the observer writes goes to the facilitator's development record.
CREATE TABLE observation (
    id             CHAR(36)    NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    meeting_id     CHAR(36)    NOT NULL REFERENCES meeting (id),
    facilitator_id CHAR(36)    NOT NULL REFERENCES person (id),
    observer_id    CHAR(36)    NOT NULL REFERENCES person (id),
    invited_at     TIMESTAMP   NOT NULL,
    status         VARCHAR(20) NOT NULL,
    CONSTRAINT observation_meeting_uq UNIQUE (meeting_id),
    CONSTRAINT observation_status_ck CHECK (status IN ('ASKED', 'DECLINED', 'WITHDRAWN'))
);
CREATE INDEX observation_observer_ix ON observation (observer_id);

CREATE TABLE observation_consent (
    id             CHAR(36)    NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    observation_id CHAR(36)    NOT NULL REFERENCES observation (id),
    member_id      CHAR(36)    NOT NULL REFERENCES person (id),
    answer         VARCHAR(20) NOT NULL,
    answered_at    TIMESTAMP   NOT NULL,
    CONSTRAINT observation_consent_uq UNIQUE (observation_id, member_id),
    CONSTRAINT observation_consent_answer_ck CHECK (answer IN ('AGREED', 'DECLINED'))
);
