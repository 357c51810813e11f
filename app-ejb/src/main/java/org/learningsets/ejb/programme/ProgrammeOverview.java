package org.learningsets.ejb.programme;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;
import org.learningsets.ejb.history.ProgrammeChanges.ChangeView;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.set.SetState;

/**
 * A programme as its lead's hub page shows it: settings, the next steps in words, counts that add up, its sets
 * and the recent changes. Counts, names and dates only: never set content.
 *
 * @param closeRefusal why the programme cannot close now, or null when it can
 */
public record ProgrammeOverview(
        ProgrammeView programme,
        List<String> nextSteps,
        People people,
        List<SetCard> sets,
        String closeRefusal,
        List<ChangeView> changes)
        implements Serializable {

    /**
     * Everyone enrolled, or placed in one of its sets: {@code inASet + waiting + withdrawn == enrolled}, and
     * {@code signedIn + invited + noAccount == enrolled}.
     */
    public record People(
            long enrolled, long inASet, long waiting, long withdrawn, long signedIn, long invited, long noAccount)
            implements Serializable {}

    /** One set: its state, size, facilitators, meetings, and what it still lacks before it can start. */
    public record SetCard(
            String setId,
            String name,
            SetState state,
            long members,
            int minMembers,
            int maxMembers,
            List<String> facilitators,
            long plannedMeetings,
            NextMeeting next,
            List<String> missing)
            implements Serializable {

        public boolean isReadyToStart() {
            return state == SetState.FORMING && missing.isEmpty();
        }

        public String facilitatorNames() {
            return String.join(", ", facilitators);
        }
    }

    public record NextMeeting(
            int number, ZonedDateTime start, ZonedDateTime end, MeetingMode mode, String place, String link)
            implements Serializable {}

    public boolean isEmpty() {
        return people.enrolled() == 0 && sets.isEmpty();
    }
}
