package org.learningsets.model.development;

import java.io.Serializable;
import java.time.Instant;

/** What a programme lead sees of a development record: whose, and when its assessment was done (null: not yet). */
public record AssessmentStatus(String facilitatorName, Instant assessmentDoneAt) implements Serializable {

    public boolean done() {
        return assessmentDoneAt != null;
    }
}
