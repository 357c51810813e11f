package org.learningsets.ejb.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.evaluation.EvaluationResults.ItemResult;
import org.learningsets.model.evaluation.EvaluationItem;

class EvaluationResultsTest {

    @Test
    void eachItemCountsOnlyTheAnswersGivenToIt() {
        List<ItemResult> items = EvaluationResults.score(List.of(
                Map.of(
                        EvaluationItem.PEER_SUPPORT,
                        5,
                        EvaluationItem.CONFIDENCE_BEFORE,
                        2,
                        EvaluationItem.CONFIDENCE_AFTER,
                        4),
                Map.of(
                        EvaluationItem.PEER_SUPPORT,
                        4,
                        EvaluationItem.CONFIDENCE_BEFORE,
                        3,
                        EvaluationItem.CONFIDENCE_AFTER,
                        4),
                Map.of(EvaluationItem.PEER_SUPPORT, 4)));
        ItemResult peer = items.get(0);
        assertEquals("PEER_SUPPORT", peer.item());
        assertEquals(3, peer.answered());
        assertEquals(4.3, peer.average(), "13 / 3 to one decimal");
        assertEquals(List.of(0, 0, 0, 2, 1), peer.counts());
        ItemResult reflect = items.get(1);
        assertEquals(0, reflect.answered());
        assertNull(reflect.average(), "nobody answered: no average, not zero");
        assertEquals(7, items.size(), "every scored item, none of the free-text ones");

        EvaluationResults results = new EvaluationResults(
                "p", "Programme", true, true, null, null, null, 10, 3, 3, items, List.of(), List.of());
        assertTrue(results.shown());
        assertEquals(1.5, results.confidenceChange(), "4.0 after against 2.5 before");
        assertFalse(
                new EvaluationResults(
                                "p",
                                "Programme",
                                true,
                                true,
                                null,
                                null,
                                null,
                                10,
                                2,
                                3,
                                List.of(),
                                List.of(),
                                List.of())
                        .shown(),
                "below K nothing is shown");
    }
}
