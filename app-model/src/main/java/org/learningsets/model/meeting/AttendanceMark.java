package org.learningsets.model.meeting;

/** A member's attendance at a meeting, as a query over many meetings gives it (JPQL {@code select new}). */
public record AttendanceMark(String meetingId, String personId, AttendanceStatus status) {}
