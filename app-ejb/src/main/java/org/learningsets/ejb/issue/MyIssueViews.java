package org.learningsets.ejb.issue;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.learningsets.ejb.meeting.MeetingChoice;

/** An issue holder's own view of their issues: the list across their sets, and one issue's story meeting by meeting. */
public final class MyIssueViews {

    private MyIssueViews() {}

    /** {@code status}: the IssueStatus name; {@code statusLabel}: its words. */
    public record MyIssue(
            String id,
            String title,
            String setId,
            String setName,
            String status,
            Instant raisedAt,
            Instant closedAt,
            long openActions,
            String statusLabel)
            implements Serializable {}

    /** A set the caller may raise an issue in. */
    public record SetChoice(String id, String name) implements Serializable {}

    /**
     * The issue with its actions and progress, what happened to it at each meeting, and the set's meetings to
     * pick from when agreeing an action or reporting progress ({@code suggestedMeetingId}: the latest held one).
     * {@code facilitator}: the caller facilitates the issue's set (their way back is the set's page).
     * {@code heldMeetings}: the held meetings, for the meeting where progress was reported.
     */
    public record IssueHistory(
            IssueViews.IssueView issue,
            String setName,
            boolean holder,
            boolean canClose,
            List<MeetingStep> meetings,
            List<MeetingChoice> meetingChoices,
            String suggestedMeetingId,
            boolean facilitator,
            List<MeetingChoice> heldMeetings)
            implements Serializable {}

    /** One meeting in the issue's life: a bid for time, a round, actions agreed, progress reported there. */
    public record MeetingStep(
            String meetingId,
            int number,
            ZonedDateTime start,
            String meetingStatus,
            boolean hadRound,
            Integer minutesWanted,
            Integer minutesBooked,
            List<IssueViews.ActionView> actionsAgreed,
            List<IssueViews.ProgressView> progressReported)
            implements Serializable {}
}
