package org.learningsets.model.meeting;

public enum AttendanceStatus {
    PRESENT,
    APOLOGIES,
    ABSENT
}
