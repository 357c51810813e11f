package org.learningsets.ejb.evaluation;

import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.evaluation.EvaluationForm.Question;

/**
 * The benefits pulse for one held meeting as a member sees it. {@code offered}: the programme asks it;
 * {@code answered}: the caller already did (once only, as answers are anonymous); {@code wasThere}: the caller was
 * not marked absent or away, as the pulse asks about the meeting itself.
 */
public record PulseForm(
        String meetingId,
        String programmeName,
        int meetingNumber,
        boolean offered,
        boolean answered,
        boolean wasThere,
        List<Question> questions)
        implements Serializable {

    /** Whether the form is shown: offered, not yet answered, and the caller was there. */
    public boolean askable() {
        return offered && !answered && wasThere;
    }
}
