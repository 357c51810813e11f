-- Reads of a facilitator's development record by the people they shared it with are audited, as the learning log is.
ALTER TABLE audit_entry DROP CONSTRAINT audit_record_type_ck;
ALTER TABLE audit_entry ADD CONSTRAINT audit_record_type_ck
    CHECK (record_type IN ('ISSUE', 'ACTION', 'PROGRESS_UPDATE', 'LEARNING_LOG_ENTRY', 'MEETING_REVIEW',
                           'DEVELOPMENT_RECORD', 'DEVELOPMENT_ENTRY'));
