package org.learningsets.web.it.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.DemoProgramme;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Co-facilitation as training as the demo people do it, by clicking and typing only after signing in: the programme
 * lead starts Owen Prescott as Fiona Gallagher's trainee in the Pathway Set (whose meeting earlier today counts), is
 * refused sign-off before the agreed meetings are held and ends that traineeship, starts one of a single meeting;
 * Owen and Fiona each write a reflection on Owen's record; the lead sees the counts, never the text, and signs Owen
 * off; Owen sees that he is signed off. Owen steps down from the set at the end (and at the start, after a run that
 * stopped half-way), so the demo data serves the next run; texts are unique per run.
 */
@ExtendWith(SharedMicro.class)
class TraineeshipPagesIT {

    private static final String PROGRAMME = "Urgent Care Facilitator Pathway";
    private static final String FIONA = "fiona.gallagher@example.org";
    private static final String OWEN = "owen.prescott@example.org";

    private final URL base;

    TraineeshipPagesIT(URL base) {
        this.base = base;
    }

    @Test
    void theLeadStartsATraineeshipBothReflectAndTheLeadSignsTheTraineeOff() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String ownReflection = "I held the check-in and kept time " + unique;
        String mentorReflection = "Owen let the silence work in the first round " + unique;

        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            openTraineeships(lead);
            assertEquals("Co-facilitation as training", lead.heading());
            leaveNothingOver(lead);
            Accessibility.assertNoViolations(lead);

            // Two meetings agreed, one held today: sign-off is refused with the numbers; that traineeship ends.
            start(lead, 2);
            WebElement card = inTraining(lead);
            assertTrue(card.getText().contains("1 of 2 meetings co-facilitated"), card.getText());
            lead.press("[id$=':signOff']");
            assertTrue(
                    lead.find("#messageList")
                            .getText()
                            .contains("Owen Prescott has co-facilitated 1 of the 2 meetings agreed"),
                    lead.find("#messageList").getText());
            lead.press("[id$=':end']");
            assertTrue(lead.find("#messageList").getText().contains("traineeship has ended"));

            start(lead, 1);
            card = inTraining(lead);
            assertTrue(card.getText().contains("Mentored by Fiona Gallagher"), card.getText());
            assertTrue(card.getText().contains("1 of 1 meetings co-facilitated"), card.getText());
            Accessibility.assertNoViolations(lead);
        }

        try (Browser owen = Browser.signedIn(base, OWEN, null)) {
            owen.openFromMenu("My development record");
            assertEquals("My development record", owen.heading());
            String training = owen.find("#traineeshipList").getText();
            assertTrue(training.contains("In training: co-facilitating Pathway Set with Fiona Gallagher"), training);
            write(owen, "Reflection on co-facilitating", ownReflection);
            Accessibility.assertNoViolations(owen);
        }

        try (Browser fiona = Browser.signedIn(base, FIONA, null)) {
            fiona.openFromMenu("My development record");
            fiona.find("#sharedList")
                    .findElement(By.linkText("Owen Prescott's development record"))
                    .click();
            fiona.waitFor()
                    .until(ExpectedConditions.textToBe(
                            By.cssSelector("main h1"), "Development record of Owen Prescott"));
            assertTrue(fiona.find("#entryList").getText().contains(ownReflection));
            write(fiona, "Mentor's reflection", mentorReflection);
            Accessibility.assertNoViolations(fiona);
        }

        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            openTraineeships(lead);
            WebElement card = inTraining(lead);
            assertTrue(
                    card.getText().contains("reflections written: 1 by the trainee, 1 by the mentor"), card.getText());
            assertFalse(lead.mainText().contains(unique), "the lead sees counts, never the reflections");
            lead.press("[id$=':signOff']");
            assertTrue(lead.find("#messageList").getText().contains("Owen Prescott is signed off as a facilitator."));
            assertTrue(lead.find("#traineeshipList li[data-status='SIGNED_OFF']")
                    .getText()
                    .contains("Signed off as a facilitator on"));
            Accessibility.assertNoViolations(lead);

            // Linked from the lead's home page.
            lead.driver().findElement(By.linkText("Home")).click();
            lead.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            WebElement assessments = lead.waitFor()
                    .until(ExpectedConditions.elementToBeClickable(By.linkText("Facilitator assessments")));
            assessments.click();
            lead.waitFor().until(Browser.gone(assessments));
            assertTrue(
                    lead.find("#signedOffList")
                            .getText()
                            .contains("Owen Prescott, who co-facilitated Pathway Set with Fiona Gallagher: signed off"),
                    lead.find("#signedOffList").getText());
            Accessibility.assertNoViolations(lead);
        }

        try (Browser owen = Browser.signedIn(base, OWEN, null)) {
            owen.openFromMenu("My development record");
            String latest = owen.find("#traineeshipList li").getText();
            assertTrue(
                    latest.startsWith("Signed off as a facilitator: co-facilitating Pathway Set with Fiona Gallagher"),
                    latest);
            assertTrue(latest.contains("Signed off as a facilitator on"), latest);
        }

        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            openTraineeships(lead);
            stepDownFromTheSet(lead);
        }
    }

    private static void openTraineeships(Browser lead) {
        DemoProgramme.link(lead, "traineeships", PROGRAMME).click();
        lead.waitFor().until(ExpectedConditions.urlContains("programmes/traineeships.xhtml"));
    }

    private static void start(Browser lead, int meetings) {
        new Select(lead.find("[id='start:set']")).selectByVisibleText("Pathway Set (mentor: Fiona Gallagher)");
        lead.type("[id='start:trainee']", OWEN);
        lead.type("[id='start:meetings']", Integer.toString(meetings));
        lead.press("[id='start:startTraineeship']");
        assertTrue(
                lead.find("#messageList").getText().contains("The traineeship has started"),
                lead.find("#messageList").getText());
    }

    private static WebElement inTraining(Browser lead) {
        return lead.find("#traineeshipList li[data-status='IN_TRAINING']");
    }

    /** After a run that stopped half-way: Owen's traineeship ends and he no longer co-facilitates the set. */
    private static void leaveNothingOver(Browser lead) {
        List<WebElement> training =
                lead.driver().findElements(By.cssSelector("#traineeshipList li[data-status='IN_TRAINING']"));
        if (!training.isEmpty()) {
            lead.press("[id$=':end']");
        }
        stepDownFromTheSet(lead);
    }

    /** From the traineeships page: Owen steps down on the Pathway Set's page, if he co-facilitates it. */
    private static void stepDownFromTheSet(Browser lead) {
        List<WebElement> setLinks = lead.driver().findElements(By.linkText("Pathway Set"));
        if (setLinks.isEmpty()) {
            return;
        }
        setLinks.get(0).click();
        lead.waitFor().until(ExpectedConditions.urlContains("programmes/set.xhtml"));
        List<WebElement> stepDown = lead.driver().findElements(By.cssSelector("button[id$='stepDown']"));
        for (WebElement button : stepDown) {
            if (button.getText().contains("Owen Prescott")) {
                button.click();
                lead.waitFor()
                        .until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("facilitators"), "Owen Prescott")));
                break;
            }
        }
        openTraineeships(lead);
    }

    private static void write(Browser browser, String kind, String text) {
        new Select(browser.find("[id='entry:kind']")).selectByVisibleText(kind);
        new Select(browser.find("[id='entry:competency']")).selectByVisibleText("None (a goal or reflection only)");
        browser.type("[id='entry:text']", text);
        browser.press("[id='entry:save']");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryList"), text));
    }
}
