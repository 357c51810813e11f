package org.learningsets.web.it.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.model.common.TimeZones;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.FacesHttpClient;
import org.learningsets.web.it.support.SharedMicro;
import org.learningsets.web.it.support.WarPages;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Facilitators and members in the browser: a facilitator writes and publishes the ground rules and a member agrees
 * them from her home page (and again when they change); a facilitator opens each issue of her set from the set's
 * page; a member works through My actions; a signed-out member lands on the meeting she opened once she signs in,
 * and an address outside the application is not followed; no page answers 500 to a missing or malformed address.
 * axe-core on every new page.
 *
 * <p>Demo people: Nadia Hussain writes the Frailty Set's ground rules and Olivia Grant agrees them (no other class
 * uses the Frailty Set, whose ground rules are unwritten in the demo data); Pavel Novak, of the same set, only reads.
 * Carolyn Robertson only reads (her set page, issues, meetings, audit). Amira Khan raises an issue with a unique title,
 * agrees two actions on it and works them through My actions (done and progress on her own new actions only), and
 * opens a meeting page while signed out.
 */
@ExtendWith(SharedMicro.class)
class FacilitatorAndMemberPagesIT {

    private static final String NADIA = "nadia.hussain@example.org";
    private static final String OLIVIA = "olivia.grant@example.org";
    private static final String PAVEL = "pavel.novak@example.org";

    private final URL base;

    FacilitatorAndMemberPagesIT(URL base) {
        this.base = base;
    }

    @Test
    void aFacilitatorWritesAndPublishesGroundRulesAndAMemberAgreesFromHerHomePage() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String ourLine = "We start and end on time (" + unique + ").";
        try (Browser nadia = Browser.signedIn(base, NADIA, null);
                Browser olivia = Browser.signedIn(base, OLIVIA, null)) {
            assertTrue(olivia.driver().findElements(By.id("rulesToAgree")).isEmpty(), "nothing to agree yet");

            nadia.find("#facilitatedSetList a").click();
            nadia.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Frailty Set"));
            assertTrue(nadia.find("#noRulesYet").getText().contains("No ground rules are published yet"));
            Accessibility.assertNoViolations(nadia);
            nadia.find("a[id$='editRules']").click();
            nadia.waitFor()
                    .until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Ground rules of Frailty Set"));
            assertTrue(nadia.find("#nothingPublished").isDisplayed());
            Accessibility.assertNoViolations(nadia);

            // A starting text from the golden rules, made the set's own, saved as a draft members do not see.
            new Select(nadia.find("select[id='rules:startFrom']"))
                    .selectByVisibleText("The golden rules and the usual ground rules");
            nadia.find("button[id='rules:useStart']").click();
            nadia.waitFor().until(d -> text(nadia, "rules:text").contains("Golden rules in a round"));
            nadia.find("textarea[id='rules:text']").sendKeys("\n" + ourLine);
            nadia.press("button[id='rules:save']");
            assertTrue(nadia.mainText().contains("The draft is saved. Members do not see it until you publish it."));
            olivia.open(base + "index.xhtml");
            assertTrue(olivia.driver().findElements(By.id("rulesToAgree")).isEmpty(), "a draft is not shown");

            nadia.press("button[id='rules:publish']");
            assertTrue(nadia.find("#confirmPublish").getText().contains("Every member is asked to agree it"));
            Accessibility.assertNoViolations(nadia);
            nadia.press("button[id='rules:confirm']");
            assertTrue(nadia.mainText().contains("Version 1 of the ground rules is published."), nadia.mainText());
            assertTrue(nadia.find("#publishedText").getText().contains(ourLine));
            assertTrue(nadia.mainText().contains("0 of 4 members have agreed it."), nadia.mainText());

            // Olivia reads and agrees them on her home page; My sets asked her to.
            olivia.open(base + "sets/mine.xhtml");
            assertTrue(olivia.find("#mySetList").getText().contains("Read and agree the ground rules of Frailty Set"));
            olivia.open(base + "index.xhtml");
            String toAgree = olivia.find("#rulesToAgree").getText();
            assertTrue(toAgree.contains("Frailty Set, version 1") && toAgree.contains(ourLine), toAgree);
            Accessibility.assertNoViolations(olivia);
            olivia.press("#rulesToAgree button");
            assertTrue(olivia.mainText().contains("Thank you: you have agreed the ground rules of Frailty Set."));
            assertTrue(olivia.driver().findElements(By.id("rulesToAgree")).isEmpty());

            nadia.open(nadia.driver().getCurrentUrl());
            String agreed = nadia.find("#agreements").getText();
            assertTrue(agreed.contains("Olivia Grant") && agreed.contains("Agreed version 1 on"), agreed);
            assertTrue(nadia.mainText().contains("1 of 4 members have agreed it."));

            // A changed text is version 2, which every member agrees to again.
            String secondLine = "Phones on silent (" + unique + ").";
            nadia.find("textarea[id='rules:text']").sendKeys("\n" + secondLine);
            nadia.press("button[id='rules:publish']");
            assertTrue(nadia.find("#confirmPublish").getText().contains("Every member is asked to agree again"));
            nadia.press("button[id='rules:confirm']");
            assertTrue(nadia.mainText().contains("Version 2 of the ground rules is published."));
            assertTrue(nadia.find("#agreements").getText().contains("Agreed version 1, not yet version 2"));

            olivia.open(base + "index.xhtml");
            String changed = olivia.find("#rulesToAgree").getText();
            assertTrue(changed.contains("have changed since you agreed them") && changed.contains(secondLine), changed);
            olivia.open(base + "sets/mine.xhtml");
            assertTrue(olivia.find("#mySetList").getText().contains("have changed (version 2)"));
            olivia.find("#mySetList a").click();
            olivia.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("rulesChanged")));
            Accessibility.assertNoViolations(olivia);
            olivia.open(base + "index.xhtml");
            olivia.press("#rulesToAgree button");
            assertTrue(olivia.driver().findElements(By.id("rulesToAgree")).isEmpty());

            nadia.find("a[id$='backToSet']").click();
            nadia.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Frailty Set"));
            String roster = nadia.find("#memberRoster").getText();
            assertTrue(roster.contains("Olivia Grant") && roster.contains("Agreed version 2"), roster);
            assertTrue(roster.matches("(?s).*Pavel Novak.*Not agreed yet.*"), roster);
            assertTrue(nadia.find("#rulesSummary").getText().contains("Version 2"));
        }
    }

    @Test
    void aFacilitatorOpensEachIssueOfHerSetFromItsPageAndComesBack() {
        try (Browser carolyn = Browser.signedIn(base, DemoLogins.FACILITATOR, null)) {
            carolyn.find("#facilitatedSetList a").click();
            carolyn.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Set A"));
            String setPage = carolyn.driver().getCurrentUrl();
            assertTrue(carolyn.find("#memberRoster").getText().contains("City Hospitals Sunderland NHS FT"));
            assertTrue(carolyn.find("#meetingRows").getText().contains("Review meeting 1"));
            Accessibility.assertNoViolations(carolyn);

            List<String> titles = carolyn.driver().findElements(By.cssSelector("#issueRows a.issue-link")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertTrue(titles.contains("Getting ambulatory patients seen before noon"), titles.toString());
            for (int i = 0; i < titles.size(); i++) {
                carolyn.driver()
                        .findElements(By.cssSelector("#issueRows a.issue-link"))
                        .get(i)
                        .click();
                carolyn.waitFor().until(ExpectedConditions.urlContains("issues/issue.xhtml"));
                assertEquals(titles.get(i), carolyn.heading());
                if (i == 0) {
                    Accessibility.assertNoViolations(carolyn);
                }
                carolyn.find("a[id$='backToSet']").click();
                carolyn.waitFor().until(ExpectedConditions.urlToBe(setPage));
            }

            carolyn.driver().findElement(By.linkText("Review meeting 1")).click();
            carolyn.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Set A, meeting 1"));
            assertTrue(carolyn.find("#attendanceList").getText().contains("Chloe Davies: Sent apologies"));
            assertTrue(carolyn.find("#agreedActions").getText().contains("Meet the GP liaison lead"));
            Accessibility.assertNoViolations(carolyn);
            carolyn.open(setPage);
            carolyn.find("a[id$='facilitatorPrepareNext']").click();
            carolyn.waitFor().until(ExpectedConditions.urlContains("meetings/overview.xhtml"));
            assertTrue(carolyn.find("#meetingState").getText().matches("Planned|In progress.*"));
            Accessibility.assertNoViolations(carolyn);

            // The dashboard's issues link to their pages too.
            carolyn.open(setPage);
            carolyn.find("a[id$='dashboardLink']").click();
            carolyn.waitFor().until(ExpectedConditions.urlContains("dashboard/set.xhtml"));
            carolyn.find("#issueAges a").click();
            carolyn.waitFor().until(ExpectedConditions.urlContains("issues/issue.xhtml"));

            // The audit in words: who, what and which record, with labelled filters.
            carolyn.open(setPage);
            carolyn.find("a[id$='auditLink']").click();
            carolyn.waitFor().until(ExpectedConditions.urlContains("sets/audit.xhtml"));
            new Select(carolyn.find("select[id='auditForm:who']")).selectByVisibleText("Carolyn Robertson");
            new Select(carolyn.find("select[id='auditForm:what']")).selectByVisibleText("Read");
            WebElement count = carolyn.find("#auditCount");
            carolyn.find("button[id='auditForm:show']").click();
            carolyn.waitFor().until(Browser.gone(count));
            String audit = carolyn.find("[id='auditForm:audit']").getText();
            assertTrue(
                    audit.contains("Carolyn Robertson")
                            && audit.contains(
                                    "Issue “Getting ambulatory patients seen " + "before noon”, held by Amira Khan"),
                    audit);
            assertFalse(audit.contains("PROGRESS_UPDATE") || audit.contains("READ"), "words, not codes");
            Accessibility.assertNoViolations(carolyn);
            carolyn.open(setPage);
            carolyn.find("a[id$='rulesLink']").click();
            carolyn.waitFor().until(ExpectedConditions.urlContains("sets/rules.xhtml"));
            Accessibility.assertNoViolations(carolyn);
        }
    }

    @Test
    void aMemberWorksThroughMyActions() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String title = "Ward round timing " + unique;
        String late = "Ask the registrars " + unique;
        String other = "Write to the bed manager " + unique;
        LocalDate yesterday = LocalDate.now(TimeZones.LONDON).minusDays(1);
        try (Browser amira = Browser.signedIn(base, DemoLogins.MEMBER, null)) {
            amira.open(base + "issues/mine.xhtml");
            amira.find("input[id='raise:title']").sendKeys(title);
            amira.press("button[id='raise:raiseIssue']");
            amira.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), title));
            agree(amira, late, yesterday);
            agree(amira, other, null);

            amira.find("nav a[href$='actions/mine.xhtml']").click();
            amira.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "My actions"));
            WebElement lateCard = card(amira, "#toDoList", late);
            assertTrue(lateCard.getText().contains("overdue"), lateCard.getText());
            assertTrue(lateCard.getText().contains("For " + title + " in Set A"), lateCard.getText());
            assertFalse(card(amira, "#toDoList", other).getText().contains("overdue"), "no due date, never overdue");
            assertTrue(amira.find("#overdueCount").getText().matches("\\d+ actions? (is|are) overdue\\."));
            Accessibility.assertNoViolations(amira);

            // Record progress on the late one: Update opens its short form, an empty note is refused by name.
            update(amira, late);
            amira.press("#toDoList button[id$=':report']");
            assertTrue(amira.mainText().contains("Write what has happened."));
            String note = "Two registrars agreed " + unique;
            amira.find("#toDoList textarea[id$=':note']").sendKeys(note);
            Accessibility.assertNoViolations(amira);
            amira.press("#toDoList button[id$=':report']");
            assertTrue(amira.mainText().contains("Your progress is recorded."));
            assertTrue(card(amira, "#toDoList", late).getText().contains("Progress reported (1)"));

            // Mark the other one done: it moves to Done and dropped.
            update(amira, other);
            card(amira, "#toDoList", other)
                    .findElement(By.cssSelector("button.mark-DONE"))
                    .click();
            amira.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("main"), "The action is now done."));
            assertTrue(card(amira, "#finishedList", other).getText().contains("Done"));

            // The issue page shows the same, with the same overdue rule.
            card(amira, "#toDoList", late)
                    .findElement(By.cssSelector("a.action-issue"))
                    .click();
            amira.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), title));
            String plan = amira.find("#actionList").getText();
            assertTrue(plan.contains(late) && plan.contains("overdue") && plan.contains("Progress reported (1)"), plan);
            assertTrue(plan.contains(other) && plan.contains("Done"), plan);
            Accessibility.assertNoViolations(amira);
        }
    }

    @Test
    void aSignedOutMemberLandsOnTheMeetingSheOpenedAfterSigningInAndNowhereOutside() {
        String meeting;
        try (Browser amira = Browser.signedIn(base, DemoLogins.MEMBER, null)) {
            amira.find("nav a[href*='sets/mine']").click();
            amira.find("#mySetList a").click();
            meeting = amira.find("a[id$='liveLink']").getAttribute("href");
        }
        try (Browser signedOut = new Browser()) {
            signedOut.open(meeting);
            signedOut.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
            assertTrue(
                    signedOut.driver().getCurrentUrl().contains("next="),
                    signedOut.driver().getCurrentUrl());
            signedOut.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
            signedOut.waitFor().until(ExpectedConditions.urlToBe(meeting));
            assertTrue(signedOut.heading().startsWith("Live: Set A, meeting"), signedOut.heading());
        }
        for (String outside : List.of(
                "https://evil.example/login.xhtml",
                "//evil.example/sets/mine.xhtml",
                "/\\evil.example/sets/mine.xhtml",
                "javascript:alert(1)")) {
            try (Browser signedOut = new Browser()) {
                signedOut.open(base + "login.xhtml?next=" + URLEncoder.encode(outside, StandardCharsets.UTF_8));
                signedOut.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
                signedOut.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
                assertTrue(signedOut.driver().getCurrentUrl().startsWith(base.toString()), outside);
            }
        }
    }

    /**
     * Every page of the WAR, for a member, a facilitator, the programme lead and a person not signed in, with no
     * parameters, with empty ones and with malformed ones: never the 500 error page (over HTTP, no browser needed).
     * Also the two found in use: a set's dashboard without an id, and an evaluation not opened yet.
     */
    @Test
    void noPageAnswers500ForAMissingOrMalformedAddress() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> variants = List.of(
                "",
                "?id=",
                "?id=%27%3Cx%3E%22&programme=..%2F..&token=%00",
                "?id=00000000-0000-0000-0000-000000000000&programme=00000000-0000-0000-0000-000000000000");
        String frailty = null;
        for (String who : new String[] {DemoLogins.MEMBER, DemoLogins.FACILITATOR, DemoLogins.ADMIN, null}) {
            FacesHttpClient http = new FacesHttpClient(base.toString());
            if (who != null) {
                HttpResponse<String> home = http.signIn(who, DemoLogins.PASSWORD);
                if (DemoLogins.ADMIN.equals(who)) {
                    Matcher m = Pattern.compile("programme\\.xhtml\\?id=([0-9a-f-]{36})\"[^>]*>Frailty")
                            .matcher(home.body());
                    assertTrue(m.find(), "the lead's home page links the Frailty programme's page");
                    frailty = m.group(1);
                }
            }
            for (String page : WarPages.all()) {
                for (String variant : variants) {
                    HttpResponse<String> answer = http.get(page.substring(1) + variant);
                    // The error page itself and the database-unavailable page are what they are.
                    boolean errorPage = page.equals("/error.xhtml") || page.equals("/unavailable.xhtml");
                    if (!errorPage
                            && (answer.statusCode() >= 500 || answer.body().contains("Something went wrong"))) {
                        problems.add(answer.statusCode() + " for " + (who == null ? "a visitor" : who) + " at " + page
                                + variant);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));

        FacesHttpClient facilitator = new FacesHttpClient(base.toString());
        facilitator.signIn(DemoLogins.FACILITATOR, DemoLogins.PASSWORD);
        HttpResponse<String> noSet = facilitator.get("dashboard/set.xhtml");
        assertEquals(403, noSet.statusCode(), "the refusal page, which says nothing of what exists");
        FacesHttpClient pavel = new FacesHttpClient(base.toString());
        pavel.signIn(PAVEL, DemoLogins.PASSWORD);
        HttpResponse<String> notOpen = pavel.get("evaluation/answer.xhtml?programme=" + frailty);
        assertEquals(200, notOpen.statusCode());
        assertTrue(notOpen.body().contains("has not been opened yet."), notOpen.body());
    }

    private static void agree(Browser amira, String action, LocalDate due) {
        amira.find("textarea[id='agree:description']").sendKeys(action);
        if (due != null) {
            ((JavascriptExecutor) amira.driver())
                    .executeScript("document.getElementById('agree:due').value = '" + due + "';");
        }
        amira.press("button[id='agree:agreeAction']");
        amira.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("actionList"), action));
    }

    private static WebElement card(Browser browser, String list, String description) {
        return browser.waitFor()
                .until(d -> d.findElements(By.cssSelector(list + " li.action-card")).stream()
                        .filter(c -> c.findElement(By.cssSelector(".action-title"))
                                .getText()
                                .equals(description))
                        .findFirst()
                        .orElse(null));
    }

    private static void update(Browser browser, String description) {
        WebElement button = card(browser, "#toDoList", description).findElement(By.cssSelector("button[id$=':edit']"));
        button.click();
        browser.waitFor().until(Browser.gone(button));
    }

    private static String text(Browser browser, String id) {
        return String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById(arguments[0]).value;", id));
    }
}
