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
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Observation of a demo meeting, by clicking and typing only after signing in: Yusuf Adler invites the assessor
 * Helena Brooks to observe the first Estuary Set meeting still open for it; Tobias Reed, Una Bhatt and Victor Hale
 * each agree on it from their preparation page, and Tobias bids for time; Yusuf starts the meeting; Helena follows its
 * process at check-in, and again once Yusuf has booked the agenda and started Tobias's round (the step, its minutes and
 * who holds the airtime, never the issue), is warned when her text names a member, takes the name out and saves;
 * Yusuf reads the observation in his development record.
 * These demo people are this class's alone. Each run uses one more of the set's six meetings (and leaves it running),
 * with texts unique to the run.
 */
@ExtendWith(SharedMicro.class)
class ObservationPagesIT {

    private static final String YUSUF = "yusuf.adler@example.org";
    private static final String HELENA = "helena.brooks@example.org";
    private static final List<String> MEMBERS =
            List.of("tobias.reed@example.org", "una.bhatt@example.org", "victor.hale@example.org");
    private static final String SET = "Estuary Set";
    private static final String COMPETENCY = "Listens actively";
    private static final String TOBIAS = "Tobias Reed";

    private final URL base;

    ObservationPagesIT(URL base) {
        this.base = base;
    }

    @Test
    void anAssessorObservesAMeetingEveryMemberAgreedToAndTheFacilitatorReadsTheObservation() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String observation = "Held the silence after each question and kept to time " + unique;
        String issue = "Discharge letters waiting for a signature " + unique;
        int number;

        try (Browser yusuf = Browser.signedIn(base, YUSUF, null)) {
            number = inviteForTheFirstOpenMeeting(yusuf);
            assertTrue(yusuf.find("#observationState").getText().contains("Waiting for every member to answer"));
            assertTrue(yusuf.find("#observationState").getText().contains("0 of 3 members have answered"));
            Accessibility.assertNoViolations(yusuf);
        }

        for (String email : MEMBERS) {
            try (Browser member = Browser.signedIn(base, email, null)) {
                openPreparation(member, number);
                assertTrue(member.find("#observationRequest").getText().contains("Helena Brooks is invited"));
                member.press("#answerObservation");
                assertEquals("Observation: " + SET + ", meeting " + number, member.heading());
                assertTrue(member.find("#myAnswer").getText().contains("You have not answered yet."));
                Accessibility.assertNoViolations(member);
                member.press("[id='answer:agree']");
                assertEquals("Your answer: Agreed.", member.find("#myAnswer").getText());
                if (email.equals(MEMBERS.get(0))) {
                    bid(member, number, issue);
                }
            }
        }

        try (Browser yusuf = Browser.signedIn(base, YUSUF, null)) {
            openFromSet(yusuf, "#meetingRows", "Run meeting " + number, "Live: " + SET + ", meeting " + number);
            yusuf.startLiveMeeting();
            yusuf.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("runBy")));
            String live = yusuf.driver().getCurrentUrl();

            try (Browser helena = Browser.signedIn(base, HELENA, null)) {
                openObservation(helena, number);
                assertTrue(helena.find("#observationState").getText().contains("Going ahead"));
                assertTrue(
                        helena.find("#stages").getText().contains("Check-in (now)"),
                        helena.find("#stages").getText());
                assertTrue(helena.find("#processLine").getText().contains("run by Yusuf Adler"));
                assertTrue(helena.find("#people").getText().contains(TOBIAS + ": not marked yet"));
                assertTrue(helena.find("#noRounds").isDisplayed());
                Accessibility.assertNoViolations(helena);

                yusuf.open(live);
                // Check-in: the three who agreed are here, the rest of the set absent.
                List<String> names = yusuf.driver().findElements(By.cssSelector("#checkInTable tbody th")).stream()
                        .map(WebElement::getText)
                        .toList();
                for (String name : names) {
                    boolean here = List.of(TOBIAS, "Una Bhatt", "Victor Hale").contains(name);
                    yusuf.pressByKeyboard("button[aria-label='" + name + (here ? " is here" : " is absent") + "']");
                }
                yusuf.pressByKeyboard("button[id='live:toAgenda']");
                assertTrue(yusuf.find("#agendaDraft").getText().contains(issue), "Tobias's bid is on the draft agenda");
                WebElement minutes = yusuf.find("#agendaDraft input[type='number']");
                minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20", Keys.TAB);
                yusuf.waitFor()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("agendaTotal"), "20 of"));
                yusuf.pressByKeyboard("button[id='live:bookAgenda']");
                yusuf.pressByKeyboard("button[aria-label='Start the round for \"" + issue + "\"']");

                // The observer follows the process, never the content: the running step and whose airtime it is.
                helena.find("#refresh").click();
                helena.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("currentStep")));
                assertTrue(
                        helena.find("#currentStep").getText().startsWith("Round step: Presentation, 6 minutes"),
                        "6 of the round's 20 minutes: "
                                + helena.find("#currentStep").getText());
                assertTrue(
                        helena.find("#stages").getText().contains("Rounds (now)"),
                        helena.find("#stages").getText());
                String rounds = helena.find("#rounds").getText();
                assertTrue(rounds.contains(TOBIAS) && rounds.contains("20 min"), rounds);
                assertTrue(
                        helena.find("#people").getText().contains(TOBIAS + ": Present"),
                        helena.find("#people").getText());
                assertFalse(helena.mainText().contains(issue), "an observer never sees what a member brings");
                Accessibility.assertNoViolations(helena);
            }
        }

        try (Browser helena = Browser.signedIn(base, HELENA, null)) {
            openObservation(helena, number);
            new Select(helena.find("[id='feedback:competency']")).selectByVisibleText(COMPETENCY);
            WebElement text = helena.find("[id='feedback:text']");
            text.sendKeys("Gave tobias room to think. " + observation);
            helena.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("namesWarningText"), "Your text names Tobias"));
            Accessibility.assertNoViolations(helena);
            helena.press("[id='feedback:save']");
            assertTrue(helena.mainText().contains("Your text names Tobias"), "refused while it names him");
            WebElement again = helena.find("[id='feedback:text']");
            again.clear();
            again.sendKeys(observation);
            again.sendKeys(Keys.SPACE);
            helena.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("namesWarningText")));
            new Select(helena.find("[id='feedback:competency']")).selectByVisibleText(COMPETENCY);
            helena.press("[id='feedback:save']");
            assertTrue(helena.mainText().contains("Your observation is saved in Yusuf Adler's development record."));
        }

        try (Browser yusuf = Browser.signedIn(base, YUSUF, null)) {
            yusuf.openFromMenu("My development record");
            String entries = yusuf.find("#entryList").getText();
            assertTrue(entries.contains("Observation: " + COMPETENCY) && entries.contains(observation), entries);
            assertTrue(entries.contains("Helena Brooks"), entries);
            assertFalse(entries.contains("tobias"), entries);
        }
    }

    /**
     * From the set's page, the first meeting whose observation page still offers the invitation (an earlier run on
     * the same server used the ones before it); invites Helena there and returns the meeting's number.
     */
    private int inviteForTheFirstOpenMeeting(Browser yusuf) {
        for (int n = 1; n <= 6; n++) {
            openSet(yusuf);
            List<WebElement> prepare = yusuf.find("#meetingRows").findElements(By.linkText("Prepare meeting " + n));
            if (prepare.isEmpty()) {
                continue;
            }
            prepare.get(0).click();
            yusuf.press("#observationLink");
            assertEquals("Observation: " + SET + ", meeting " + n, yusuf.heading());
            if (yusuf.driver().findElements(By.id("invite:email")).isEmpty()) {
                continue;
            }
            Accessibility.assertNoViolations(yusuf);
            WebElement email = yusuf.find("[id='invite:email']");
            email.sendKeys("tobias.reed@example.org");
            yusuf.press("[id='invite:inviteButton']");
            assertTrue(
                    yusuf.mainText().contains("No facilitator or programme lead signs in as"),
                    "a member is no assessor");
            email = yusuf.find("[id='invite:email']");
            email.clear();
            email.sendKeys(HELENA);
            yusuf.press("[id='invite:inviteButton']");
            assertTrue(yusuf.find("#observationSummary").getText().contains("Helena Brooks is invited"));
            return n;
        }
        throw new AssertionError("No meeting of " + SET + " is left to invite an observer to.");
    }

    /** From her development record, the observation page of the meeting she observes. */
    private static void openObservation(Browser helena, int number) {
        helena.openFromMenu("My development record");
        helena.find("#observingList")
                .findElement(By.linkText("Observe " + SET + ", meeting " + number))
                .click();
        helena.waitFor()
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("main h1"), "Observation: " + SET + ", meeting " + number));
    }

    /** From the set's page, the member bids 20 minutes of the meeting for a new issue. */
    private void bid(Browser member, int number, String issue) {
        openPreparation(member, number);
        member.find("[id='bid:title']").sendKeys(issue);
        member.find("[id='bid:minutes']").sendKeys("20");
        member.press("[id='bid:submitBid']");
        assertTrue(member.mainText().contains("Your bid for 20 minutes is on the draft agenda."), member.mainText());
    }

    /** From the set's page, the member's preparation page of the meeting. */
    private void openPreparation(Browser member, int number) {
        openFromSet(member, "#meetingTable", "Prepare meeting " + number, "Prepare " + SET + ", meeting " + number);
    }

    /** From the set's page, the link in its table of meetings, to the page with that heading. */
    private void openFromSet(Browser browser, String table, String link, String heading) {
        openSet(browser);
        browser.find(table).findElement(By.linkText(link)).click();
        browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), heading));
    }

    private void openSet(Browser browser) {
        browser.open(base + "index.xhtml");
        browser.find("main").findElement(By.linkText(SET)).click();
        browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), SET));
    }
}
