package org.learningsets.ejb.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.meeting.AttendanceStatus;

/** The rules behind the dashboard figures, as pure functions so they can be tested without a database. */
public final class DashboardFigures {

    private DashboardFigures() {}

    /** A member's recorded attendance at one held meeting. */
    public record Mark(int meetingNumber, AttendanceStatus status) {}

    /** A whole percentage, rounded half up; null when there is nothing to divide by. */
    public static Integer percent(long part, long whole) {
        return whole <= 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    /** The rounded mean, or null for no values. */
    public static Integer average(Collection<Integer> values) {
        return values.isEmpty()
                ? null
                : (int) Math.round(
                        values.stream().mapToInt(Integer::intValue).average().orElseThrow());
    }

    /**
     * The longest run of held meetings in a row the member missed (apologies or absent: anything but present), as
     * meeting numbers; the latest run when two are as long. Marks come in meeting order; a held meeting with no
     * record for the member is not in the list (not recorded is neither present nor missed).
     */
    public static List<Integer> longestMissedRun(List<Mark> marksInMeetingOrder) {
        List<Integer> longest = List.of();
        List<Integer> current = new ArrayList<>();
        for (Mark mark : marksInMeetingOrder) {
            if (mark.status() == AttendanceStatus.PRESENT) {
                current = new ArrayList<>();
            } else {
                current.add(mark.meetingNumber());
                if (current.size() >= longest.size()) {
                    longest = List.copyOf(current);
                }
            }
        }
        return longest;
    }

    /** Overdue: still open and due before today (an action due today is not late yet); the rule is the model's. */
    public static boolean isOverdue(ActionStatus status, LocalDate due, LocalDate today) {
        return org.learningsets.model.action.Action.isOverdue(status, due, today);
    }

    /** Minutes of rounds run: each ended round from start to end; a round still running counts nothing yet. */
    public static int minutesUsed(List<Instant[]> startAndEnd) {
        long seconds = 0;
        for (Instant[] round : startAndEnd) {
            if (round[1] != null) {
                seconds += Duration.between(round[0], round[1]).toSeconds();
            }
        }
        return (int) Math.round(seconds / 60.0);
    }

    /** Whole days from the day an issue was raised to the day it closed, or to today while open (London dates). */
    public static int ageDays(Instant raised, Instant closed, LocalDate today) {
        LocalDate from = LocalDate.ofInstant(raised, TimeZones.LONDON);
        LocalDate to = closed == null ? today : LocalDate.ofInstant(closed, TimeZones.LONDON);
        return (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
