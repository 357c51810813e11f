package org.learningsets.ejb.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.evaluation.PulseResults.ConfidenceAt;
import org.learningsets.ejb.evaluation.PulseResults.Scores;
import org.learningsets.model.evaluation.PulseItem;

class PulseResultsTest {

    private static Scores confidence(int meeting, int score) {
        return new Scores(meeting, Map.of(PulseItem.CONFIDENCE_NOW, score));
    }

    @Test
    void confidenceIsFollowedByMeetingNumberLeavingOutNumbersBelowK() {
        List<Scores> answers = List.of(
                confidence(1, 2),
                confidence(1, 3),
                confidence(1, 3),
                confidence(2, 5),
                confidence(2, 4),
                confidence(3, 4),
                confidence(3, 4),
                confidence(3, 5),
                new Scores(3, Map.of(PulseItem.PEER_SUPPORT, 5)));
        List<ConfidenceAt> shown = PulseResults.confidence(answers, 3);
        assertEquals(
                List.of(new ConfidenceAt(1, 3, 2.7), new ConfidenceAt(3, 3, 4.3)),
                shown,
                "meeting 2 has two confidence answers: left out; an answer without confidence is not counted");
        PulseResults results =
                new PulseResults("p", "P", true, answers.size(), 3, PulseResults.score(answers), shown, List.of());
        assertEquals(1.6, results.confidenceChange(), "first shown to last shown");
        assertNull(
                new PulseResults("p", "P", true, 3, 3, List.of(), List.of(shown.get(0)), List.of()).confidenceChange(),
                "nothing to compare with one meeting number");
    }

    @Test
    void everyScoredItemHasItsCountsAndAverage() {
        List<Scores> answers = List.of(
                new Scores(1, Map.of(PulseItem.PEER_SUPPORT, 5, PulseItem.TIME_TO_REFLECT, 1)),
                new Scores(1, Map.of(PulseItem.PEER_SUPPORT, 4)),
                new Scores(2, Map.of()));
        var items = PulseResults.score(answers);
        assertEquals(PulseItem.scored().size(), items.size());
        assertEquals(2, items.get(0).answered());
        assertEquals(4.5, items.get(0).average());
        assertEquals(List.of(0, 0, 0, 1, 1), items.get(0).counts());
        assertEquals(1.0, items.get(1).average());
        assertNull(items.get(2).average(), "nobody answered: no average");
    }
}
