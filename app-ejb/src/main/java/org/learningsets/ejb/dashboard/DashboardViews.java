package org.learningsets.ejb.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The figures a facilitator sees about a set: plain values, never entities. Rates are whole percentages, or null
 * when there is nothing to divide by (no attendance recorded yet), so a page can say so instead of showing 0 %.
 */
public final class DashboardViews {

    private DashboardViews() {}

    /** Meetings held and still planned, against the programme's minimum number of meetings. */
    public record MeetingCounts(int held, int planned, int cancelled, int programmeMinimum) {

        /** Held and still to come: what the set will have had if every planned meeting takes place. */
        public int heldOrPlanned() {
            return held + planned;
        }

        public boolean belowMinimum() {
            return heldOrPlanned() < programmeMinimum;
        }
    }

    public record MeetingAttendance(
            int number, LocalDate date, int present, int apologies, int absent, Integer ratePercent) {}

    public record MemberAttendance(
            String personId, String name, int present, int apologies, int absent, Integer ratePercent) {}

    public record ActionCounts(int open, int done, int carriedForward, int dropped, int overdue) {

        public int total() {
            return open + done + carriedForward + dropped;
        }
    }

    /** Ages in whole days; averages are null when no issue is in that state. */
    public record IssueCounts(
            int open, int resolved, int dropped, Integer averageOpenAgeDays, Integer averageDaysToResolve) {}

    /**
     * One issue: its age is days open so far, or days from raised to closed. Title: set content. {@code status} is
     * the IssueStatus name; {@code issueId} opens the issue's page (null where no page is linked, e.g. exports).
     */
    public record IssueAge(
            String title, String holderName, String status, LocalDate raised, int ageDays, String issueId) {

        public IssueAge(String title, String holderName, String status, LocalDate raised, int ageDays) {
            this(title, holderName, status, raised, ageDays, null);
        }

        public String statusLabel() {
            return org.learningsets.model.common.Labels.of(org.learningsets.model.issue.IssueStatus.valueOf(status));
        }
    }

    /** Minutes of rounds actually run, against minutes booked on the agreed agenda and the meeting's length. */
    public record MeetingTime(int number, LocalDate date, int minutesUsed, int minutesBooked, int meetingMinutes) {}

    /**
     * A member who needs the facilitator's attention: missed two or more held meetings in a row (apologies or
     * absent), or has open actions past their due date.
     */
    public record HealthFlag(String personId, String memberName, List<Integer> missedInARow, int overdueActions) {

        public HealthFlag {
            missedInARow = List.copyOf(missedInARow);
        }

        public boolean missedMeetings() {
            return missedInARow.size() >= 2;
        }

        public String describe() {
            StringBuilder text = new StringBuilder(memberName);
            if (missedMeetings()) {
                text.append(" missed meetings ").append(numbers(missedInARow)).append(" in a row");
            }
            if (overdueActions > 0) {
                text.append(missedMeetings() ? " and has " : " has ")
                        .append(overdueActions)
                        .append(overdueActions == 1 ? " overdue action" : " overdue actions");
            }
            return text.append('.').toString();
        }

        private static String numbers(List<Integer> meetings) {
            String head = meetings.subList(0, meetings.size() - 1).stream()
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return head + " and " + meetings.get(meetings.size() - 1);
        }
    }

    /** Everything on one set's dashboard. */
    public record SetDashboard(
            String setId,
            String setName,
            String programmeName,
            LocalDate today,
            MeetingCounts meetings,
            Integer attendanceRatePercent,
            List<MeetingAttendance> attendanceByMeeting,
            List<MemberAttendance> attendanceByMember,
            ActionCounts actions,
            IssueCounts issues,
            List<IssueAge> issueAges,
            List<MeetingTime> timeByMeeting,
            List<HealthFlag> health) {

        public int minutesUsed() {
            return timeByMeeting.stream().mapToInt(MeetingTime::minutesUsed).sum();
        }

        public int minutesBooked() {
            return timeByMeeting.stream().mapToInt(MeetingTime::minutesBooked).sum();
        }

        public SetHeadline headline() {
            return new SetHeadline(
                    setId,
                    setName,
                    programmeName,
                    meetings,
                    attendanceRatePercent,
                    actions,
                    issues,
                    minutesUsed(),
                    minutesBooked(),
                    health);
        }
    }

    /** One row of "my dashboards": the headline figures of a set, with no issue titles. */
    public record SetHeadline(
            String setId,
            String setName,
            String programmeName,
            MeetingCounts meetings,
            Integer attendanceRatePercent,
            ActionCounts actions,
            IssueCounts issues,
            int minutesUsed,
            int minutesBooked,
            List<HealthFlag> health) {}
}
