package org.learningsets.ejb.meeting;

import java.io.Serializable;
import java.time.ZonedDateTime;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.programme.MeetingMode;

/** A meeting's when and where (no set content), with the version to send back with a change. */
public record MeetingView(
        String id,
        long version,
        String setId,
        String setName,
        int number,
        ZonedDateTime start,
        ZonedDateTime end,
        int durationMinutes,
        MeetingMode mode,
        String place,
        String link,
        MeetingStatus status)
        implements Serializable {

    public static MeetingView of(Meeting m) {
        return new MeetingView(
                m.getId(),
                m.getVersion(),
                m.getSet().getId(),
                m.getSet().getName(),
                m.getSequenceNumber(),
                m.getStart(),
                m.getEnd(),
                m.getDurationMinutes(),
                m.getMode(),
                m.getPlace(),
                m.getLink(),
                m.getStatus());
    }

    public boolean isPlanned() {
        return status == MeetingStatus.PLANNED;
    }
}
