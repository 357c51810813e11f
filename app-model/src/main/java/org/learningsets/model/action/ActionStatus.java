package org.learningsets.model.action;

public enum ActionStatus {
    OPEN,
    DONE,
    CARRIED_FORWARD,
    DROPPED
}
