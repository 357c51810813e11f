package org.learningsets.model.meeting;

public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
