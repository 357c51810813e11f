package org.learningsets.model.evaluation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.evaluation.EvaluationItem.Scale;

/** A question of a survey (the end-of-programme evaluation, the benefits pulse): its wording and its scale. */
public interface SurveyItem {

    String name();

    String getWording();

    Scale getScale();

    default boolean isScored() {
        return getScale() != Scale.FREE_TEXT;
    }

    /** The scores given, checked: scored questions only, each 1 to 5; a question left out (null) is dropped. */
    static <I extends Enum<I> & SurveyItem> Map<I, Integer> checked(Class<I> type, Map<I, Integer> scores) {
        Map<I, Integer> checked = new EnumMap<>(type);
        Checks.required(scores, "Scores").forEach((item, score) -> {
            if (!item.isScored()) {
                throw new InvalidInputException("\"" + item.getWording() + "\" is answered in words.");
            }
            if (score != null) {
                checked.put(item, Checks.between(score, 1, 5, "The answer to \"" + item.getWording() + "\""));
            }
        });
        return checked;
    }

    /** The scores of one answer, from its score per question (null: left out). */
    static <I extends Enum<I> & SurveyItem> Map<I, Integer> answered(Class<I> type, Function<I, Integer> score) {
        Map<I, Integer> scores = new EnumMap<>(type);
        for (I item : EnumSet.allOf(type)) {
            if (item.isScored() && score.apply(item) != null) {
                scores.put(item, score.apply(item));
            }
        }
        return scores;
    }

    /** The question of this name, as a form posts it. */
    static <I extends Enum<I> & SurveyItem> I named(Class<I> type, String name) {
        return EnumSet.allOf(type).stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("The survey has no question called " + name + "."));
    }
}
