package org.learningsets.web.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
 * Towards self-facilitation in the browser, on the demo data's self-facilitating Alumni Set: Maya Collins, on the
 * rota for today's meeting 2, signs in and runs the meeting by clicking (check-in, the agenda, a timed round) while
 * Noah Fletcher follows without the controls; then Maya is called away, Noah takes today's turn on the rota page,
 * her screen hands him the controls by itself, and he leads the process review and ends the meeting; last he gives
 * his meeting 3 to Priti Shah, once wrongly. The guide to the role shows on both pages; axe-core on each. No other
 * test uses this set.
 */
@ExtendWith(SharedMicro.class)
class RotaPagesIT {

    private static final String MAYA = "maya.collins@example.org";
    private static final String NOAH = "noah.fletcher@example.org";
    private static final String ISSUE = "Handing over to the ambulance service at shift change";

    private final URL base;

    RotaPagesIT(URL base) {
        this.base = base;
    }

    @Test
    void theMemberOnTheRotaRunsTodaysMeetingAndTheSetAdjustsItsRota() {
        try (Browser maya = Browser.signedIn(base, MAYA, null);
                Browser noah = Browser.signedIn(base, NOAH, null)) {
            openTodaysMeeting(noah);
            assertTrue(noah.find("#waiting").getText().contains("has not been started"));
            assertEquals(
                    "Maya Collins holds the facilitator's role for this meeting and starts it.",
                    noah.find("#rotaWaiting").getText());
            assertTrue(noah.driver().findElements(By.id("live:start")).isEmpty(), "not Noah's turn");
            assertTrue(noah.find("#roleGuide").getText().contains("Keep time."));

            openTodaysMeeting(maya);
            assertEquals("yours", maya.find("#rotaHolder").getText());
            String guide = maya.find("#roleGuide").getText();
            assertTrue(guide.contains("Hold the golden rules") && guide.contains("Lead the process review"), guide);
            Accessibility.assertNoViolations(maya);
            maya.startLiveMeeting();
            noah.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("checkInHeading")));
            assertTrue(noah.find("#runBy").getText().contains("Maya Collins"));
            assertTrue(
                    noah.driver()
                            .findElements(By.cssSelector("button[aria-label$='is here']"))
                            .isEmpty(),
                    "Noah follows; the controls are Maya's");

            List<String> members = maya.driver().findElements(By.cssSelector("#checkInTable tbody th")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(4, members.size(), members.toString());
            for (String name : members) {
                maya.pressByKeyboard("button[aria-label='" + name + " is here']");
            }
            maya.pressByKeyboard("button[id='live:toAgenda']");
            assertTrue(maya.find("#agendaDraft").getText().contains(ISSUE));
            maya.find("#agendaDraft input[type='number']").sendKeys(Keys.chord(Keys.CONTROL, "a"), "20", Keys.TAB);
            maya.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("agendaTotal"), "20 of 120 minutes booked"));
            maya.pressByKeyboard("button[id='live:bookAgenda']");
            maya.pressByKeyboard("button[aria-label='Start the round for \"" + ISSUE + "\"']");
            noah.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("goldenRules")));
            assertTrue(noah.find("#step").getText().contains("Presentation"));
            Accessibility.assertNoViolations(maya);

            maya.pressByKeyboard("button[id='live:nextStep']");
            noah.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("step"), "Questions"));
            maya.pressByKeyboard("button[id='live:nextStep']");
            maya.pressByKeyboard("button[id='live:nextStep']");
            maya.pressByKeyboard("button[id='live:nextStep']");
            maya.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookedAgenda"), "Done"));

            // Maya is called away: Noah takes today's turn on the rota page, and her screen hands him the controls.
            openRota(noah);
            List<WebElement> today = noah.driver().findElements(By.cssSelector("#rotaList li"));
            assertTrue(today.get(0).getText().contains("Meeting 2")
                    && today.get(0).getText().contains("Maya Collins"));
            new Select(noah.find("select[id$=':0:holder']")).selectByVisibleText("Noah Fletcher");
            noah.press("button[id$=':0:give']");
            assertTrue(
                    noah.find("#messages")
                            .getText()
                            .contains("Noah Fletcher holds the facilitator's role for meeting 2."),
                    noah.mainText());
            maya.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("rotaHolder"), "Noah Fletcher's"));
            assertTrue(maya.driver().findElements(By.id("live:toReview")).isEmpty(), "Maya follows now");
            openTodaysMeeting(noah);
            assertTrue(noah.find("#runBy").getText().contains("Noah Fletcher"));
            noah.pressByKeyboard("button[id='live:toReview']");
            maya.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("live:writeReview")));
            noah.pressByKeyboard("button[id='live:endMeeting']");
            maya.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("reviewHeading"), "The meeting has ended"));
            assertFalse(noah.mainText().contains("End the meeting"));

            // The rota, from Noah's set page: meeting 3 is his; he gives it to Priti, having first forgotten to choose.
            openRota(noah);
            List<WebElement> lines = noah.driver().findElements(By.cssSelector("#rotaList li"));
            assertTrue(
                    lines.get(0).getText().contains("Meeting 3")
                            && lines.get(0).getText().contains("Held by you"),
                    "meeting 2 is held, so off the rota: " + lines.get(0).getText());
            assertTrue(
                    lines.get(1).getText().contains("Held by Omar Farouk"),
                    lines.get(1).getText());
            Accessibility.assertNoViolations(noah);

            new Select(noah.find("select[id$=':0:holder']")).selectByVisibleText("Choose a member");
            noah.press("button[id$=':0:give']");
            assertTrue(
                    noah.find("#messages")
                            .getText()
                            .contains("Choose who holds the facilitator's role for Alumni Set, meeting 3."),
                    noah.mainText());
            new Select(noah.find("select[id$=':0:holder']")).selectByVisibleText("Priti Shah");
            noah.press("button[id$=':0:give']");
            assertTrue(
                    noah.find("#messages").getText().contains("Priti Shah holds the facilitator's role for meeting 3."),
                    noah.mainText());
            assertTrue(noah.find("#rotaList li").getText().contains("Held by Priti Shah"));
            Accessibility.assertNoViolations(noah);
        }
    }

    /** From the member's home page, the set page's link to the rota. */
    private void openRota(Browser browser) {
        openSetPage(browser);
        browser.find("a[id$='openRota']").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main h1"), "Rota: Alumni Set"));
    }

    /**
     * From the member's home page, through the set page, the live link of the Alumni Set's next meeting (meeting 2,
     * on the day the demo data was loaded). The set page links the set's next planned meeting whatever the date; the
     * home page lists meetings from today on, so a run that crosses midnight would find no link there.
     */
    private void openTodaysMeeting(Browser browser) {
        openSetPage(browser);
        browser.driver().findElement(By.linkText("Meeting 2 live")).click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main h1"), "Live: Alumni Set, meeting 2"));
    }

    /** The Alumni Set's page, from the member's home page. */
    private void openSetPage(Browser browser) {
        browser.open(base + "index.xhtml");
        browser.driver().findElement(By.linkText("Alumni Set")).click();
        browser.waitFor().until(ExpectedConditions.urlContains("sets/set.xhtml"));
    }
}
