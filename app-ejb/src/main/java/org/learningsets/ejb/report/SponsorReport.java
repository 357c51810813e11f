package org.learningsets.ejb.report;

import java.time.LocalDate;
import java.util.List;
import org.learningsets.ejb.evaluation.EvaluationResults;
import org.learningsets.ejb.theme.ThemeSummary;

/**
 * What a programme's sponsor is told: meetings held against planned and the minimum, attendance, the evaluation
 * (only from K answers) and the consented themes (only from K members). Sets are named; people and issues never.
 */
public record SponsorReport(
        String programmeId,
        String programmeName,
        String sponsorName,
        LocalDate start,
        LocalDate end,
        int minimumMeetings,
        LocalDate asOf,
        int members,
        List<SetFigures> sets,
        EvaluationResults evaluation,
        ThemeSummary themes) {

    /** One set: meetings held, still to come and cancelled, and attendance at held meetings (null: none recorded). */
    public record SetFigures(String setName, int held, int toCome, int cancelled, Integer attendancePercent) {}

    public int held() {
        return sets.stream().mapToInt(SetFigures::held).sum();
    }

    public int toCome() {
        return sets.stream().mapToInt(SetFigures::toCome).sum();
    }

    public int cancelled() {
        return sets.stream().mapToInt(SetFigures::cancelled).sum();
    }

    /** Sets that have held at least the programme's minimum number of meetings. */
    public long setsAtMinimum() {
        return sets.stream().filter(s -> s.held() >= minimumMeetings).count();
    }
}
