-- Members' reflection: the end-of-meeting pulse and process review, one per member per held meeting.
-- The three answers are confidential free text, stored encrypted (VARCHAR(16384), FieldLengths.LONG_TEXT_STORED).
CREATE TABLE meeting_review (
    id                  CHAR(36)       NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    meeting_id          CHAR(36)       NOT NULL REFERENCES meeting (id),
    author_id           CHAR(36)       NOT NULL REFERENCES person (id),
    pulse               INTEGER        NOT NULL,
    what_helped         VARCHAR(16384),
    what_got_in_the_way VARCHAR(16384),
    what_i_learned      VARCHAR(16384),
    answered_at         TIMESTAMP      NOT NULL,
    CONSTRAINT meeting_review_uq UNIQUE (meeting_id, author_id),
    CONSTRAINT meeting_review_pulse_ck CHECK (pulse BETWEEN 1 AND 5)
);

-- Reads and changes of a review are audited like a learning log entry.
ALTER TABLE audit_entry DROP CONSTRAINT audit_record_type_ck;
ALTER TABLE audit_entry ADD CONSTRAINT audit_record_type_ck
    CHECK (record_type IN ('ISSUE', 'ACTION', 'PROGRESS_UPDATE', 'LEARNING_LOG_ENTRY', 'MEETING_REVIEW'));
