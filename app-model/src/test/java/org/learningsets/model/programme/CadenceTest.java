package org.learningsets.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;

class CadenceTest {

    @Test
    void monthlyOnTheSecondTuesday() {
        List<LocalDateTime> starts =
                Cadence.monthly(2, DayOfWeek.TUESDAY, LocalTime.of(14, 0)).meetingStarts(LocalDate.of(2026, 1, 1), 4);
        assertEquals(
                List.of(
                        LocalDateTime.of(2026, 1, 13, 14, 0),
                        LocalDateTime.of(2026, 2, 10, 14, 0),
                        LocalDateTime.of(2026, 3, 10, 14, 0),
                        LocalDateTime.of(2026, 4, 14, 14, 0)),
                starts);
    }

    @Test
    void monthlySkipsThisMonthWhenItsDayHasPassed() {
        List<LocalDateTime> starts =
                Cadence.monthly(1, DayOfWeek.MONDAY, LocalTime.of(9, 30)).meetingStarts(LocalDate.of(2026, 3, 10), 1);
        assertEquals(LocalDateTime.of(2026, 4, 6, 9, 30), starts.get(0));
    }

    @Test
    void everySixWeeksFromTheFirstMatchingWeekday() {
        List<LocalDateTime> starts = Cadence.everyWeeks(6, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0))
                .meetingStarts(LocalDate.of(2026, 3, 1), 3);
        assertEquals(
                List.of(
                        LocalDateTime.of(2026, 3, 4, 10, 0),
                        LocalDateTime.of(2026, 4, 15, 10, 0),
                        LocalDateTime.of(2026, 5, 27, 10, 0)),
                starts);
    }

    @Test
    void wallClockTimeStaysTheSameAcrossTheClockChange() {
        // British Summer Time starts on 29 March 2026: both meetings are still at 14:00 local time.
        List<LocalDateTime> starts = Cadence.everyWeeks(1, DayOfWeek.TUESDAY, LocalTime.of(14, 0))
                .meetingStarts(LocalDate.of(2026, 3, 24), 2);
        assertEquals(LocalTime.of(14, 0), starts.get(0).toLocalTime());
        assertEquals(LocalTime.of(14, 0), starts.get(1).toLocalTime());
    }

    @Test
    void impossibleCadencesAreRefusedWithTheReason() {
        InvalidInputException weekOfMonth =
                assertThrows(InvalidInputException.class, () -> Cadence.monthly(5, DayOfWeek.TUESDAY, LocalTime.NOON));
        assertEquals("Week of the month must be between 1 and 4 (it is 5).", weekOfMonth.getMessage());
        assertThrows(InvalidInputException.class, () -> Cadence.everyWeeks(0, DayOfWeek.TUESDAY, LocalTime.NOON));
        assertThrows(InvalidInputException.class, () -> Cadence.everyWeeks(2, null, LocalTime.NOON));
    }
}
