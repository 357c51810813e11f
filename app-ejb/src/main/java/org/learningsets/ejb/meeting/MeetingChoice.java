package org.learningsets.ejb.meeting;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.learningsets.model.meeting.Meeting;

/** A meeting to pick from a list (a learning log entry, an action, a progress note): id and a readable name. */
public record MeetingChoice(String id, String setName, int number, ZonedDateTime start, String status, String label)
        implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public static MeetingChoice of(Meeting m) {
        return new MeetingChoice(
                m.getId(),
                m.getSet().getName(),
                m.getSequenceNumber(),
                m.getStart(),
                m.getStatus().name(),
                m.getSet().getName() + ", meeting " + m.getSequenceNumber() + " (" + DAY.format(m.getStart()) + ")");
    }
}
