package org.learningsets.model.meeting;

/** A number of minutes per meeting, as an aggregate query gives it: e.g. the minutes booked for rounds. */
public record MeetingMinutes(String meetingId, Long minutes) {}
