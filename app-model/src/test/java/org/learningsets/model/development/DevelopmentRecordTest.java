package org.learningsets.model.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.confidentiality.TextIntegrityException;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;

class DevelopmentRecordTest {

    private final Person facilitator =
            new Person("Carolyn Robertson", "carolyn.robertson@example.org", new Organisation("Aintree"));
    private final Person assessor = new Person("Andy Mitchell", "andy.mitchell@example.org", new Organisation("Leeds"));
    private final TextCipher cipher = TestCiphers.fresh();
    private final CompetencyFramework framework = new CompetencyFramework("ICF core competencies");
    private final Competency listens =
            new Competency(framework, 1, "Listens actively", "Hears what is said\n\n  Reflects back  \n");
    private final DevelopmentRecord record = new DevelopmentRecord(facilitator, framework, Instant.now());

    @Test
    void behavioursAreOneALineWithBlankLinesDropped() {
        assertEquals(List.of("Hears what is said", "Reflects back"), listens.behaviourList());
        assertEquals(
                "Write the competency's behaviours, one a line.",
                assertThrows(InvalidInputException.class, () -> listens.describe("Listens actively", " \n "))
                        .getMessage());
    }

    @Test
    void onlyAGoalMayStandWithoutACompetency() {
        assertEquals(
                "Choose the competency this is about.",
                assertThrows(
                                InvalidInputException.class,
                                () -> new DevelopmentEntry(
                                        record, null, EntryKind.FEEDBACK, "Good", assessor, Instant.now(), cipher))
                        .getMessage());
        DevelopmentEntry goal = new DevelopmentEntry(
                record, null, EntryKind.GOAL, " Hold silence ", facilitator, Instant.now(), cipher);
        assertEquals("Hold silence", goal.readText(cipher));
        assertNull(goal.getCompetency());
    }

    @Test
    void theTextIsStoredEncryptedAndBoundToItsRow() throws Exception {
        DevelopmentEntry one = new DevelopmentEntry(
                record, listens, EntryKind.FEEDBACK, "You waited well", assessor, Instant.now(), cipher);
        DevelopmentEntry two =
                new DevelopmentEntry(record, listens, EntryKind.FEEDBACK, "Other", assessor, Instant.now(), cipher);
        var stored = DevelopmentEntry.class.getDeclaredField("text");
        stored.setAccessible(true);
        String ciphertext = (String) stored.get(one);
        assertTrue(ciphertext.startsWith("v2:") && !ciphertext.contains("waited"), ciphertext);
        stored.set(two, ciphertext); // one row's ciphertext moved to another row
        assertThrows(TextIntegrityException.class, () -> two.readText(cipher));
    }

    @Test
    void overlongOrBlankTextIsRefused() {
        assertEquals(
                "The text is required.",
                assertThrows(
                                InvalidInputException.class,
                                () -> new DevelopmentEntry(
                                        record,
                                        listens,
                                        EntryKind.SELF_ASSESSMENT,
                                        " ",
                                        facilitator,
                                        Instant.now(),
                                        cipher))
                        .getMessage());
        assertEquals(
                "The text must be at most 4000 characters (it has 4001).",
                assertThrows(
                                InvalidInputException.class,
                                () -> new DevelopmentEntry(
                                        record,
                                        listens,
                                        EntryKind.SELF_ASSESSMENT,
                                        "x".repeat(4001),
                                        facilitator,
                                        Instant.now(),
                                        cipher))
                        .getMessage());
    }

    @Test
    void aRecordIsNotSharedWithItsOwnFacilitator() {
        assertThrows(InvalidInputException.class, () -> new RecordShare(record, facilitator, Instant.now()));
        assertEquals(assessor, new RecordShare(record, assessor, Instant.now()).getPerson());
    }
}
