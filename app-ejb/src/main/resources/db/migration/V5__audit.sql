-- Audit of confidential records: who read or changed what, when; never the text. Append-only.
CREATE TABLE audit_entry (
    id           CHAR(36)    NOT NULL PRIMARY KEY,
    set_id       CHAR(36)    REFERENCES learning_set (id),
    actor_id     CHAR(36)    NOT NULL REFERENCES person (id),
    audit_action VARCHAR(10) NOT NULL,
    record_type  VARCHAR(30) NOT NULL,
    record_id    CHAR(36)    NOT NULL,
    happened_at  TIMESTAMP   NOT NULL,
    CONSTRAINT audit_action_ck CHECK (audit_action IN ('READ', 'CREATE', 'CHANGE')),
    CONSTRAINT audit_record_type_ck CHECK (record_type IN ('ISSUE', 'ACTION', 'PROGRESS_UPDATE', 'LEARNING_LOG_ENTRY'))
);
CREATE INDEX audit_entry_time_ix ON audit_entry (happened_at);
