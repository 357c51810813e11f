package org.learningsets.model.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSetTestData;

class EvaluationResponseTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 1);

    private final TextCipher cipher = TestCiphers.fresh();
    private final EvaluationSurvey survey = new EvaluationSurvey(
            LearningSetTestData.set("Set A").getProgramme(),
            new Person("Morgan Ellis", "lead@example.org", new Organisation("NHS Elect")),
            Instant.now(),
            TODAY);

    @Test
    void scoresAreOneToFiveAndAnyQuestionMayBeLeftOut() {
        EvaluationResponse r = new EvaluationResponse(
                survey,
                TODAY,
                Map.of(
                        EvaluationItem.PEER_SUPPORT,
                        5,
                        EvaluationItem.CONFIDENCE_BEFORE,
                        2,
                        EvaluationItem.CONFIDENCE_AFTER,
                        4),
                null,
                "Fewer forms",
                cipher);
        assertEquals(5, r.score(EvaluationItem.PEER_SUPPORT));
        assertNull(r.score(EvaluationItem.TIME_TO_REFLECT), "left out");
        assertEquals("Fewer forms", r.readWhatToChange(cipher));
        assertNull(r.readDifferenceMade(cipher));

        Map<EvaluationItem, Integer> blank = new HashMap<>();
        blank.put(EvaluationItem.PEER_SUPPORT, null);
        assertEquals(
                "Answer at least one question; every question may be left out.",
                assertThrows(
                                InvalidInputException.class,
                                () -> new EvaluationResponse(survey, TODAY, blank, " ", null, cipher))
                        .getMessage());
        assertThrows(
                InvalidInputException.class,
                () -> new EvaluationResponse(
                        survey, TODAY, Map.of(EvaluationItem.TIME_TO_REFLECT, 6), null, null, cipher));
        assertThrows(
                InvalidInputException.class,
                () -> new EvaluationResponse(
                        survey, TODAY, Map.of(EvaluationItem.DIFFERENCE_MADE, 3), null, null, cipher),
                "a free-text question has no score");
    }

    @Test
    void freeTextIsStoredEncryptedAndBoundToItsRow() {
        EvaluationResponse r = new EvaluationResponse(survey, TODAY, Map.of(), "I stopped feeling alone", null, cipher);
        assertEquals("I stopped feeling alone", r.readDifferenceMade(cipher));
    }

    @Test
    void aSurveyTakesAnswersFromItsOpeningDateAndCanBeOpenedEarly() {
        EvaluationSurvey later = new EvaluationSurvey(
                LearningSetTestData.set("Set A").getProgramme(),
                new Person("Morgan Ellis", "lead@example.org", new Organisation("NHS Elect")),
                Instant.now(),
                TODAY.plusDays(10));
        assertEquals(
                "The evaluation of " + later.getProgramme().getName() + " opens on 2027-05-11.",
                assertThrows(
                                StateException.class,
                                () -> new EvaluationResponse(
                                        later, TODAY, Map.of(EvaluationItem.PEER_SUPPORT, 4), null, null, cipher))
                        .getMessage());
        later.openNow(TODAY);
        assertEquals(
                4,
                new EvaluationResponse(later, TODAY, Map.of(EvaluationItem.PEER_SUPPORT, 4), null, null, cipher)
                        .score(EvaluationItem.PEER_SUPPORT));
        assertThrows(StateException.class, () -> later.openNow(TODAY), "already open");
    }

    @Test
    void aClosedSurveyTakesNoAnswers() {
        survey.close(Instant.now());
        assertThrows(
                StateException.class,
                () -> new EvaluationResponse(
                        survey, TODAY, Map.of(EvaluationItem.PEER_SUPPORT, 4), null, null, cipher));
        assertThrows(StateException.class, () -> survey.close(Instant.now()));
    }
}
