package org.learningsets.model.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.set.LearningSetTestData;

class PulseResponseTest {

    private final TextCipher cipher = TestCiphers.fresh();
    private final Programme programme = LearningSetTestData.set("Set A").getProgramme();

    @Test
    void scoresAreOneToFiveAndAnyQuestionMayBeLeftOut() {
        PulseResponse r = new PulseResponse(
                programme,
                3,
                Map.of(PulseItem.PEER_SUPPORT, 5, PulseItem.CONFIDENCE_NOW, 2),
                "Questions, not advice",
                cipher);
        assertEquals(5, r.score(PulseItem.PEER_SUPPORT));
        assertEquals(2, r.score(PulseItem.CONFIDENCE_NOW));
        assertNull(r.score(PulseItem.TIME_TO_REFLECT), "left out");
        assertEquals(3, r.getMeetingNumber());
        assertEquals("Questions, not advice", r.readTakeAway(cipher));

        Map<PulseItem, Integer> blank = new HashMap<>();
        blank.put(PulseItem.PEER_SUPPORT, null);
        assertEquals(
                "Answer at least one question; every question may be left out.",
                assertThrows(InvalidInputException.class, () -> new PulseResponse(programme, 1, blank, "  ", cipher))
                        .getMessage());
        assertThrows(
                InvalidInputException.class,
                () -> new PulseResponse(programme, 1, Map.of(PulseItem.ISSUE_MOVED_ON, 0), null, cipher));
        assertThrows(
                InvalidInputException.class,
                () -> new PulseResponse(programme, 1, Map.of(PulseItem.TAKE_AWAY, 3), null, cipher),
                "a free-text question has no score");
        assertThrows(
                InvalidInputException.class,
                () -> new PulseResponse(programme, 0, Map.of(PulseItem.PEER_SUPPORT, 3), null, cipher),
                "meetings are numbered from 1");
    }

    @Test
    void theTakeAwayIsReadBackWithTheKeyAndNotReEncryptedUnderTheSameKey() {
        PulseResponse r = new PulseResponse(programme, 1, Map.of(), "I am not the only one", cipher);
        assertEquals("I am not the only one", r.readTakeAway(cipher));
        assertFalse(r.reEncrypt(cipher), "already under the current key");
        assertThrows(RuntimeException.class, () -> r.readTakeAway(TestCiphers.fresh()), "another key cannot read it");
    }

    @Test
    void theLeadOffersThePulseAndAClosedProgrammeCannotOfferIt() {
        assertFalse(programme.offersBenefitsPulse(), "off at first");
        programme.offerBenefitsPulse(true);
        assertTrue(programme.offersBenefitsPulse());
        programme.close();
        assertThrows(StateException.class, () -> programme.offerBenefitsPulse(true));
        programme.offerBenefitsPulse(false);
        assertFalse(programme.offersBenefitsPulse(), "stopping is always possible");
    }
}
