package org.learningsets.model.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.confidentiality.TextIntegrityException;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;

class LearningLogEntryTest {

    private final Person author = new Person("Ben Carter", "ben.carter@example.org", new Organisation("Aintree"));
    private final TextCipher cipher = TestCiphers.fresh();

    @Test
    void anEntryNeedsAtLeastOneOfItsTwoQuestionsAnswered() {
        assertEquals(
                "Write what you learned, what you will do differently, or both.",
                assertThrows(
                                InvalidInputException.class,
                                () -> new LearningLogEntry(author, null, " ", null, Instant.now(), cipher))
                        .getMessage());
        assertEquals(
                "Ask first",
                new LearningLogEntry(author, null, null, " Ask first ", Instant.now(), cipher)
                        .readWhatIWillDoDifferently(cipher));
    }

    @Test
    void theAnswersAreStoredEncryptedAndBoundToTheirColumn() throws Exception {
        LearningLogEntry entry = new LearningLogEntry(author, null, "Listen first", "Ask more", Instant.now(), cipher);
        var stored = LearningLogEntry.class.getDeclaredField("whatILearned");
        stored.setAccessible(true);
        String ciphertext = (String) stored.get(entry);
        assertTrue(ciphertext.startsWith("v2:") && !ciphertext.contains("Listen"), ciphertext);
        var other = LearningLogEntry.class.getDeclaredField("whatIWillDoDifferently");
        other.setAccessible(true);
        other.set(entry, ciphertext); // the same ciphertext moved to the other column
        assertThrows(TextIntegrityException.class, () -> entry.readWhatIWillDoDifferently(cipher));
        assertEquals("Listen first", entry.readWhatILearned(cipher));
    }

    @Test
    void overlongTextIsRefusedWithItsLength() {
        String text = "x".repeat(4001);
        assertEquals(
                "What I learned must be at most 4000 characters (it has 4001).",
                assertThrows(
                                InvalidInputException.class,
                                () -> new LearningLogEntry(author, null, text, null, Instant.now(), cipher))
                        .getMessage());
    }
}
