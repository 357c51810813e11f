package org.learningsets.web.evaluation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.learningsets.ejb.evaluation.EvaluationForm.Question;

/**
 * A form of 1-to-5 questions (the evaluation and the benefits pulse), rendered by
 * /WEB-INF/includes/scale-questions.xhtml: the chosen point per question and each scale's points in words.
 */
public interface ScaleAnswers {

    /** A point of a scale: its value 1 to 5 and its words. */
    record Option(int value, String label) implements Serializable {}

    /** The point chosen per question's item name; a question left out has none. */
    Map<String, Integer> getScores();

    default List<Option> options(Question question) {
        return IntStream.range(0, question.labels().size())
                .mapToObj(i ->
                        new Option(i + 1, (i + 1) + ": " + question.labels().get(i)))
                .toList();
    }

    /** The answers given, without the questions left out. */
    default Map<String, Integer> given() {
        Map<String, Integer> given = new java.util.HashMap<>();
        getScores().forEach((item, score) -> {
            if (score != null) {
                given.put(item, score);
            }
        });
        return given;
    }
}
