package org.learningsets.ejb.home;

import java.time.LocalDate;
import org.learningsets.model.programme.ProgrammeStatus;

/**
 * A programme for its lead: counts and dates only, never set content. {@code enrolled} counts the people enrolled
 * in it; {@code inSets} those in one of its sets now.
 */
public record ProgrammeSummary(
        String programmeId,
        String name,
        String sponsor,
        LocalDate startDate,
        LocalDate endDate,
        ProgrammeStatus status,
        long sets,
        long enrolled,
        long inSets) {}
