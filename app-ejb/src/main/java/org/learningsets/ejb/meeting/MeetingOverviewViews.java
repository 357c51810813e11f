package org.learningsets.ejb.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One meeting as its facilitator prepares it beforehand and reviews it afterwards. */
public final class MeetingOverviewViews {

    private MeetingOverviewViews() {}

    /** A bid for time on the draft (or booked) agenda. */
    public record BidLine(
            String issueId, String issueTitle, String holderName, int minutesWanted, Integer minutesBooked)
            implements Serializable {}

    /** A member and their attendance in words ("Present", "Sent apologies", "Absent", "Not recorded"). */
    public record AttendanceLine(String name, String attendance) implements Serializable {}

    /** A round run at the meeting: {@code minutes} used, null while it runs. */
    public record RoundLine(String issueId, String issueTitle, String holderName, Integer minutes)
            implements Serializable {}

    /** An action agreed at the meeting, with its status now. */
    public record ActionLine(
            String issueId,
            String issueTitle,
            String ownerName,
            String description,
            LocalDate dueDate,
            String statusLabel,
            boolean overdue)
            implements Serializable {}

    /**
     * {@code state}: planned, in progress (at which stage), held or cancelled; {@code startedEarly}: who started it
     * before its planned day and when, in words (null: not early). Before the meeting: the bids, apologies and the
     * members who have not agreed the ground rules (they cannot bid or take part yet). Afterwards: attendance, the
     * rounds and the actions agreed.
     */
    public record MeetingOverview(
            MeetingDetails meeting,
            String state,
            String startedEarly,
            boolean held,
            List<BidLine> bids,
            List<String> apologies,
            List<String> notAgreed,
            List<AttendanceLine> attendance,
            List<RoundLine> rounds,
            List<ActionLine> actions)
            implements Serializable {

        public int minutesWanted() {
            return bids.stream().mapToInt(BidLine::minutesWanted).sum();
        }

        public String apologiesText() {
            return String.join(", ", apologies);
        }

        public String notAgreedText() {
            return String.join(", ", notAgreed);
        }
    }
}
