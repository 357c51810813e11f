package org.learningsets.ejb.set;

import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.meeting.MeetingDetails;

/** A member's own view of their sets: people, meetings, their attendance, and the ground-rules gate. */
public final class MySetViews {

    private MySetViews() {}

    /** A person in the set as fellow members see them; organisation shown so nobody sits with their manager. */
    public record PersonLine(String name, String organisation, String profession) implements Serializable {}

    /** Meetings held so far and how I took part. */
    public record AttendanceSoFar(int held, int attended, int apologies) implements Serializable {

        public int absent() {
            return Math.max(0, held - attended - apologies);
        }
    }

    /**
     * One meeting with my attendance ("Present", "Apologies sent", "Absent", or "" while none is recorded).
     * {@code open}: it still takes bids and apologies; {@code live}: the set's next planned meeting, to follow live.
     */
    public record MeetingLine(MeetingDetails meeting, String myAttendance, boolean open, boolean live, boolean started)
            implements Serializable {

        /** In words: a planned meeting that has been started reads "In progress", never "Planned". */
        public String state() {
            return started && meeting.planned() ? "In progress" : meeting.status();
        }
    }

    /**
     * A card on "My sets". {@code rulesAgreed} false means the set page shows only the rules to agree;
     * {@code rulesToAgree} is the current version waiting for the member (null: agreed, or none written yet).
     */
    public record MySetCard(
            String setId,
            String setName,
            String programmeName,
            String state,
            List<String> facilitators,
            int memberCount,
            MeetingDetails nextMeeting,
            boolean rulesAgreed,
            AttendanceSoFar attendance,
            GroundRulesViews.RulesToAgree rulesToAgree) {

        public String facilitatorNames() {
            return String.join(", ", facilitators);
        }
    }

    /**
     * The set page. Until the member agrees the current ground rules ({@code rulesAgreed} false) the lists are
     * empty and {@code nextMeeting} is null: the rules and the agreement are all there is to see.
     * {@code rulesChanged}: the member agreed an earlier version, and the text has changed since.
     */
    public record MySetPage(
            String setId,
            String setName,
            String programmeName,
            String state,
            GroundRulesToAgree rules,
            boolean rulesAgreed,
            List<PersonLine> facilitators,
            List<PersonLine> members,
            List<MeetingLine> meetings,
            MeetingLine nextMeeting,
            AttendanceSoFar attendance,
            boolean rulesChanged,
            boolean selfFacilitating)
            implements Serializable {}

    /** The current ground rules (null on the page when the set has none yet). */
    public record GroundRulesToAgree(int version, String text) implements Serializable {}
}
