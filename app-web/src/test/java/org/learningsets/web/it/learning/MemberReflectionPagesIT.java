package org.learningsets.web.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A member's own pages as Amira Khan uses them (demo data, headless Chromium): my issues, an issue with its history
 * and action plan, the learning log and the end-of-meeting review; refusals for tampered ids; one path with the
 * keyboard only; and an axe-core scan of every page, also at the largest text size in black on yellow. Texts are
 * unique per run, so other test classes sharing the demo data are not disturbed.
 */
@ExtendWith(SharedMicro.class)
class MemberReflectionPagesIT {

    private static final String DEMO_ISSUE = "Getting ambulatory patients seen before noon";

    private final URL base;

    MemberReflectionPagesIT(URL base) {
        this.base = base;
    }

    private Browser browser;

    @BeforeEach
    void signIn() {
        browser = new Browser();
        browser.open(base + "index.xhtml");
        browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
        browser.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void myIssuesLeadToAnIssueWhereTheHolderWorksTheActionPlanAndClosesIt() {
        browser.open(base + "issues/mine.xhtml");
        assertEquals("My issues", browser.heading());
        assertTrue(browser.find("[id='filter:issueTable']").getText().contains(DEMO_ISSUE));
        Accessibility.assertNoViolations(browser);

        // The demo issue's story: presented at meeting 1, with the actions agreed there.
        browser.driver().findElement(By.linkText(DEMO_ISSUE)).click();
        browser.waitFor().until(ExpectedConditions.urlContains("issues/issue.xhtml"));
        assertEquals(DEMO_ISSUE, browser.heading());
        String history = browser.find("#historyList").getText();
        assertTrue(history.contains("Meeting 1") && history.contains("Presented in a round."), history);
        assertTrue(history.contains("Action agreed: Meet the GP liaison lead"), history);
        Accessibility.assertNoViolations(browser);

        // A new issue of her own, so the demo issue stays as it is.
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String title = "Discharge letters " + unique;
        browser.open(base + "issues/mine.xhtml");
        type("[id='raise:title']", title);
        type("[id='raise:narrative']", "Letters wait two days for a signature.");
        click("[id='raise:raiseIssue']");
        browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), title));
        assertTrue(browser.find("#noActions").getText().contains("Agree your first action"));

        String action = "Ask the ward clerks " + unique;
        type("[id='agree:description']", action);
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('agree:due').value = '2027-03-15';");
        click("[id='agree:agreeAction']");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("actionList"), action));
        assertTrue(browser.find("#actionList").getText().contains("15 Mar 2027"));
        assertTrue(browser.mainText().contains("The action is added to your action plan."));
        Accessibility.assertNoViolations(browser);

        // The compact card opens its form on "Update"; an empty progress note is refused by name; then the real one
        // is saved.
        click("button[id^='actions:'][id$=':edit']");
        click("button[id^='actions:'][id$=':report']");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Write what has happened."));
        String note = "Clerks agreed to flag letters " + unique;
        type("textarea[id^='actions:'][id$=':note']", note);
        click("button[id^='actions:'][id$=':report']");
        // The card folds its progress notes under "Progress reported (n)".
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("actionList"), "Progress reported (1)"));
        assertTrue(browser.find("#actionList").getAttribute("textContent").contains(note), "the note is on the card");
        assertTrue(
                browser.find("#historyList").getText().contains("Progress reported: " + note),
                "reported at the latest held meeting");

        click("button[id^='actions:'][id$=':edit']");
        click("button.mark-DONE");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "The action is now done."));
        assertEquals("Done", browser.find(".action-status").getText());

        // Closing asks first; "No" keeps it open, "Yes" resolves it.
        click("[id='close:resolve']");
        assertTrue(browser.find("#confirmClose").getText().contains("You cannot reopen it afterwards."));
        click("[id='close:cancel']");
        browser.find("[id='close:resolve']");
        assertEquals("Open", browser.find("#issueStatus").getText());
        click("[id='close:resolve']");
        click("[id='close:confirm']");
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("issueStatus"), "Resolved"));
        assertTrue(browser.driver().findElements(By.id("agree:agreeAction")).isEmpty(), "no new actions once closed");

        // The status filter on my issues.
        browser.open(base + "issues/mine.xhtml");
        new Select(browser.find("[id='filter:status']")).selectByVisibleText("Resolved issues");
        browser.waitFor().ignoring(StaleElementReferenceException.class).until(d -> {
            String table = d.findElement(By.id("filter:issueTable")).getText();
            return table.contains(title) && !table.contains(DEMO_ISSUE);
        });
    }

    @Test
    void theLearningLogIsWrittenSearchedAndChanged() {
        browser.open(base + "learning/log.xhtml");
        assertEquals("My learning log", browser.heading());
        assertTrue(browser.find("[id='entries:entryTable']").getText().contains("only tried one thing"));
        Accessibility.assertNoViolations(browser);

        // Nothing answered: refused with the reason, the chosen meeting is kept.
        Select meeting = new Select(browser.find("[id='entry:meeting']"));
        meeting.selectByIndex(1);
        String chosen = meeting.getFirstSelectedOption().getText();
        click("[id='entry:save']");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("main"), "Write what you learned, what you will do differently, or both."));
        assertEquals(
                chosen,
                new Select(browser.find("[id='entry:meeting']"))
                        .getFirstSelectedOption()
                        .getText());

        String word = "heron" + UUID.randomUUID().toString().substring(0, 6);
        type("[id='entry:learned']", "Silence let the " + word + " land.");
        click("[id='entry:save']");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("main"), "Your reflection is saved in your learning log."));

        type("[id='search:words']", word.toUpperCase());
        click("[id='search:find']");
        browser.waitFor()
                .until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("[id='entries:entryTable'] tbody tr"), 1));
        String row = browser.find("[id='entries:entryTable'] tbody tr").getText();
        assertTrue(row.contains(word) && row.contains(chosen.substring(0, chosen.indexOf(" ("))), row);

        click("[id='entries:entryTable'] button[id$=':edit']");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Change a reflection"));
        assertEquals(
                "Silence let the " + word + " land.",
                browser.find("[id='entry:learned']").getAttribute("value"));
        type("[id='entry:differently']", "Count to five before asking.");
        click("[id='entry:save']");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("main"), "Your reflection is updated."));
        type("[id='search:words']", word);
        click("[id='search:find']");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[id='entries:entryTable'] tbody"), "Count to five before asking."));

        type("[id='search:words']", "no-such-" + word);
        click("[id='search:find']");
        assertTrue(browser.find("#noEntries").getText().contains("No reflection contains those words."));
    }

    @Test
    void theEndOfMeetingReviewKeepsWhatWasTypedWhenTheScoreIsMissing() {
        browser.open(base + "learning/log.xhtml");
        WebElement link = browser.find("#reviewList a");
        assertTrue(link.getText().contains("Set A, meeting 1"), link.getText());
        link.click();
        browser.waitFor().until(ExpectedConditions.urlContains("meetings/review.xhtml"));
        assertEquals("How did we work together?", browser.heading());
        if (!browser.driver().findElements(By.id("answered:change")).isEmpty()) {
            click("[id='answered:change']"); // answered on an earlier run against the same data
        }
        Accessibility.assertNoViolations(browser);

        String helped = "Nobody gave advice " + UUID.randomUUID().toString().substring(0, 8);
        new Select(browser.find("[id='review:pulse']")).selectByVisibleText("Choose a score");
        type("[id='review:helped']", helped);
        type("[id='review:learned']", "Open questions open people up.");
        click("[id='review:save']");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("main"), "Choose how well we worked together, from 1 to 5."));
        assertEquals(helped, browser.find("[id='review:helped']").getAttribute("value"), "typed text kept");
        assertEquals(
                "Open questions open people up.",
                browser.find("[id='review:learned']").getAttribute("value"));

        new Select(browser.find("[id='review:pulse']")).selectByVisibleText("4: well");
        click("[id='review:save']");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("main"), "Thank you: your review is saved."));
        assertEquals("4: well", browser.find("#myPulse").getText());
        assertEquals(helped, browser.find("#myHelped").getText());
        Accessibility.assertNoViolations(browser);
    }

    @Test
    void tamperedIdsGetTheRefusalPageAndChangeNothing() {
        for (String page : List.of("issues/issue.xhtml?id=", "meetings/review.xhtml?id=")) {
            browser.open(base + page + UUID.randomUUID());
            assertEquals("You cannot open this", browser.heading(), page);
            assertTrue(browser.find("#refusalText").getText().contains("Nothing has been changed."));
        }
        browser.open(base + "issues/issue.xhtml?id=%27%20or%201%3D1");
        assertEquals("You cannot open this", browser.heading());
        browser.open(base + "issues/issue.xhtml");
        assertEquals("You cannot open this", browser.heading(), "no id at all");
        Accessibility.assertNoViolations(browser);
    }

    @Test
    void aReflectionCanBeWrittenWithTheKeyboardOnly() {
        browser.open(base + "learning/log.xhtml");
        browser.find("[id='entry:learned']");
        String word = "kestrel" + UUID.randomUUID().toString().substring(0, 6);
        tabTo("entry:meeting"); // past the meeting chosen for her: the latest held one
        tabTo("entry:learned");
        keys("I waited for the " + word + " to be asked.");
        tabTo("entry:save");
        WebElement save = browser.driver().switchTo().activeElement();
        keys(Keys.ENTER);
        browser.waitFor().until(Browser.gone(save));
        assertTrue(browser.mainText().contains("Your reflection is saved in your learning log."));
        tabTo("search:words");
        keys(word);
        keys(Keys.ENTER);
        browser.waitFor()
                .until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("[id='entries:entryTable'] tbody tr"), 1));
        assertTrue(browser.find("[id='entries:entryTable'] tbody tr").getText().contains(word));
        tabTo("entries:entryTable:0:edit");
        keys(Keys.SPACE);
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Change a reflection"));
    }

    @Test
    void everyPageHasNoViolationsAtTheLargestTextInBlackOnYellow() {
        choose("Black on yellow", "Largest");
        try {
            browser.open(base + "issues/mine.xhtml");
            assertTrue(browser.driver()
                    .findElement(By.tagName("html"))
                    .getAttribute("class")
                    .contains("text-largest"));
            Accessibility.assertNoViolations(browser);
            browser.driver().findElement(By.linkText(DEMO_ISSUE)).click();
            browser.waitFor().until(ExpectedConditions.urlContains("issues/issue.xhtml"));
            Accessibility.assertNoViolations(browser);
            browser.open(base + "learning/log.xhtml");
            Accessibility.assertNoViolations(browser);
            browser.find("#reviewList a").click();
            browser.waitFor().until(ExpectedConditions.urlContains("meetings/review.xhtml"));
            Accessibility.assertNoViolations(browser);
        } finally {
            choose("Standard", "Standard");
        }
    }

    private void choose(String scheme, String size) {
        browser.open(base + "preferences.xhtml");
        browser.driver()
                .findElement(By.xpath("//fieldset[legend='Colour scheme']//label[normalize-space()='" + scheme + "']"))
                .click();
        browser.driver()
                .findElement(By.xpath("//fieldset[legend='Text size']//label[normalize-space()='" + size + "']"))
                .click();
        click("[id='preferences:save']");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("main"), "Your display preferences are saved."));
    }

    /** Presses TAB until the element with this id has the focus (a bounded number of times). */
    private void tabTo(String id) {
        for (int i = 0; i < 120; i++) {
            WebElement active = browser.driver().switchTo().activeElement();
            if (id.equals(active.getAttribute("id"))) {
                return;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("TAB never reached " + id);
    }

    private void keys(CharSequence... keys) {
        browser.driver().switchTo().activeElement().sendKeys(keys);
    }

    private void type(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and, for a full-page submit, waits until the next page has replaced this one. */
    private void click(String css) {
        WebElement element = browser.find(css);
        element.click();
        browser.waitFor().until(Browser.gone(element));
    }
}
