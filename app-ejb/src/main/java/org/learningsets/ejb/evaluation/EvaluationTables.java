package org.learningsets.ejb.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.learningsets.ejb.dashboard.FigureTables.Table;
import org.learningsets.model.evaluation.EvaluationItem;

/** The evaluation results as tables for the CSV and Excel downloads: the same figures as the page, only from K. */
public final class EvaluationTables {

    private EvaluationTables() {
    }

    public static List<Table> of(EvaluationResults r) {
        if (!r.shown()) {
            return List.of();
        }
        List<List<Object>> scores = new ArrayList<>();
        for (EvaluationResults.ItemResult item : r.items()) {
            List<Object> row = new ArrayList<>(List.of(item.wording(), item.answered()));
            row.add(item.average());
            row.addAll(item.counts());
            scores.add(row);
        }
        List<List<Object>> words = new ArrayList<>();
        r.differences().forEach(t -> words.add(List.of(EvaluationItem.DIFFERENCE_MADE.getWording(), t)));
        r.changes().forEach(t -> words.add(List.of(EvaluationItem.WHAT_TO_CHANGE.getWording(), t)));
        return List.of(
                new Table("Responses", List.of("Programme", "Members", "Responses"),
                        List.of(List.of(r.programmeName(), r.members(), r.responses()))),
                new Table("Scores", List.of("Question", "Answered", "Average", "1", "2", "3", "4", "5"), scores),
                new Table("In their words", List.of("Question", "Answer"), words));
    }
}
