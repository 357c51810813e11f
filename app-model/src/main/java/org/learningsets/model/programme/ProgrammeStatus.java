package org.learningsets.model.programme;

public enum ProgrammeStatus {
    DRAFT,
    OPEN,
    CLOSED
}
