package org.learningsets.ejb.home;

import java.time.ZonedDateTime;

/** A meeting as the home page shows it: no set content, only when and where. */
public record MeetingSummary(
        String meetingId,
        String setName,
        int number,
        ZonedDateTime start,
        ZonedDateTime end,
        String mode,
        String place,
        String link) {}
