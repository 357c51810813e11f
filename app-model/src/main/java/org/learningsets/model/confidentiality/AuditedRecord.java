package org.learningsets.model.confidentiality;

/** The kinds of confidential record whose reads and changes are audited. */
public enum AuditedRecord {
    ISSUE,
    ACTION,
    PROGRESS_UPDATE,
    LEARNING_LOG_ENTRY,
    MEETING_REVIEW,
    /** A facilitator's development record, opened by someone it is shared with. */
    DEVELOPMENT_RECORD,
    DEVELOPMENT_ENTRY
}
