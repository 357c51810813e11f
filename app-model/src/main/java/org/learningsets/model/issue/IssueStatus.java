package org.learningsets.model.issue;

public enum IssueStatus {
    OPEN,
    RESOLVED,
    DROPPED
}
