package org.learningsets.ejb.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.learningsets.ejb.dashboard.FigureTables.Table;
import org.learningsets.model.evaluation.EvaluationItem;
import org.learningsets.model.evaluation.PulseItem;

/** The evaluation and benefits pulse results as tables for the CSV and Excel downloads: the same figures as the page, only from K. */
public final class EvaluationTables {

    private EvaluationTables() {}

    public static List<Table> of(EvaluationResults r) {
        if (!r.shown()) {
            return List.of();
        }
        List<List<Object>> words = new ArrayList<>();
        r.differences().forEach(t -> words.add(List.of(EvaluationItem.DIFFERENCE_MADE.getWording(), t)));
        r.changes().forEach(t -> words.add(List.of(EvaluationItem.WHAT_TO_CHANGE.getWording(), t)));
        return List.of(
                new Table(
                        "Responses",
                        List.of("Programme", "Members", "Responses"),
                        List.of(List.of(r.programmeName(), r.members(), r.responses()))),
                scores(r.items()),
                new Table("In their words", List.of("Question", "Answer"), words));
    }

    /** The benefits pulse: the same shape, with confidence by meeting number; nothing below K. */
    public static List<Table> of(PulseResults r) {
        if (!r.shown()) {
            return List.of();
        }
        List<List<Object>> confidence = new ArrayList<>();
        r.confidence().forEach(c -> confidence.add(List.of(c.meetingNumber(), c.answered(), c.average())));
        List<List<Object>> words = new ArrayList<>();
        r.takeAways().forEach(t -> words.add(List.of(PulseItem.TAKE_AWAY.getWording(), t)));
        return List.of(
                new Table(
                        "Responses",
                        List.of("Programme", "Responses"),
                        List.of(List.of(r.programmeName(), r.responses()))),
                scores(r.items()),
                new Table(
                        "Confidence by meeting",
                        List.of("Meeting number", "Answered", "Average confidence"),
                        confidence),
                new Table("In their words", List.of("Question", "Answer"), words));
    }

    private static Table scores(List<EvaluationResults.ItemResult> items) {
        List<List<Object>> scores = new ArrayList<>();
        for (EvaluationResults.ItemResult item : items) {
            List<Object> row = new ArrayList<>(List.of(item.wording(), item.answered()));
            row.add(item.average());
            row.addAll(item.counts());
            scores.add(row);
        }
        return new Table("Scores", List.of("Question", "Answered", "Average", "1", "2", "3", "4", "5"), scores);
    }
}
