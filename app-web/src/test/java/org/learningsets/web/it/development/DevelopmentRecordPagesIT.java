package org.learningsets.web.it.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The development record as the demo people use it, by clicking and typing only after signing in: Carolyn Robertson
 * writes a self-assessment and a goal and shares her record with Andy Mitchell as her assessor; Andy writes feedback
 * and marks the assessment done; Carolyn reads the feedback; the programme lead sees only that the assessment is done.
 * Carolyn sees that Andy opened her record. Carolyn stops sharing at the end, so the demo data is as it was apart from the entries (texts unique per run).
 */
@ExtendWith(SharedMicro.class)
class DevelopmentRecordPagesIT {

    private static final String ANDY = "andy.mitchell@example.org";
    private static final String COMPETENCY = "Listens actively";

    private final URL base;

    DevelopmentRecordPagesIT(URL base) {
        this.base = base;
    }

    @Test
    void aFacilitatorSharesHerRecordHerAssessorGivesFeedbackAndTheLeadSeesOnlyThatItIsDone() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String selfAssessment = "I rush to fill silences " + unique;
        String goal = "Hold a silence for ten seconds " + unique;
        String feedback = "You let the silence work " + unique;

        try (Browser carolyn = Browser.signedIn(base, DemoLogins.FACILITATOR, null)) {
            carolyn.openFromMenu("My development record");
            assertEquals("My development record", carolyn.heading());
            assertTrue(carolyn.find("#competencies").getText().contains("Evokes awareness"));
            write(carolyn, "Self-assessment", COMPETENCY, selfAssessment);
            write(carolyn, "Development goal", "None (a goal or reflection only)", goal);
            String entries = carolyn.find("#entryList").getText();
            assertTrue(entries.contains("Self-assessment: " + COMPETENCY) && entries.contains(selfAssessment), entries);
            assertTrue(entries.contains("Development goal") && entries.contains(goal), entries);

            // A member is no assessor: refused with the reason, by the email field.
            carolyn.type("[id='share:email']", DemoLogins.MEMBER);
            carolyn.press("[id='share:shareButton']");
            assertTrue(carolyn.mainText().contains("No facilitator or programme lead signs in as"));
            carolyn.type("[id='share:email']", ANDY);
            carolyn.press("[id='share:shareButton']");
            assertTrue(carolyn.find("#shareList").getText().contains("Andy Mitchell"));
            Accessibility.assertNoViolations(carolyn);
        }

        try (Browser andy = Browser.signedIn(base, ANDY, null)) {
            andy.openFromMenu("My development record");
            andy.find("#sharedList")
                    .findElement(By.linkText("Carolyn Robertson's development record"))
                    .click();
            andy.waitFor()
                    .until(ExpectedConditions.textToBe(
                            By.cssSelector("main h1"), "Development record of Carolyn Robertson"));
            assertTrue(andy.find("#entryList").getText().contains(selfAssessment));
            assertTrue(andy.driver().findElements(By.id("share:email")).isEmpty(), "sharing is Carolyn's alone");
            write(andy, "Written feedback", COMPETENCY, feedback);
            andy.press("[id='assessment:done']");
            assertTrue(andy.find("#assessmentState").getText().startsWith("Assessment done on"));
            Accessibility.assertNoViolations(andy);
        }

        try (Browser carolyn = Browser.signedIn(base, DemoLogins.FACILITATOR, null)) {
            carolyn.openFromMenu("My development record");
            String entries = carolyn.find("#entryList").getText();
            assertTrue(entries.contains("Written feedback: " + COMPETENCY) && entries.contains(feedback), entries);
            assertTrue(entries.contains("Andy Mitchell"), entries);
            assertTrue(carolyn.find("#assessmentState").getText().contains("by Andy Mitchell"));
            // Andy's opening of her record is audited, and she sees it.
            assertTrue(carolyn.find("#openedList").getText().contains("Andy Mitchell"));
        }

        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            lead.openFromMenu("Facilitator assessments");
            assertEquals("Facilitator assessments", lead.heading());
            WebElement row =
                    lead.find("#assessments").findElement(By.xpath(".//tr[th[normalize-space()='Carolyn Robertson']]"));
            assertTrue(row.getText().contains("Assessment done"), row.getText());
            String page = lead.mainText();
            assertFalse(page.contains(unique) || page.contains(COMPETENCY), "no text of the record: " + page);
            Accessibility.assertNoViolations(lead);
        }

        // Carolyn stops sharing; Andy's list no longer offers her record.
        try (Browser carolyn = Browser.signedIn(base, DemoLogins.FACILITATOR, null)) {
            carolyn.openFromMenu("My development record");
            carolyn.press("button[title='Stop sharing my record with Andy Mitchell']");
            assertTrue(carolyn.find("#noShares").isDisplayed());
        }
        try (Browser andy = Browser.signedIn(base, ANDY, null)) {
            andy.openFromMenu("My development record");
            assertTrue(andy.find("#noShared").isDisplayed());
        }
    }

    private static void write(Browser browser, String kind, String competency, String text) {
        new Select(browser.find("[id='entry:kind']")).selectByVisibleText(kind);
        new Select(browser.find("[id='entry:competency']")).selectByVisibleText(competency);
        browser.type("[id='entry:text']", text);
        browser.press("[id='entry:save']");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryList"), text));
    }
}
