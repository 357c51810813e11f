package org.learningsets.ejb.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.learningsets.ejb.confidentiality.ShownRecords;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.MeetingStage;

/** What the live meeting page shows: the same for everyone in the set, plus the controls for whoever runs it. */
public final class LiveMeetingViews {

    /** On screen while the issue holder presents and the set asks questions (DOMAIN.md). */
    public static final List<String> GOLDEN_RULES = List.of(
            "No interruptions during the issue holder's airtime.",
            "No own stories.",
            "No advice or suggestions unless the issue holder asks.",
            "The facilitator takes no airtime.");

    /** The round state of a booked issue whose round has not started. */
    public static final String ROUND_TO_COME = "To come";

    private LiveMeetingViews() {}

    /** An action from an earlier meeting, reported on at check-in. */
    public record CheckInAction(
            String actionId,
            long version,
            String issueTitle,
            String description,
            LocalDate dueDate,
            String status,
            boolean overdue,
            boolean canMark)
            implements Serializable {}

    /** A member at check-in: attendance (null until marked) and the actions they report on. */
    public record CheckInMember(String personId, String name, String attendance, List<CheckInAction> actions)
            implements Serializable {

        /** The attendance as its enum, for the page's words ({@code labels.of}); null until marked. */
        public AttendanceStatus attendanceStatus() {
            return attendance == null ? null : AttendanceStatus.valueOf(attendance);
        }
    }

    /** A bid on the agenda; {@code position}/{@code minutesBooked} once booked; {@code roundState} for rounds. */
    public record AgendaLine(
            String bidId,
            long version,
            String issueId,
            String issueTitle,
            String holderName,
            boolean holderPresent,
            int minutesWanted,
            Integer position,
            Integer minutesBooked,
            String roundState)
            implements Serializable {

        public boolean booked() {
            return position != null;
        }
    }

    /** An action captured during the running round. */
    public record CapturedAction(String description, LocalDate dueDate) implements Serializable {}

    /** The running round: its issue, its step and timer, and the actions captured in it so far. */
    public record RunningRound(
            String roundId,
            String issueId,
            String issueTitle,
            String holderName,
            RunningStep running,
            boolean canCapture,
            List<CapturedAction> actions)
            implements Serializable {

        /** Action planning and the reflection after it: the holder's actions are on screen. */
        public boolean plansActions() {
            return running.showsActions();
        }
    }

    /**
     * The running step and its timer, for a screen to follow a change within the running round without reading the
     * whole meeting: the meeting's change counter ({@code revision}) and the revision of its last change to more than
     * the round's step and timer ({@code contentRevision}), both read before the rest in the same transaction; then the
     * running round's id and step (both null when no round runs). {@code canCapture}: the caller, the issue holder,
     * captures actions at this step (the page draws a form for that). A screen that has read {@code contentRevision}
     * and shows that round needs only these. No confidential text: ids, a step and numbers.
     */
    public record LiveTimer(
            long revision, long contentRevision, String roundId, RunningStep running, boolean canCapture) {

        /** Before a round runs (or between rounds): the revisions alone. */
        public static LiveTimer noRound(long revision, long contentRevision) {
            return new LiveTimer(revision, contentRevision, null, null, false);
        }
    }

    /**
     * The live meeting as one read of the page gives it, with the meeting's change counter read first in the same
     * transaction: a change that lands during the read raises the counter past {@code revision}, so the page reads
     * again when told of it. {@code shown}: the confidential records the page has now shown, for its next read.
     */
    public record LiveMeetingRead(long revision, LiveMeeting meeting, ShownRecords shown) {}

    /**
     * The live meeting. {@code stage} is null until someone starts it. {@code canControl}: the caller holds the
     * controls; {@code canStart}/{@code canTakeControls}: what the caller may do now. {@code audience}: the person
     * ids whose screens follow the meeting; {@code viewerId}: the caller's. {@code beforeItsDay}: today is before
     * the meeting's planned day (starting it asks for confirmation); {@code startedEarly}: who started it before its
     * day, in words (null: it was not). In a self-facilitating set, {@code rotaHolder}: who holds the facilitator's
     * role for this meeting on the rota (null: nobody yet); {@code onRota}: the caller does.
     */
    public record LiveMeeting(
            MeetingDetails meeting,
            boolean selfFacilitating,
            String stage,
            String stageLabel,
            String runBy,
            boolean canControl,
            boolean canStart,
            boolean canTakeControls,
            List<CheckInMember> members,
            List<AgendaLine> agenda,
            RunningRound round,
            List<String> audience,
            String viewerId,
            boolean beforeItsDay,
            String startedEarly,
            String rotaHolder,
            boolean onRota)
            implements Serializable {

        public boolean started() {
            return stage != null;
        }

        /** Started and not ended: the meeting is happening now. */
        public boolean running() {
            return stage != null && !ended();
        }

        /** The booked issues whose round has not been run yet. */
        public List<AgendaLine> roundsToCome() {
            return agenda.stream()
                    .filter(a -> a.booked() && ROUND_TO_COME.equals(a.roundState()))
                    .toList();
        }

        /** The stage as its enum; null until someone starts the meeting. */
        public MeetingStage currentStage() {
            return stage == null ? null : MeetingStage.valueOf(stage);
        }

        /** Every stage in order, for the page's list of stages. */
        public List<MeetingStage> stages() {
            return List.of(MeetingStage.values());
        }

        public boolean at(MeetingStage aStage) {
            return aStage == currentStage();
        }

        public boolean atCheckIn() {
            return at(MeetingStage.CHECK_IN);
        }

        public boolean atAgenda() {
            return at(MeetingStage.AGENDA);
        }

        public boolean atRounds() {
            return at(MeetingStage.ROUNDS);
        }

        public boolean atProcessReview() {
            return at(MeetingStage.PROCESS_REVIEW);
        }

        public boolean ended() {
            return at(MeetingStage.ENDED);
        }

        public int bookedMinutes() {
            return agenda.stream()
                    .filter(AgendaLine::booked)
                    .mapToInt(AgendaLine::minutesBooked)
                    .sum();
        }

        public List<String> goldenRules() {
            return GOLDEN_RULES;
        }
    }

    /** One line of the agenda as the person running the meeting books it, in the order given. */
    public record AgendaChoice(String bidId, boolean included, int minutes) {}
}
