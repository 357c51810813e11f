package org.learningsets.model.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;

class LearningLogEntryTest {

    private final Person author = new Person("Ben Carter", "ben.carter@example.org", new Organisation("Aintree"));

    @Test
    void anEntryNeedsAtLeastOneOfItsTwoQuestionsAnswered() {
        assertEquals("Write what you learned, what you will do differently, or both.",
                assertThrows(InvalidInputException.class,
                        () -> new LearningLogEntry(author, null, " ", null, Instant.now())).getMessage());
        assertEquals("Ask first", new LearningLogEntry(author, null, null, " Ask first ", Instant.now())
                .getWhatIWillDoDifferently());
    }

    @Test
    void overlongTextIsRefusedWithItsLength() {
        String text = "x".repeat(4001);
        assertEquals("What I learned must be at most 4000 characters (it has 4001).",
                assertThrows(InvalidInputException.class,
                        () -> new LearningLogEntry(author, null, text, null, Instant.now())).getMessage());
    }
}
