package org.learningsets.web.it.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.DemoProgramme;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The programme lead's evaluation and sponsor report pages on the demo programme: the lead opens the evaluation,
 * Chloe Davies (whom no other browser test uses) answers it, the lead sees one answer and nothing else
 * below K, and the sponsor report shows the same figures as its PDF, with no member's name in either. A member
 * asking for the report gets the refusal page. The lead offers the post-meeting benefits pulse; Daniel Okafor (used
 * by no other browser test) answers it under his set's first meeting, Chloe, who sent apologies, is not asked, and
 * the lead sees the count only. axe-core on every page.
 */
@ExtendWith(SharedMicro.class)
class ProgrammeLeadPagesIT {

    private final URL base;

    ProgrammeLeadPagesIT(URL base) {
        this.base = base;
    }

    @TempDir
    Path downloads;

    @Test
    void theLeadRunsTheEvaluationAndDownloadsANonAttributableSponsorReport() throws Exception {
        String evaluationPage;
        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            evaluationPage = DemoProgramme.openEvaluation(lead);
        }

        try (Browser chloe = Browser.signedIn(base, "chloe.davies@example.org", null)) {
            WebElement invitation = chloe.find("#evaluationList a");
            assertTrue(invitation.getText().startsWith("Evaluate "));
            invitation.click();
            chloe.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("anonymity")));
            Accessibility.assertNoViolations(chloe);
            // "Agree" (4) for the first question, a written answer, then send with the keyboard.
            chloe.driver()
                    .findElements(By.cssSelector("label[for$=':score:3']"))
                    .get(0)
                    .click();
            chloe.find("textarea[id='survey:difference']").sendKeys("Time to think, at last.");
            chloe.pressByKeyboard("button[id='survey:submit']");
            assertTrue(chloe.find("#answered").getText().contains("You have answered this evaluation"));
            assertTrue(chloe.mainText().contains("Thank you. Your answers are in, with no name attached."));
        }

        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, downloads)) {
            lead.open(evaluationPage);
            assertTrue(lead.find("#responseCount").getText().matches("(?s)\\d+ of \\d+ members have answered.*"));
            assertFalse(lead.mainText().contains("Time to think, at last."), "nothing shown below K");
            Accessibility.assertNoViolations(lead);

            lead.open(base + "index.xhtml");
            DemoProgramme.link(lead, "report").click();
            lead.waitFor().until(ExpectedConditions.urlContains("programmes/report.xhtml"));
            String summary = lead.find("#meetingsSummary").getText();
            assertTrue(summary.matches("\\d+ sets, \\d+ members\\. \\d+ meetings held, .*"), summary);
            assertTrue(lead.find("#setTable").getText().contains("Set A"));
            Accessibility.assertNoViolations(lead);

            Path pdf = lead.download("button[id='download:pdf']", ".pdf");
            PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append(' ');
            }
            reader.close();
            String all = text.toString().replaceAll("\\s+", " ");
            assertTrue(all.contains(summary.replaceAll("\\s+", " ")), "the PDF says what the page says: " + all);
            for (String name : new String[] {"Amira Khan", "Chloe Davies", "Carolyn Robertson", "Time to think"}) {
                assertFalse(all.contains(name) || lead.mainText().contains(name), "nothing attributable: " + name);
            }
            String report = lead.driver().getCurrentUrl();

            try (Browser member = Browser.signedIn(base, DemoLogins.MEMBER, null)) {
                member.open(report);
                assertEquals("You cannot open this", member.heading());
            }
        }
    }

    @Test
    void theLeadOffersTheBenefitsPulseAndAMemberAnswersItUnderAMeetingsReview() {
        String evaluationPage;
        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            DemoProgramme.link(lead, "evaluation").click();
            lead.waitFor().until(ExpectedConditions.urlContains("evaluation/results.xhtml"));
            evaluationPage = lead.driver().getCurrentUrl();
            lead.pressByKeyboard("button[id='pulseControls:offerPulse']");
            assertTrue(lead.mainText().contains("The benefits pulse is offered"), lead.mainText());
            assertTrue(lead.find("#pulseBelowThreshold").isDisplayed());
        }

        String reviewPage;
        try (Browser daniel = Browser.signedIn(base, "daniel.okafor@example.org", null)) {
            daniel.open(base + "learning/log.xhtml");
            daniel.find("#reviewList a").click();
            daniel.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("pulseAnonymity")));
            reviewPage = daniel.driver().getCurrentUrl();
            Accessibility.assertNoViolations(daniel);
            // "Agree" (4) for the first question, the confidence item left out, a take-away; sent with the keyboard.
            daniel.driver()
                    .findElements(By.cssSelector("#benefitsPulse label[for$=':score:3']"))
                    .get(0)
                    .click();
            daniel.find("textarea[id='pulse:takeAway']").sendKeys("Ask, do not advise.");
            daniel.pressByKeyboard("button[id='pulse:sendPulse']");
            assertTrue(daniel.mainText().contains("Thank you. Your pulse is in, with no name attached."));
            assertTrue(daniel.find("#pulseAnswered").getText().contains("cannot be changed"));
        }

        try (Browser chloe = Browser.signedIn(base, "chloe.davies@example.org", null)) {
            chloe.open(reviewPage);
            assertTrue(
                    chloe.find("#pulseNotThere").getText().contains("not marked as there"),
                    "Chloe sent apologies for that meeting");
        }

        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            lead.open(evaluationPage);
            assertTrue(
                    lead.find("#pulseCount").getText().startsWith("1 answer"),
                    lead.find("#pulseCount").getText());
            assertTrue(lead.find("#pulseBelowThreshold").getText().contains("2 more needed"));
            assertFalse(lead.mainText().contains("Ask, do not advise."), "nothing shown below K");
            Accessibility.assertNoViolations(lead);
        }
    }

    @Test
    void theLeadSetsUpAProgrammeStepByStep() {
        String name =
                "Leadership circle " + java.util.UUID.randomUUID().toString().substring(0, 8);
        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            lead.find("a[id$='newProgramme']").click();
            lead.waitFor().until(ExpectedConditions.urlContains("programmes/new.xhtml"));
            Accessibility.assertNoViolations(lead);
            next(lead);
            assertTrue(
                    lead.find(".app-messages").getText().contains("Give the programme a name"),
                    "step 1 checks its fields before moving on");
            lead.find("input[id='wizard:name']").sendKeys(name);
            lead.find("input[id='wizard:sponsor']").sendKeys("Northern Care Alliance");
            next(lead);

            assertTrue(lead.find("#stepHeading").getText().contains("Meetings"));
            typeDate(lead, "wizard:start", "2027-09-01");
            typeDate(lead, "wizard:end", "2027-03-01");
            next(lead);
            assertTrue(lead.find(".app-messages").getText().contains("an end date after it"));
            typeDate(lead, "wizard:end", "2028-06-30");
            next(lead);
            next(lead);

            assertTrue(lead.find("#stepHeading").getText().contains("Themes"));
            lead.find("textarea[id='wizard:themes']").sendKeys("Patient flow", Keys.ENTER, "Workforce", Keys.ENTER);
            next(lead);
            assertTrue(lead.find("#evaluationQuestions").getText().contains("not the only one"));
            assertEquals(
                    "2028-06-02",
                    lead.find("input[id='wizard:opensOn']").getAttribute("value"),
                    "four weeks before the last day, by default");
            Accessibility.assertNoViolations(lead);
            next(lead);

            String review = lead.find("#review").getText();
            assertTrue(
                    review.contains(name + ", for Northern Care Alliance")
                            && review.contains("Patient flow, Workforce"),
                    review);
            assertEquals(
                    "not offered (you can offer it later)",
                    lead.find("#reviewPulse").getText(),
                    "the benefits pulse is opt-in");
            WebElement back = lead.find("button[id='wizard:back']");
            back.click();
            lead.waitFor().until(Browser.gone(back));
            assertEquals(
                    "2028-06-02",
                    lead.find("input[id='wizard:opensOn']").getAttribute("value"),
                    "Back keeps what was typed");
            next(lead);
            WebElement create = lead.find("button[id='wizard:create']");
            create.click();
            lead.waitFor().until(ExpectedConditions.urlContains("programmes/programme.xhtml"));
            assertTrue(
                    lead.mainText()
                            .contains(name + " is set up with 2 themes; its evaluation opens on " + "2 June 2028."),
                    lead.mainText());
            assertEquals(name, lead.heading(), "the new programme's own page");
            DemoProgramme.link(lead, "evaluation", name).click();
            assertTrue(lead.find("#opensLater").getText().contains("2 Jun 2028"), lead.mainText());
        }
    }

    private static void next(Browser browser) {
        WebElement next = browser.find("button[id='wizard:next']");
        next.click();
        browser.waitFor().until(Browser.gone(next));
    }

    /** Date inputs take the date in the browser's locale order; typing through a script sets the ISO value. */
    private static void typeDate(Browser browser, String id, String isoDate) {
        WebElement input = browser.find("input[id='" + id + "']");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }
}
