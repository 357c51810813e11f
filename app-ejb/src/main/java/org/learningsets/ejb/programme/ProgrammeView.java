package org.learningsets.ejb.programme;

import java.io.Serializable;
import java.time.LocalDate;
import org.learningsets.model.programme.Cadence;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.programme.ProgrammeStatus;

/**
 * A programme's settings as the lead sees them, with the version to send back with an edit; the settings come as
 * the draft an edit form starts from.
 */
public record ProgrammeView(String id, long version, ProgrammeStatus status, ProgrammeDraft settings)
        implements Serializable {

    static ProgrammeView of(Programme p) {
        Cadence c = p.getCadence();
        return new ProgrammeView(
                p.getId(),
                p.getVersion(),
                p.getStatus(),
                new ProgrammeDraft(
                        p.getName(),
                        p.getSponsor().getName(),
                        p.getStartDate(),
                        p.getEndDate(),
                        c.getKind(),
                        c.getWeekday(),
                        c.getWeekOfMonth(),
                        c.getIntervalWeeks(),
                        c.getStartTime(),
                        p.getMeetingMinutes(),
                        p.getMinSetSize(),
                        p.getMaxSetSize(),
                        p.getMinimumMeetings(),
                        p.getMode()));
    }

    public String name() {
        return settings.name();
    }

    public String sponsor() {
        return settings.sponsor();
    }

    public LocalDate startDate() {
        return settings.startDate();
    }

    public LocalDate endDate() {
        return settings.endDate();
    }

    public int minSetSize() {
        return settings.minSetSize();
    }

    public int maxSetSize() {
        return settings.maxSetSize();
    }

    public int minimumMeetings() {
        return settings.minimumMeetings();
    }

    public int meetingMinutes() {
        return settings.meetingMinutes();
    }

    public MeetingMode mode() {
        return settings.mode();
    }
}
