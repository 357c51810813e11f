package org.learningsets.model.action;

/** The meeting a record (an action agreed, a progress update) belongs to, by id: an issue's history. */
public record AtMeeting(String recordId, String meetingId) {}
