package org.learningsets.ejb.meeting;

import java.io.Serializable;
import java.time.ZonedDateTime;
import org.learningsets.model.common.Labels;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingStatus;

/** A meeting as members read it: when, how long, where or through which link, and whether it is still to come. */
public record MeetingDetails(
        String meetingId,
        String setId,
        String setName,
        int number,
        ZonedDateTime start,
        ZonedDateTime end,
        int durationMinutes,
        String mode,
        String place,
        String link,
        String status)
        implements Serializable {

    public static MeetingDetails of(Meeting m) {
        return new MeetingDetails(
                m.getId(),
                m.getSet().getId(),
                m.getSet().getName(),
                m.getSequenceNumber(),
                m.getStart(),
                m.getEnd(),
                m.getDurationMinutes(),
                m.getMode().getLabel(),
                m.getPlace(),
                m.getLink(),
                Labels.of(m.getStatus()));
    }

    /** Still planned (not held, not cancelled). */
    public boolean planned() {
        return Labels.of(MeetingStatus.PLANNED).equals(status);
    }

    /** "Set A, meeting 2": how people name a meeting. */
    public String title() {
        return setName + ", meeting " + number;
    }
}
