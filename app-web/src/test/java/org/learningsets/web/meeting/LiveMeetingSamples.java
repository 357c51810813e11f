package org.learningsets.web.meeting;

import java.util.List;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaLine;
import org.learningsets.ejb.meeting.LiveMeetingViews.CheckInMember;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeeting;
import org.learningsets.ejb.meeting.LiveMeetingViews.RunningRound;

/** Live meetings as the page's tests need them: one viewer, run by someone else, the rest as given. */
final class LiveMeetingSamples {

    private LiveMeetingSamples() {}

    static LiveMeeting meeting(
            String stage,
            List<CheckInMember> members,
            List<AgendaLine> agenda,
            RunningRound round,
            boolean canControl) {
        return new LiveMeeting(
                null,
                false,
                stage,
                stage,
                "Carolyn Robertson",
                canControl,
                false,
                false,
                members,
                agenda,
                round,
                List.of("person-1"),
                "person-1",
                false,
                null,
                null,
                false);
    }
}
