package org.learningsets.ejb.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningsets.model.programme.Cadence;

class DemoScheduleTest {

    private static final Cadence SECOND_TUESDAY = Cadence.monthly(2, DayOfWeek.TUESDAY, LocalTime.of(14, 0));

    /** Whatever day the demo is started, exactly the first meeting is past and five are still to come. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-23T15:00",
                "2026-12-08T13:00",
                "2026-12-08T18:00",
                "2027-01-01T00:00",
                "2027-03-31T23:59"
            })
    void firstMeetingIsPastTheRestAreAhead(String now) {
        LocalDateTime at = LocalDateTime.parse(now);
        List<LocalDateTime> starts = DemoSchedule.around(at, SECOND_TUESDAY, 6);
        assertEquals(6, starts.size());
        assertTrue(starts.get(0).isBefore(at), "first is past: " + starts);
        assertTrue(starts.get(1).isAfter(at.minusHours(3)), "second is to come: " + starts);
        assertTrue(DemoSchedule.programmeStart(starts).isBefore(starts.get(0).toLocalDate()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "2027-02-28"})
    void meetingsAreMonthlyOnTheSecondTuesdayAtTwo(String day) {
        for (LocalDateTime start : DemoSchedule.around(LocalDate.parse(day).atTime(12, 0), SECOND_TUESDAY, 6)) {
            assertEquals(DayOfWeek.TUESDAY, start.getDayOfWeek());
            assertTrue(start.getDayOfMonth() >= 8 && start.getDayOfMonth() <= 14, start.toString());
            assertEquals(LocalTime.of(14, 0), start.toLocalTime());
        }
    }
}
