package org.learningsets.model.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Theme;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.LearningSetTestData;

class ThemeConsentTest {

    private final Person amira = new Person("Amira Khan", "amira.khan@example.org", new Organisation("Aintree"));
    private final LearningSet set = LearningSetTestData.set("Set A");
    private final Instant t0 = Instant.parse("2027-02-01T10:00:00Z");

    @Test
    void consentIsWithdrawnOnceAndCanBeGivenAgain() {
        ThemeConsent consent = new ThemeConsent(set, amira, t0);
        assertTrue(consent.isInForce());
        assertEquals(
                "You have already given consent for this set.",
                assertThrows(StateException.class, () -> consent.renew(t0)).getMessage());
        consent.withdraw(t0.plusSeconds(60));
        assertFalse(consent.isInForce());
        assertEquals(t0.plusSeconds(60), consent.getWithdrawnAt());
        assertEquals(
                "Your consent for this set is already withdrawn.",
                assertThrows(StateException.class, () -> consent.withdraw(t0)).getMessage());
        consent.renew(t0.plusSeconds(120));
        assertTrue(consent.isInForce());
        assertNull(consent.getWithdrawnAt());
        assertEquals(t0.plusSeconds(120), consent.getGivenAt());
    }

    @Test
    void anIssueIsTaggedOnlyWithItsOwnProgrammesThemes() {
        Issue issue = new Issue(set, amira, "Handover", null, t0, TestCiphers.fresh());
        assertEquals(
                "Patient flow",
                new IssueTheme(issue, new Theme(set.getProgramme(), "Patient flow"), amira, t0)
                        .getTheme()
                        .getName());
        LearningSet elsewhere = LearningSetTestData.otherProgrammeSet("Set Z");
        Theme foreign = new Theme(elsewhere.getProgramme(), "Estates");
        assertEquals(
                "Choose a theme from this set's programme.",
                assertThrows(InvalidInputException.class, () -> new IssueTheme(issue, foreign, amira, t0))
                        .getMessage());
    }
}
