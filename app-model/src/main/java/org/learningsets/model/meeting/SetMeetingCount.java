package org.learningsets.model.meeting;

/**
 * How many meetings of a set are in one status, and at those meetings how many marks said present and how many marks
 * there were in all, as an aggregate query gives it (JPQL {@code select new}; a sum is {@code Long}).
 */
public record SetMeetingCount(String setId, MeetingStatus status, Long count, Long present, Long marked) {}
