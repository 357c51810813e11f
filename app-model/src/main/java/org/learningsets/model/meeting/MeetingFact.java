package org.learningsets.model.meeting;

import java.time.LocalDateTime;

/** A meeting's number, time, length and status, from a query over many sets' meetings (JPQL {@code select new}). */
public record MeetingFact(
        String id,
        String setId,
        int sequenceNumber,
        LocalDateTime startsAt,
        int durationMinutes,
        MeetingStatus status) {}
