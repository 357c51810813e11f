package org.learningsets.ejb.evaluation;

import java.io.Serializable;
import java.util.List;

/** The survey as a member answers it. {@code answered}: they already did (once only); {@code open}: it still takes answers. */
public record EvaluationForm(
        String programmeId, String programmeName, boolean open, boolean answered, List<Question> questions)
        implements Serializable {

    /** A question: the item's name, its wording, and the labels of points 1 to 5 (none for a free-text one). */
    public record Question(String item, String wording, List<String> labels) implements Serializable {

        public boolean scored() {
            return !labels.isEmpty();
        }
    }

    /** A survey waiting for the member's answer. */
    public record Invitation(String programmeId, String programmeName) {}
}
