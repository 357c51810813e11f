package org.learningsets.ejb.home;

import java.time.LocalDate;

/** A programme for its lead: counts and dates only, never set content. */
public record ProgrammeSummary(String programmeId, String name, String sponsor, LocalDate startDate,
        LocalDate endDate, String status, long sets, long participants) {
}
