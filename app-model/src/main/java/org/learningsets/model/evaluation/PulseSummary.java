package org.learningsets.model.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A meeting's pulse as the facilitator sees it: how many answered, the average and how many gave each score, never
 * who gave which. Below {@link #SMALLEST_GROUP} answers only the count is shown: with one or two answers the
 * figures would point at a person.
 *
 * @param responses    how many members answered
 * @param average      the mean score to one decimal place, or null when hidden
 * @param distribution how many gave 1, 2, 3, 4 and 5 (index 0 is the score 1); empty when hidden
 */
public record PulseSummary(int responses, Double average, List<Integer> distribution) {

    public static final int SMALLEST_GROUP = 3;

    public PulseSummary {
        distribution = distribution == null ? List.of() : List.copyOf(distribution);
    }

    public static PulseSummary of(Collection<Integer> scores) {
        int count = scores.size();
        if (count < SMALLEST_GROUP) {
            return new PulseSummary(count, null, List.of());
        }
        int[] counts = new int[MeetingReview.HIGHEST];
        long total = 0;
        for (int score : scores) {
            if (score < MeetingReview.LOWEST || score > MeetingReview.HIGHEST) {
                throw new IllegalArgumentException("A pulse score is between 1 and 5, not " + score + ".");
            }
            counts[score - 1]++;
            total += score;
        }
        double mean = Math.round(total * 10.0 / count) / 10.0;
        return new PulseSummary(count, mean, IntStream.of(counts).boxed().toList());
    }

    /** Whether the figures are shown (enough answers that none points at a person). */
    public boolean shown() {
        return average != null;
    }
}
