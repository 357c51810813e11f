package org.learningsets.model.meeting;

/** How many attendance records of a set's held meetings have one status, as an aggregate query gives it. */
public record SetAttendanceCount(String setId, AttendanceStatus status, Long count) {}
