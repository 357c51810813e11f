package org.learningsets.ejb.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsets.model.evaluation.EvaluationItem;

/**
 * A programme's evaluation as its lead sees it ({@code opened}: set up; {@code open}: taking answers today): how many answered, and the figures only from {@code threshold}
 * answers on (the same K as themes), so that nobody's answers can be picked out. Free texts are sorted, so their
 * order says nothing about who answered when.
 */
public record EvaluationResults(
        String programmeId,
        String programmeName,
        boolean opened,
        boolean open,
        LocalDate opensOn,
        Instant openedAt,
        Instant closedAt,
        int members,
        int responses,
        int threshold,
        List<ItemResult> items,
        List<String> differences,
        List<String> changes) {

    /** One scored item: how many answered it, their average and the count at each point 1 to 5. */
    public record ItemResult(
            String item, String wording, List<String> labels, int answered, Double average, List<Integer> counts)
            implements java.io.Serializable {

        /** The figures of one item from the scores given to it (1 to 5; a null score was left out). */
        static ItemResult of(String item, String wording, List<String> labels, List<Integer> scores) {
            int[] counts = new int[5];
            int answered = 0;
            int sum = 0;
            for (Integer score : scores) {
                if (score != null) {
                    counts[score - 1]++;
                    answered++;
                    sum += score;
                }
            }
            Double average = answered == 0 ? null : Math.round(sum * 10.0 / answered) / 10.0;
            return new ItemResult(
                    item,
                    wording,
                    labels,
                    answered,
                    average,
                    List.of(counts[0], counts[1], counts[2], counts[3], counts[4]));
        }
    }

    public boolean shown() {
        return responses >= threshold;
    }

    /** The change in average confidence, after minus before; null without both. */
    public Double confidenceChange() {
        Double before = average(EvaluationItem.CONFIDENCE_BEFORE);
        Double after = average(EvaluationItem.CONFIDENCE_AFTER);
        return before == null || after == null ? null : Math.round((after - before) * 10) / 10.0;
    }

    private Double average(EvaluationItem item) {
        return items.stream()
                .filter(i -> i.item().equals(item.name()))
                .map(ItemResult::average)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Figures for every scored item from the responses' scores (an absent or null score: not answered). */
    static List<ItemResult> score(List<Map<EvaluationItem, Integer>> responses) {
        return EvaluationItem.scored().stream()
                .map(item -> ItemResult.of(
                        item.name(),
                        item.getWording(),
                        item.getScale().getLabels(),
                        responses.stream().map(r -> r.get(item)).toList()))
                .toList();
    }
}
