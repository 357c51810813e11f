package org.learningsets.ejb.evaluation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.learningsets.ejb.evaluation.EvaluationResults.ItemResult;
import org.learningsets.model.evaluation.PulseItem;

/**
 * A programme's benefits pulse as its lead sees it: how many answers, and the figures only from {@code threshold}
 * answers on (the same K as themes). Confidence is followed by meeting number, each number shown only from K
 * answers to it, so that no small group's answers can be picked out. Free texts are sorted.
 */
public record PulseResults(
        String programmeId,
        String programmeName,
        boolean offered,
        int responses,
        int threshold,
        List<ItemResult> items,
        List<ConfidenceAt> confidence,
        List<String> takeAways)
        implements Serializable {

    /** Average confidence (1 to 5) among the answers given after the meetings with this number. */
    public record ConfidenceAt(int meetingNumber, int answered, double average) implements Serializable {}

    /** One response's figures as the results need them: its meeting number and scores. */
    record Scores(int meetingNumber, Map<PulseItem, Integer> scores) {}

    public boolean shown() {
        return responses >= threshold;
    }

    /** The change in average confidence from the first shown meeting number to the last; null with fewer than two. */
    public Double confidenceChange() {
        if (confidence.size() < 2) {
            return null;
        }
        return Math.round((confidence.get(confidence.size() - 1).average()
                                - confidence.get(0).average())
                        * 10)
                / 10.0;
    }

    static List<ItemResult> score(List<Scores> responses) {
        return PulseItem.scored().stream()
                .map(item -> ItemResult.of(
                        item.name(),
                        item.getWording(),
                        item.getScale().getLabels(),
                        responses.stream().map(r -> r.scores().get(item)).toList()))
                .toList();
    }

    /** Confidence per meeting number, in order, leaving out numbers with fewer than k confidence answers. */
    static List<ConfidenceAt> confidence(List<Scores> responses, int k) {
        Map<Integer, List<Integer>> byNumber = new TreeMap<>();
        for (Scores r : responses) {
            Integer score = r.scores().get(PulseItem.CONFIDENCE_NOW);
            if (score != null) {
                byNumber.computeIfAbsent(r.meetingNumber(), n -> new ArrayList<>())
                        .add(score);
            }
        }
        List<ConfidenceAt> shown = new ArrayList<>();
        byNumber.forEach((number, scores) -> {
            if (scores.size() >= k) {
                double mean =
                        scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
                shown.add(new ConfidenceAt(number, scores.size(), Math.round(mean * 10) / 10.0));
            }
        });
        return shown;
    }
}
