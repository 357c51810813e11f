package org.learningsets.web.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A member's paths through My sets, the set page and preparing a meeting, in headless Chromium against the demo
 * data: Amira Khan (Set A) bids on a new issue at meeting 3, sees it on the draft agenda, changes and withdraws it,
 * sends and withdraws apologies; a failed validation keeps what she typed; tampered ids get the refusal page; the
 * bid works by keyboard alone; axe-core finds no WCAG 2.2 AA violation on any of the pages, also at the largest
 * text size in a high-contrast scheme. Each test leaves Amira's bids, apologies and preferences as it found them
 * (the new issues it raises have unique titles and stay open).
 */
@ExtendWith(SharedMicro.class)
class MemberMeetingPagesIT {

    private final URL base;

    MemberMeetingPagesIT(URL base) {
        this.base = base;
    }

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void signInAsAmira() {
        browser.open(base + "index.xhtml");
        browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
        browser.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
    }

    /** My sets (through the navigation), then Set A, then "Prepare meeting 3"; returns on the prepare page. */
    private void openMeetingThreeFromMySets() {
        browser.find("nav.app-nav a[href*='sets/mine']").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "My sets"));
        browser.find("#mySetList a").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Set A"));
        browser.driver().findElement(By.linkText("Prepare meeting 3")).click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main h1"), "Prepare Set A, meeting 3"));
    }

    private void submitAndWait(WebElement button) {
        button.click();
        browser.waitFor().until(Browser.gone(button));
    }

    private String agenda() {
        return browser.find("main").findElements(By.cssSelector("[id$='agendaTable']")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    @Test
    void aMemberBidsChangesWithdrawsAndSendsApologiesFromHerSets() throws Exception {
        signInAsAmira();
        browser.find("nav.app-nav a[href*='sets/mine']").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "My sets"));
        String card = browser.find("#mySetList").getText();
        assertTrue(card.contains("Set A") && card.contains("Facilitator: Carolyn Robertson"), card);
        assertTrue(card.contains("Attendance so far: 1 meeting held; you came to 1"), card);
        Accessibility.assertNoViolations(browser);

        browser.find("#mySetList a").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Set A"));
        String set = browser.mainText();
        assertTrue(set.contains("Carolyn Robertson, NHS Elect"), set);
        assertTrue(set.contains("Ben Carter") && set.contains("Aintree University Hospital NHS FT"), set);
        assertTrue(set.contains("1 meeting held: you came to 1"), set);
        assertTrue(browser.find("[id='joinLink']").getAttribute("href").equals("https://meet.example.org/aec-set-a"));
        String ics = browser.find("[id='nextIcs']").getAttribute("href");
        Accessibility.assertNoViolations(browser);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> download = http.send(
                HttpRequest.newBuilder(URI.create(ics))
                        .header("Cookie", "JSESSIONID=" + browser.sessionId())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, download.statusCode());
        assertTrue(download.body().contains("SUMMARY:Set A: meeting 2"), download.body());
        HttpResponse<String> guessed = http.send(
                HttpRequest.newBuilder(URI.create(base + "calendar/meeting/" + UUID.randomUUID() + ".ics"))
                        .header("Cookie", "JSESSIONID=" + browser.sessionId())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, guessed.statusCode());
        assertFalse(guessed.body().contains("BEGIN:VCALENDAR"));

        browser.driver().findElement(By.linkText("Prepare meeting 3")).click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main h1"), "Prepare Set A, meeting 3"));
        Accessibility.assertNoViolations(browser);

        // Too many minutes: refused with a message by the field, and the title and narrative are kept.
        String title = "Rota gaps " + UUID.randomUUID().toString().substring(0, 8);
        browser.find("[id='bid:title']").sendKeys(title);
        browser.find("[id='bid:narrative']").sendKeys("Two registrars short on Fridays.");
        browser.find("[id='bid:minutes']").sendKeys("90");
        submitAndWait(browser.find("[id='bid:submitBid']"));
        assertTrue(browser.mainText().contains("Ask for at most 60 minutes."), browser.mainText());
        assertEquals(title, browser.find("[id='bid:title']").getAttribute("value"));
        assertEquals(
                "Two registrars short on Fridays.",
                browser.find("[id='bid:narrative']").getAttribute("value"));
        assertEquals("90", browser.find("[id='bid:minutes']").getAttribute("value"));
        Accessibility.assertNoViolations(browser);

        WebElement minutes = browser.find("[id='bid:minutes']");
        minutes.clear();
        minutes.sendKeys("25");
        submitAndWait(browser.find("[id='bid:submitBid']"));
        assertTrue(browser.mainText().contains("Your bid for 25 minutes is on the draft agenda."));
        assertTrue(agenda().contains(title + " Amira Khan (you) 25"), agenda());
        assertTrue(browser.find("[id$='bidTable']").getText().contains(title));
        Accessibility.assertNoViolations(browser);

        // Change the minutes of the bid.
        WebElement row = rowOf(title);
        WebElement rowMinutes = row.findElement(By.cssSelector("input[id$='rowMinutes']"));
        rowMinutes.clear();
        rowMinutes.sendKeys("35");
        submitAndWait(row.findElement(By.cssSelector("button[id$='change']")));
        assertTrue(browser.mainText().contains("You now ask for 35 minutes for \"" + title + "\"."));
        assertTrue(agenda().contains(title + " Amira Khan (you) 35"), agenda());

        // Withdraw it: off the agenda, and the issue can now be carried over.
        submitAndWait(rowOf(title).findElement(By.cssSelector("button[id$='withdraw']")));
        assertTrue(browser.mainText().contains("Your bid for \"" + title + "\" is withdrawn"));
        assertFalse(agenda().contains(title), agenda());
        assertTrue(browser.find("[id='bid:issueChoice']").getText().contains("Carry over: " + title));

        // Apologies, then withdrawn again.
        submitAndWait(browser.find("[id='apologies:sendApologies']"));
        assertTrue(browser.find("#apologiesSent").getText().contains("You have sent apologies"));
        assertTrue(browser.driver().findElements(By.id("bid:submitBid")).isEmpty(), "no bidding while away");
        Accessibility.assertNoViolations(browser);
        submitAndWait(browser.find("[id='apologies:withdrawApologies']"));
        assertTrue(browser.mainText().contains("Your apologies are withdrawn"));
        assertTrue(browser.driver().findElements(By.id("apologiesSent")).isEmpty());
    }

    /** Kiran Singh (demo Set B) has not agreed the ground rules: the set shows only them until he agrees. */
    @Test
    void aMemberWhoHasNotAgreedSeesOnlyTheGroundRulesUntilHeAgrees() {
        browser.open(base + "index.xhtml");
        browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
        browser.signIn("kiran.singh@example.org", DemoLogins.PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
        browser.find("nav.app-nav a[href*='sets/mine']").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "My sets"));
        assertTrue(browser.find("#mySetList").getText().contains("Read and agree the ground rules of Set B"));
        browser.find("#mySetList a").click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("groundRulesGate")));
        String gate = browser.mainText();
        assertTrue(gate.contains("What is said in the set stays in the set") || gate.contains("Golden rules"), gate);
        assertTrue(browser.driver().findElements(By.id("nextMeeting")).isEmpty(), "nothing else before agreeing");
        assertTrue(browser.driver().findElements(By.id("memberTable")).isEmpty());
        Accessibility.assertNoViolations(browser);
        String setPage = browser.driver().getCurrentUrl();

        browser.open(base + "issues/mine.xhtml");
        assertFalse(browser.mainText().contains("Set B:"), "no set content on other pages either");

        browser.open(setPage);
        submitAndWait(browser.find("button[id='agreeForm:agree']"));
        assertTrue(
                browser.mainText().contains("Thank you: you have agreed the ground rules of Set B."),
                browser.mainText());
        assertTrue(browser.find("#nextMeeting").isDisplayed(), "the set opens once agreed");
        assertTrue(browser.driver().findElements(By.id("groundRulesGate")).isEmpty());
    }

    @Test
    void theBidWorksByKeyboardAlone() {
        signInAsAmira();
        openMeetingThreeFromMySets();
        String title = "Keyboard bid " + UUID.randomUUID().toString().substring(0, 8);

        tabUntilFocused("bid:title");
        keys(title, Keys.TAB);
        assertEquals("bid:narrative", focused().getAttribute("id"));
        keys(Keys.TAB);
        assertEquals("bid:minutes", focused().getAttribute("id"));
        keys("15", Keys.TAB);
        assertEquals("bid:submitBid", focused().getAttribute("id"));
        WebElement submit = focused();
        keys(Keys.ENTER);
        browser.waitFor().until(Browser.gone(submit));
        assertTrue(agenda().contains(title + " Amira Khan (you) 15"), agenda());

        // Withdraw by keyboard too: tab to the row's withdraw button and press Enter.
        tabUntil(
                () -> {
                    String label = focused().getAttribute("aria-label");
                    return label != null && label.equals("Withdraw my bid for " + title);
                },
                "the withdraw button of " + title);
        WebElement withdraw = focused();
        keys(Keys.ENTER);
        browser.waitFor().until(Browser.gone(withdraw));
        assertFalse(agenda().contains(title), agenda());
    }

    @Test
    void tamperedAndUnknownIdsGetTheRefusalPage() {
        signInAsAmira();
        assertTrue(
                browser.find("#memberSetList a").getAttribute("href").contains("sets/set.xhtml?id="),
                "the home page's set card opens the set page");
        for (String path : List.of(
                "sets/set.xhtml?id=" + UUID.randomUUID(),
                "sets/set.xhtml",
                "meetings/prepare.xhtml?id=" + UUID.randomUUID(),
                "meetings/prepare.xhtml?id=%27%20or%201=1")) {
            browser.open(base + path);
            assertEquals("You cannot open this", browser.heading(), path);
            assertTrue(browser.mainText().contains("Nothing has been changed."), path);
        }
        Accessibility.assertNoViolations(browser);
    }

    @Test
    void memberPagesPassAxeAtTheLargestTextInAHighContrastScheme() {
        signInAsAmira();
        choosePreferences(1, 2); // black on yellow, largest text
        try {
            String classes = browser.driver().findElement(By.tagName("html")).getAttribute("class");
            assertTrue(classes.contains("scheme-yellow") && classes.contains("text-largest"), classes);
            browser.open(base + "sets/mine.xhtml");
            Accessibility.assertNoViolations(browser);
            openMeetingThreeFromMySets();
            Accessibility.assertNoViolations(browser);
            browser.find("[id='backToSet']").click();
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Set A"));
            Accessibility.assertNoViolations(browser);
        } finally {
            choosePreferences(0, 0);
        }
    }

    private void choosePreferences(int scheme, int size) {
        browser.open(base + "preferences.xhtml");
        browser.find("label[for='preferences:colourScheme:" + scheme + "']").click();
        browser.find("label[for='preferences:textSize:" + size + "']").click();
        submitAndWait(browser.find("button[id='preferences:save']"));
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "Your display preferences are saved."));
    }

    private WebElement rowOf(String issueTitle) {
        return browser.find("[id$='bidTable']").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(issueTitle))
                .findFirst()
                .orElseThrow();
    }

    /** Keys to whatever has the focus, as a person at a keyboard types them. */
    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private void tabUntilFocused(String id) {
        tabUntil(() -> id.equals(focused().getAttribute("id")), id);
    }

    /** Presses Tab (never clicks) until the condition holds; fails after a page's worth of stops. */
    private void tabUntil(java.util.function.BooleanSupplier reached, String what) {
        for (int i = 0; i < 80; i++) {
            if (reached.getAsBoolean()) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + what);
    }
}
