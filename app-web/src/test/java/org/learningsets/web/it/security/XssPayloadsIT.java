package org.learningsets.web.it.security;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.DemoProgramme;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Cross-site scripting: script payloads typed into free-text fields (an issue's title and story, an action, a
 * learning-log entry, a programme theme) come back as text on every page that shows them, and never run. Each payload sets window.__xss if it runs; after each page (and its images) has loaded the
 * test asserts it is unset and that the payload's own text is visible. James Murphy (Set B) types them, as no
 * other browser test uses him; his facilitator Andy Mitchell reads them; the programme lead adds and removes a
 * theme.
 */
@ExtendWith(SharedMicro.class)
class XssPayloadsIT {

    /** HTML, attribute, URL and JavaScript-string contexts in one text; each part sets window.__xss if it runs. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=window.__xss=2>",
            "\"><svg/onload=window.__xss=3>",
            "';window.__xss=4;//",
            "<a href=\"javascript:window.__xss=5\">link</a>",
            "</textarea><iframe srcdoc=\"<script>parent.__xss=6</script>\">",
            "#{7*7} ${7*7} {{7*7}}");

    private final URL base;

    XssPayloadsIT(URL base) {
        this.base = base;
    }

    @Test
    void whatAMemberWritesIsShownAsTextAndNeverRuns() {
        String title = "Payload " + System.nanoTime() + " " + PAYLOADS.get(1) + PAYLOADS.get(3);
        String narrative = String.join(" ", PAYLOADS);
        String issuePage;
        try (Browser james = Browser.signedIn(base, "james.murphy@example.org", null)) {
            james.open(base + "issues/mine.xhtml");
            james.driver()
                    .findElement(By.cssSelector("select[id='raise:set'] option:nth-child(2)"))
                    .click();
            james.find("input[id='raise:title']").sendKeys(title);
            james.find("textarea[id='raise:narrative']").sendKeys(narrative);
            WebElement raise = james.find("button[id='raise:raiseIssue']");
            raise.click();
            james.waitFor().until(ExpectedConditions.urlContains("issues/issue.xhtml"));
            issuePage = james.driver().getCurrentUrl();
            assertShownNotRun(james, title);
            assertShownNotRun(james, narrative);

            // An action on the issue: its description is shown on the issue page and to the facilitator.
            james.find("textarea[id='agree:description']").sendKeys(narrative);
            james.press("button[id='agree:agreeAction']");
            assertShownNotRun(james, narrative);

            james.open(base + "issues/mine.xhtml");
            assertShownNotRun(james, title);

            james.open(base + "learning/log.xhtml");
            james.find("textarea[id='entry:learned']").sendKeys(narrative);
            james.press("button[id='entry:save']");
            assertShownNotRun(james, narrative);

            james.open(base + "index.xhtml");
            assertShownNotRun(james, "Welcome");
        }
        try (Browser andy = Browser.signedIn(base, "andy.mitchell@example.org", null)) {
            andy.open(issuePage);
            assertShownNotRun(andy, narrative);
            andy.open(base + "dashboard/mine.xhtml");
            assertShownNotRun(andy, "Set B");
        }
    }

    @Test
    void aThemeNameALeadTypesIsShownAsTextAndNeverRuns() {
        String theme = "T" + (System.nanoTime() % 100000) + PAYLOADS.get(1);
        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            DemoProgramme.link(lead, "themes").click();
            lead.waitFor().until(ExpectedConditions.urlContains("programmes/themes.xhtml"));
            lead.find("input[id='themeForm:newTheme']").sendKeys(theme);
            lead.press("button[id='themeForm:add']");
            assertShownNotRun(lead, theme);
            // Put back: an unused theme can be removed.
            WebElement remove = lead.driver().findElements(By.cssSelector("button[id$=':remove']")).stream()
                    .filter(b -> b.getText().contains(theme))
                    .findFirst()
                    .orElseThrow();
            remove.click();
            lead.waitFor().until(Browser.gone(remove));
            assertTrue(lead.mainText().contains("Removed the theme " + theme + "."), lead.mainText());
            assertShownNotRun(lead, "Removed the theme");
        }
    }

    /** The text is on the page as typed (so it was rendered, escaped) and no payload ran. */
    private static void assertShownNotRun(Browser browser, String text) {
        browser.waitFor()
                .until(
                        d -> (Boolean)
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.readyState === 'complete' && Array.from(document.images).every(i => i.complete);"));
        assertTrue(browser.mainText().contains(text), "shown as text: " + text);
        assertNull(
                ((JavascriptExecutor) browser.driver())
                        .executeScript("return window.__xss === undefined ? null : window.__xss;"),
                "a payload ran on " + browser.driver().getCurrentUrl());
    }
}
