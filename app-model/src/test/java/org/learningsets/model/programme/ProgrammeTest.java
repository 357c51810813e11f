package org.learningsets.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.organisation.Organisation;

class ProgrammeTest {

    private static final Cadence MONTHLY = Cadence.monthly(2, DayOfWeek.TUESDAY, LocalTime.of(14, 0));
    private static final Organisation SPONSOR = new Organisation("NHS Elect");

    private static Programme programme(LocalDate start, LocalDate end, int min, int max) {
        return new Programme("AEC network", SPONSOR, start, end, MONTHLY, 120, min, max, 6, MeetingMode.VIRTUAL);
    }

    @Test
    void aValidProgrammeStartsAsDraft() {
        Programme p = programme(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 1), 4, 8);
        assertEquals(ProgrammeStatus.DRAFT, p.getStatus());
        p.open();
        assertEquals(ProgrammeStatus.OPEN, p.getStatus());
    }

    @Test
    void theEndMustComeAfterTheStart() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> programme(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 1, 1), 4, 8));
        assertEquals("The end date (2026-01-01) must be after the start date (2026-09-01).", e.getMessage());
    }

    @Test
    void setSizesMustBeOrderedAndSmall() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 9, 1);
        assertEquals(
                "The smallest set size (8) cannot be larger than the largest (4).",
                assertThrows(InvalidInputException.class, () -> programme(start, end, 8, 4))
                        .getMessage());
        assertThrows(InvalidInputException.class, () -> programme(start, end, 1, 6));
        assertThrows(InvalidInputException.class, () -> programme(start, end, 4, 11));
    }

    @Test
    void aBlankNameIsRefused() {
        assertEquals(
                "Programme name is required.",
                assertThrows(
                                InvalidInputException.class,
                                () -> new Programme(
                                        "  ",
                                        SPONSOR,
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2026, 2, 1),
                                        MONTHLY,
                                        120,
                                        4,
                                        8,
                                        6,
                                        MeetingMode.VIRTUAL))
                        .getMessage());
    }
}
