package org.learningsets.ejb.evaluation;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.learningsets.model.evaluation.PulseSummary;

/** The end-of-meeting pulse and process review as the author, and the facilitator, see them. */
public final class MeetingReviewViews {

    private MeetingReviewViews() {}

    /** The review page for one held meeting; {@code mine} is null until the caller has answered. */
    public record ReviewForm(String meetingId, String setName, int number, ZonedDateTime start, MyReview mine)
            implements Serializable {}

    /** The author's own answers (nobody else ever sees the text). */
    public record MyReview(
            String id,
            long version,
            int pulse,
            String whatHelped,
            String whatGotInTheWay,
            String whatILearned,
            Instant answeredAt)
            implements Serializable {}

    /** A held meeting the caller may review, and whether they have. */
    public record ReviewableMeeting(String meetingId, String label, boolean answered) implements Serializable {}

    /** What the set's facilitator sees: the anonymous pulse of one meeting. */
    public record MeetingPulse(
            String meetingId,
            String setName,
            int number,
            ZonedDateTime start,
            long membersAtMeeting,
            PulseSummary summary) {}
}
