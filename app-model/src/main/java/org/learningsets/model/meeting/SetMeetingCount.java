package org.learningsets.model.meeting;

/** How many meetings of a set are in one status, as an aggregate query gives it (JPQL {@code select new}). */
public record SetMeetingCount(String setId, MeetingStatus status, Long count) {}
