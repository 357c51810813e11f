-- Co-facilitation as training: a trainee co-facilitates a set with its lead facilitator (their mentor) for an agreed
-- number of meetings, and the programme lead signs them off as a facilitator. Both reflect on each meeting in the
-- trainee's development record, as two new kinds of entry (text encrypted like every entry).
CREATE TABLE traineeship (
    id              CHAR(36)    NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    trainee_id      CHAR(36)    NOT NULL REFERENCES person (id),
    mentor_id       CHAR(36)    NOT NULL REFERENCES person (id),
    set_id          CHAR(36)    NOT NULL REFERENCES learning_set (id),
    agreed_meetings INTEGER     NOT NULL,
    started_at      TIMESTAMP   NOT NULL,
    status          VARCHAR(20) NOT NULL,
    signed_off_at   TIMESTAMP,
    signed_off_by   CHAR(36)    REFERENCES person (id),
    ended_at        TIMESTAMP,
    CONSTRAINT traineeship_meetings_ck CHECK (agreed_meetings BETWEEN 1 AND 12),
    CONSTRAINT traineeship_status_ck CHECK (status IN ('IN_TRAINING', 'SIGNED_OFF', 'ENDED'))
);
CREATE INDEX traineeship_trainee_ix ON traineeship (trainee_id);
CREATE INDEX traineeship_set_ix ON traineeship (set_id);

ALTER TABLE development_entry DROP CONSTRAINT development_entry_kind_ck;
ALTER TABLE development_entry ADD CONSTRAINT development_entry_kind_ck
    CHECK (kind IN ('SELF_ASSESSMENT', 'GOAL', 'OBSERVATION', 'FEEDBACK', 'REFLECTION', 'MENTOR_REFLECTION'));
