package org.learningsets.ejb.programme;

import java.time.LocalDate;
import org.learningsets.model.programme.Programme;

/** A programme's settings as the lead sees them, with the version to send back with an edit. */
public record ProgrammeView(String id, long version, String name, String sponsor, LocalDate startDate,
        LocalDate endDate, String status, int minSetSize, int maxSetSize, int minimumMeetings, int meetingMinutes,
        String mode) {

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.getId(), p.getVersion(), p.getName(), p.getSponsor().getName(), p.getStartDate(),
                p.getEndDate(), p.getStatus().name(), p.getMinSetSize(), p.getMaxSetSize(), p.getMinimumMeetings(),
                p.getMeetingMinutes(), p.getMode().name());
    }
}
