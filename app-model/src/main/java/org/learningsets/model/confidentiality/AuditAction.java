package org.learningsets.model.confidentiality;

public enum AuditAction {
    READ,
    CREATE,
    CHANGE
}
