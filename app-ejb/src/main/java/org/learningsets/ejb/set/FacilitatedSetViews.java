package org.learningsets.ejb.set;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.learningsets.ejb.meeting.MeetingDetails;
import org.learningsets.ejb.set.MySetViews.PersonLine;

/** A set's home for its facilitators: people, ground rules, meetings with their links, and the set's issues. */
public final class FacilitatedSetViews {

    private FacilitatedSetViews() {}

    /**
     * A member: attendance at held meetings ({@code recorded} of them had their attendance marked) and the ground
     * rules, in words ("Agreed version 2", "Agreed version 1, not yet version 2", "Not yet").
     */
    public record MemberRow(
            String name,
            String organisation,
            String profession,
            int recorded,
            int present,
            int apologies,
            int absent,
            boolean agreedCurrent,
            String groundRules)
            implements Serializable {

        /** "None recorded yet", "2 of 3 present, 1 with apologies". */
        public String attendance() {
            if (recorded == 0) {
                return "None recorded yet";
            }
            return present + " of " + recorded + " present"
                    + (apologies > 0 ? ", " + apologies + " with apologies" : "")
                    + (absent > 0 ? ", " + absent + " absent" : "");
        }
    }

    /** The current ground rules: {@code version} null when none is published yet. */
    public record RulesSummary(Integer version, Instant publishedAt, long agreed, long members, boolean draft)
            implements Serializable {}

    /**
     * A meeting with what the facilitator can do with it now: prepare it (still to come), run it (live: planned, or
     * started and not ended) and review it (held). {@code state} in words: planned, in progress (at which stage),
     * held, cancelled.
     */
    public record MeetingRow(
            MeetingDetails meeting, String state, boolean canPrepare, boolean canRun, boolean canReview, boolean next)
            implements Serializable {}

    /** An issue of the set, opened from here on its own page. */
    public record IssueRow(
            String id, String title, String holderName, String status, Instant raisedAt, long openActions)
            implements Serializable {}

    public record FacilitatedSetPage(
            String setId,
            String setName,
            String programmeName,
            String state,
            List<PersonLine> facilitators,
            List<MemberRow> members,
            RulesSummary rules,
            List<MeetingRow> meetings,
            List<IssueRow> issues,
            boolean selfFacilitating)
            implements Serializable {

        /** The next meeting to come, or null. */
        public MeetingRow nextMeeting() {
            return meetings.stream().filter(MeetingRow::next).findFirst().orElse(null);
        }
    }
}
