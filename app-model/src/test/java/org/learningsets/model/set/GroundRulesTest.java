package org.learningsets.model.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;

class GroundRulesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final LearningSet set = LearningSetTestData.set("Set A");
    private final TextCipher cipher = TestCiphers.fresh();
    private final Person carolyn = new Person("Carolyn Robertson", "carolyn@example.org", new Organisation("E"));
    private final Person amira = new Person("Amira Khan", "amira@example.org", new Organisation("A"));

    @Test
    void aDraftChangesUntilPublishedAndIsNeverAgreedToBefore() {
        GroundRules draft = GroundRules.draft(set, 2, "Confidentiality.", T0, carolyn, cipher);
        assertFalse(draft.isPublished());
        assertThrows(
                StateException.class, () -> new GroundRulesAgreement(draft, amira, T0), "nobody agrees to a draft");
        draft.redraft("Confidentiality.\nTime.", T0.plusSeconds(60), carolyn, cipher);
        assertEquals("Confidentiality.\nTime.", draft.readText(cipher));
        draft.publish(T0.plusSeconds(120));
        assertTrue(draft.isPublished());
        assertEquals(T0.plusSeconds(120), draft.getPublishedAt());
        assertThrows(
                StateException.class,
                () -> draft.redraft("Something else.", T0, carolyn, cipher),
                "a published version never changes");
        assertThrows(StateException.class, () -> draft.publish(T0));
        new GroundRulesAgreement(draft, amira, T0.plusSeconds(180));
    }

    @Test
    void aVersionRecordedInOneStepIsPublishedAtOnce() {
        GroundRules rules = new GroundRules(set, 1, "Confidentiality.", T0, cipher);
        assertTrue(rules.isPublished());
        assertEquals(T0, rules.getPublishedAt());
    }
}
