package org.learningsets.web.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A whole meeting in live meeting mode, in three separate browser sessions: Andy Mitchell runs demo Set B's second
 * meeting while Harry Wilson (who bid for time) and Grace Thompson follow it on their own screens, which change by
 * themselves through the websocket. Covers check-in with attendance and last time's actions, booking the agenda,
 * a timed round (the timer counts down and survives a reload), the golden rules, the issue holder capturing his
 * action, the process review and the end; then Andy makes Set B self-facilitating, and Grace, first on its
 * default rota, starts meeting 3 while Harry follows. axe-core on each stage. No other browser test runs Set B's meetings.
 */
@ExtendWith(SharedMicro.class)
class LiveMeetingPagesIT {

    private static final String HARRY = "Harry Wilson";
    private static final String GRACE = "Grace Thompson";
    private static final String ISSUE = "Weekend cover for ambulatory care";
    private static final Pattern TIME_LEFT = Pattern.compile("(\\d+):(\\d\\d) left");

    private final URL base;

    LiveMeetingPagesIT(URL base) {
        this.base = base;
    }

    @Test
    void aFacilitatorRunsAWholeMeetingWhileTwoMembersFollowOnTheirOwnScreens() {
        try (Browser andy = Browser.signedIn(base, "andy.mitchell@example.org", null);
                Browser harry = Browser.signedIn(base, "harry.wilson@example.org", null);
                Browser grace = Browser.signedIn(base, "grace.thompson@example.org", null)) {
            andy.find("a[href*='meetings/live']").click();
            andy.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("main h1"), "Live: Set B, meeting 2"));
            String live = andy.driver().getCurrentUrl();
            harry.open(live);
            grace.open(live);
            assertTrue(harry.find("#waiting").getText().contains("has not been started"));
            Accessibility.assertNoViolations(harry);

            boolean early = start(andy);
            for (Browser follower : List.of(harry, grace)) {
                follower.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("checkInHeading")));
            }
            harry.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("checkInTable"), "Cost a six-month weekend pilot"));
            assertTrue(harry.find("#runBy").getText().contains("Andy Mitchell"));
            assertEquals(
                    early,
                    !harry.driver().findElements(By.id("startedEarly")).isEmpty(),
                    "an early start is recorded and shown to everyone");
            assertTrue(harry.find("#meetingState").getText().startsWith("In progress"), "never \"Planned\" while live");
            assertTrue(
                    harry.driver()
                            .findElements(By.cssSelector("button[aria-label$='is here']"))
                            .isEmpty(),
                    "members follow; only the person running the meeting has the controls");

            List<String> members = andy.driver().findElements(By.cssSelector("#checkInTable tbody th")).stream()
                    .map(WebElement::getText)
                    .toList();
            WebElement gracesLine = grace.find("#meetingLine");
            for (String name : members) {
                boolean here = name.equals(HARRY) || name.equals(GRACE);
                andy.pressByKeyboard("button[aria-label='" + name + (here ? " is here" : " is absent") + "']");
            }
            grace.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkInTable"), "Absent"));
            assertFalse(
                    ExpectedConditions.stalenessOf(gracesLine).apply(grace.driver()),
                    "a mark draws the check-in table again, not the rest of the page");
            Accessibility.assertNoViolations(andy);

            andy.pressByKeyboard("button[id='live:toAgenda']");
            assertTrue(andy.find("#agendaDraft").getText().contains(ISSUE));
            WebElement minutes = andy.find("#agendaDraft input[type='number']");
            minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20", Keys.TAB);
            andy.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("agendaTotal"), "20 of 120 minutes booked"));
            Accessibility.assertNoViolations(andy);
            andy.pressByKeyboard("button[id='live:bookAgenda']");

            andy.pressByKeyboard("button[aria-label='Start the round for \"" + ISSUE + "\"']");
            harry.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("goldenRules")));
            assertTrue(harry.find("#goldenRules")
                    .getText()
                    .contains("No advice or suggestions unless the issue " + "holder asks."));
            assertTrue(harry.find("#step").getText().contains("Presentation"));
            int first = secondsLeft(harry);
            assertTrue(first > 300 && first <= 360, "6 of 20 minutes for the airtime: " + first);
            harry.waitFor().until(d -> secondsLeft(harry) < first);
            harry.open(live);
            int afterReload = secondsLeft(harry);
            assertTrue(
                    afterReload < first && afterReload > first - 30,
                    "the timer ran on through the reload: " + first + " then " + afterReload);
            andy.open(live);
            assertTrue(andy.find("#roundControls").isDisplayed(), "Andy resumes with the controls after a reload");
            Accessibility.assertNoViolations(andy);

            // A timer click: the other screens draw the step's figures alone (nothing of the page is drawn again,
            // not even the round), and show it paused, then running again.
            WebElement gracesStages = grace.find("#stages");
            WebElement gracesRound = grace.find("#round");
            andy.pressByKeyboard("button[id='live:pause']");
            grace.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("pausedNotice")));
            assertEquals("true", grace.find("#timer").getAttribute("data-paused"));
            assertFalse(
                    ExpectedConditions.stalenessOf(gracesStages).apply(grace.driver()),
                    "the rest of the page is not drawn again");
            assertFalse(
                    ExpectedConditions.stalenessOf(gracesRound).apply(grace.driver()),
                    "a screen without controls follows a timer click from the timer's figures");
            int pausedAt = secondsLeft(grace);
            assertTrue(Math.abs(pausedAt - secondsLeft(andy)) <= 2, "the same time on both screens: " + pausedAt);
            assertTimerAnswers(grace, gracesRound.getAttribute("data-round"));
            andy.pressByKeyboard("button[id='live:resume']");
            grace.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("pausedNotice")));
            assertEquals("false", grace.find("#timer").getAttribute("data-paused"));
            andy.pressByKeyboard("button[id='live:addMinute']");
            grace.waitFor().until(d -> secondsLeft(grace) > pausedAt + 50);
            assertFalse(ExpectedConditions.stalenessOf(gracesRound).apply(grace.driver()));

            // The round's next steps: drawn from the step's figures too, the golden rules giving way to the actions.
            andy.pressByKeyboard("button[id='live:nextStep']");
            grace.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("step"), "Questions"));
            assertEquals("8", grace.find("#stepMinutes").getText(), "8 of the round's 20 minutes");
            assertTrue(grace.find("#goldenRules").isDisplayed());
            assertFalse(
                    ExpectedConditions.stalenessOf(gracesRound).apply(grace.driver()),
                    "a step within the round is drawn from the step's figures");
            andy.pressByKeyboard("button[id='live:nextStep']");
            harry.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("live:actionText")));
            grace.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("roundActions")));
            assertTrue(grace.find("#roundActions").getText().contains("No actions captured yet."));
            assertFalse(grace.driver().findElement(By.id("goldenRules")).isDisplayed(), "not at action planning");
            assertEquals("4", grace.find("#stepMinutes").getText());
            assertFalse(ExpectedConditions.stalenessOf(gracesRound).apply(grace.driver()));
            assertTrue(
                    grace.driver().findElements(By.id("live:actionText")).isEmpty(),
                    "the issue holder captures his actions, not the others");
            Accessibility.assertNoViolations(grace);
            harry.find("textarea[id='live:actionText']").sendKeys("Ask finance for the weekend staffing costs");
            harry.pressByKeyboard("button[id='live:captureAction']");
            for (Browser screen : List.of(andy, grace)) {
                screen.waitFor()
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("capturedActions"), "Ask finance for the weekend staffing costs"));
            }
            Accessibility.assertNoViolations(harry);

            andy.pressByKeyboard("button[id='live:nextStep']");
            andy.pressByKeyboard("button[id='live:nextStep']");
            andy.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookedAgenda"), "Done"));
            andy.pressByKeyboard("button[id='live:toReview']");
            harry.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("live:writeReview")));
            assertTrue(harry.mainText().contains("How well did we work together today?"));
            andy.pressByKeyboard("button[id='live:endMeeting']");
            grace.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("reviewHeading"), "The meeting has ended"));
            assertFalse(andy.mainText().contains("End the meeting"));
            Accessibility.assertNoViolations(grace);

            // Andy steps back before the next meeting: Set B becomes self-facilitating and its members run it.
            andy.open(base + "index.xhtml");
            andy.find("a[href*='meetings/live']").click();
            andy.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("main h1"), "Live: Set B, meeting 3"));
            String next = andy.driver().getCurrentUrl();
            andy.pressByKeyboard("button[id='live:selfFacilitate']");
            assertTrue(andy.mainText().contains("Tick that the set has agreed"), "a deliberate step");
            andy.find("[id='live:handOverAgreed'] .ui-chkbox-box").click();
            andy.pressByKeyboard("button[id='live:selfFacilitate']");
            assertTrue(andy.mainText().contains("Set B is now self-facilitating"), andy.mainText());
            grace.open(next);
            assertTrue(start(grace), "meeting 3 is next month: starting it today asks first");
            assertTrue(grace.find("#runBy").getText().contains("Grace Thompson"));
            harry.open(next);
            assertEquals("Grace Thompson's", harry.find("#rotaHolder").getText(), "the default rota, in member order");
            assertTrue(
                    harry.driver().findElements(By.id("live:takeControls")).isEmpty()
                            && harry.driver()
                                    .findElements(By.cssSelector("button[aria-label$='is here']"))
                                    .isEmpty(),
                    "meeting 3 is Grace's on the rota: Harry follows");
            assertTrue(grace.find("button[aria-label='Harry Wilson is here']").isDisplayed(), "Grace runs it");
            Accessibility.assertNoViolations(harry);
        }
    }

    /**
     * The timer's figures over plain HTTP, as the page's script reads them: for Grace, a member of the set, the running
     * round; for nobody signed in, nothing of it; for Daniel Okafor, of the demo's Set A, a refusal.
     */
    private void assertTimerAnswers(Browser grace, String roundId) {
        String meetingId = grace.driver().findElement(By.id("liveMeetingId")).getAttribute("value");
        URI timer = URI.create(base + "meetings/live-timer?id=" + meetingId);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> member = get(http, timer, grace.sessionId());
        assertEquals(200, member.statusCode());
        assertTrue(
                member.body().contains("\"roundId\":\"" + roundId + "\"")
                        && member.body().contains("\"paused\":true"),
                member.body());
        assertEquals("no-store", member.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> anonymous = get(http, timer, null);
        assertFalse(anonymous.body().contains(roundId), "sign-in first: " + anonymous.statusCode());
        try (Browser daniel = Browser.signedIn(base, "daniel.okafor@example.org", null)) {
            HttpResponse<String> outsider = get(http, timer, daniel.sessionId());
            assertEquals(403, outsider.statusCode());
            assertFalse(outsider.body().contains(roundId), outsider.body());
        }
    }

    /**
     * Signing out in another tab ends the session on the server, which closes the live page's socket as expired; the
     * live screen open in the first tab then loads itself again and shows the sign-in page, not the meeting.
     */
    @Test
    void aLiveScreenShowsTheSignInPageOnceItsSessionEndsInAnotherTab() {
        try (Browser harry = Browser.signedIn(base, "harry.wilson@example.org", null)) {
            harry.find("a[href*='meetings/live']").click();
            harry.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Live: "));
            String meeting = harry.heading();
            String liveTab = harry.driver().getWindowHandle();
            harry.driver().switchTo().newWindow(WindowType.TAB);
            harry.open(base + "index.xhtml");
            harry.press("button[id='signOutForm:signOut']");
            harry.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("signIn:email")));

            harry.driver().switchTo().window(liveTab);
            harry.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("signIn:email")));
            assertFalse(harry.driver().getPageSource().contains(meeting), "the meeting has left the screen");
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri, String sessionId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Presses Start; before the meeting's day the page asks first, and this confirms (the answer is recorded).
     * Returns whether it asked: meeting 2 is usually after today, but the demo places it on today on its own day.
     */
    private static boolean start(Browser browser) {
        browser.pressByKeyboard("button[id='live:start']");
        if (!browser.startAsksFirst()) {
            return false;
        }
        assertTrue(browser.find("#confirmEarlyStart").getText().contains("Start it now, before its day?"));
        Accessibility.assertNoViolations(browser);
        browser.pressByKeyboard("button[id='live:startEarly']");
        return true;
    }

    private static int secondsLeft(Browser browser) {
        Matcher m = TIME_LEFT.matcher(browser.find("#timer").getText());
        assertTrue(m.find(), browser.find("#timer").getText());
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }
}
