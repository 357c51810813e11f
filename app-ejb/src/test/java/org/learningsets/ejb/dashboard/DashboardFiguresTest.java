package org.learningsets.ejb.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.dashboard.DashboardFigures.Mark;
import org.learningsets.ejb.dashboard.DashboardViews.HealthFlag;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingCounts;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.meeting.AttendanceStatus;

class DashboardFiguresTest {

    private static final AttendanceStatus P = AttendanceStatus.PRESENT;
    private static final AttendanceStatus A = AttendanceStatus.ABSENT;
    private static final AttendanceStatus S = AttendanceStatus.APOLOGIES;

    @Test
    void missingIsAnythingButPresentAndTheLongestLatestRunCounts() {
        assertEquals(List.of(), DashboardFigures.longestMissedRun(List.of()));
        assertEquals(List.of(2), DashboardFigures.longestMissedRun(marks(P, A, P)));
        assertEquals(List.of(2, 3), DashboardFigures.longestMissedRun(marks(P, S, A, P)), "apologies count too");
        assertEquals(List.of(4, 5, 6), DashboardFigures.longestMissedRun(marks(A, A, P, S, S, A)));
        assertEquals(List.of(4, 5), DashboardFigures.longestMissedRun(marks(A, A, P, A, A)), "the latest of ties");
    }

    @Test
    void unrecordedMeetingsAreLeftOutSoTheRunFollowsRecordedMeetings() {
        List<Mark> gap = List.of(new Mark(1, A), new Mark(3, A));
        assertEquals(List.of(1, 3), DashboardFigures.longestMissedRun(gap));
    }

    @Test
    void onlyOpenActionsDueBeforeTodayAreOverdue() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        assertTrue(DashboardFigures.isOverdue(ActionStatus.OPEN, today.minusDays(1), today));
        assertFalse(DashboardFigures.isOverdue(ActionStatus.OPEN, today, today), "due today is not late yet");
        assertFalse(DashboardFigures.isOverdue(ActionStatus.OPEN, null, today), "no due date, never overdue");
        assertFalse(DashboardFigures.isOverdue(ActionStatus.DONE, today.minusDays(9), today));
        assertFalse(DashboardFigures.isOverdue(ActionStatus.CARRIED_FORWARD, today.minusDays(9), today));
        assertFalse(DashboardFigures.isOverdue(ActionStatus.DROPPED, today.minusDays(9), today));
    }

    @Test
    void timeUsedAddsEndedRoundsAndRoundsOnceAtTheEnd() {
        Instant t = Instant.parse("2027-03-09T14:15:00Z");
        assertEquals(0, DashboardFigures.minutesUsed(List.of()));
        assertEquals(
                61,
                DashboardFigures.minutesUsed(List.of(
                        new Instant[] {t, t.plusSeconds(30 * 60 + 20)},
                        new Instant[] {t.plusSeconds(3600), t.plusSeconds(3600 + 30 * 60 + 20)},
                        new Instant[] {t.plusSeconds(7200), null})),
                "60:40 rounds to 61; a running round adds nothing");
    }

    @Test
    void issueAgesCountLondonCalendarDaysToClosingOrToday() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        Instant lateEvening = Instant.parse("2027-03-01T23:30:00Z"); // 1 March in London (GMT)
        assertEquals(9, DashboardFigures.ageDays(lateEvening, null, today));
        Instant summerNight = Instant.parse("2027-06-30T23:30:00Z"); // already 1 July in London (BST)
        assertEquals(2, DashboardFigures.ageDays(summerNight, Instant.parse("2027-07-03T09:00:00Z"), today));
        assertEquals(0, DashboardFigures.ageDays(Instant.parse("2027-03-10T08:00:00Z"), null, today));
    }

    @Test
    void percentagesAndAveragesSayNothingWhenThereIsNothingToCount() {
        assertNull(DashboardFigures.percent(0, 0));
        assertEquals(83, DashboardFigures.percent(5, 6));
        assertEquals(67, DashboardFigures.percent(2, 3));
        assertEquals(100, DashboardFigures.percent(4, 4));
        assertNull(DashboardFigures.average(List.of()));
        assertEquals(8, DashboardFigures.average(List.of(5, 10)), "7.5 rounds half up");
    }

    @Test
    void healthFlagsAndMeetingCountsReadAsSentences() {
        assertEquals(
                "Chloe Davies missed meetings 2 and 3 in a row.",
                new HealthFlag("p", "Chloe Davies", List.of(2, 3), 0).describe());
        assertEquals(
                "Ben Carter missed meetings 1, 2 and 3 in a row and has 2 overdue actions.",
                new HealthFlag("p", "Ben Carter", List.of(1, 2, 3), 2).describe());
        HealthFlag oneMiss = new HealthFlag("p", "Amira Khan", List.of(4), 1);
        assertFalse(oneMiss.missedMeetings(), "one missed meeting is not a flag");
        assertEquals("Amira Khan has 1 overdue action.", oneMiss.describe());
        assertTrue(new MeetingCounts(1, 4, 1, 6).belowMinimum());
        assertFalse(new MeetingCounts(1, 5, 0, 6).belowMinimum());
    }

    private static List<Mark> marks(AttendanceStatus... statuses) {
        return java.util.stream.IntStream.range(0, statuses.length)
                .mapToObj(i -> new Mark(i + 1, statuses[i]))
                .toList();
    }
}
