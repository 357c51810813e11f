package org.learningsets.ejb.development;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.learningsets.ejb.development.DevelopmentViews.CompetencyView;
import org.learningsets.ejb.meeting.RunningStep;
import org.learningsets.model.development.ConsentAnswer;
import org.learningsets.model.development.ObservationState;
import org.learningsets.model.meeting.MeetingStage;

/**
 * What the web module sees of a meeting's observation. The observer's view of the meeting has no field for its
 * content (no issue titles, notes, actions or learning): only the process, so nothing can leak through it.
 */
public final class ObservationViews {

    private ObservationViews() {}

    /**
     * The meeting's observation page for one caller: its facilitator, a current member, or the observer (exactly one
     * of the three flags). {@code state} and the names are null when nobody is invited. {@code answered} and
     * {@code members} are counts only: nobody learns who declined. {@code process} and {@code competencies} are
     * filled for the observer once the observation is going ahead and the meeting has started.
     */
    public record ObservationPage(
            String meetingId,
            String meetingTitle,
            ZonedDateTime meetingStart,
            boolean facilitator,
            boolean member,
            boolean observer,
            String observerName,
            String facilitatorName,
            ObservationState state,
            int answered,
            int members,
            ConsentAnswer myAnswer,
            boolean canInvite,
            boolean canWithdraw,
            boolean canAnswer,
            ObservedMeeting process,
            List<CompetencyView> competencies)
            implements Serializable {

        public boolean invited() {
            return state != null;
        }

        /** The observer may write about the facilitator now. */
        public boolean canWrite() {
            return process != null;
        }
    }

    /**
     * The meeting's process as the observer sees it: stage, timings, attendance and each round's length by holder.
     * {@code stage} null: not started yet; {@code running}: the running round's step (null between rounds).
     */
    public record ObservedMeeting(
            MeetingStage stage,
            Instant startedAt,
            String runBy,
            RunningStep running,
            List<ObservedPerson> people,
            List<ObservedRound> rounds)
            implements Serializable {

        public List<MeetingStage> stages() {
            return List.of(MeetingStage.values());
        }
    }

    /** A member and their attendance in words (null until marked). */
    public record ObservedPerson(String name, String attendance) implements Serializable {}

    /** One round: whose airtime it was, minutes booked and minutes taken so far ({@code running}: not ended). */
    public record ObservedRound(String holderName, Integer minutesBooked, long minutesTaken, boolean running)
            implements Serializable {}

    /** A meeting the caller is invited to observe, for their list. */
    public record ObservationInvite(
            String meetingId, String meetingTitle, ZonedDateTime start, String facilitatorName, ObservationState state)
            implements Serializable {}
}
