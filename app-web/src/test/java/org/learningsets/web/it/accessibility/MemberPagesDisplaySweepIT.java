package org.learningsets.web.it.accessibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every colour scheme at every text size (5 x 3) on the member's list pages: axe-core finds no WCAG 2.2 AA
 * violation in any combination. Uses Ben Carter (demo Set A), whom no other browser test changes preferences for.
 *
 * <p>Why 15 scans and not all 45 (5 schemes x 3 sizes x 3 pages): the design covers every pair of the three
 * factors. Each of the 15 scheme-and-size combinations is scanned, on page (scheme + size) mod 3; so each page
 * also meets all five schemes and all three sizes (for a page, the five schemes land on sizes p, p+2, p+1, p, p+2
 * mod 3). A fault that needs one scheme on one page, one size on one page, or one scheme at one size is found;
 * only a fault that needs all three at once could slip through, and the pages share the same template and CSS.
 */
@ExtendWith(SharedMicro.class)
class MemberPagesDisplaySweepIT {

    private static final int SCHEMES = 5;
    private static final int SIZES = 3;
    private static final List<String> PAGES = List.of("sets/mine.xhtml", "issues/mine.xhtml", "learning/log.xhtml");

    private final URL base;

    MemberPagesDisplaySweepIT(URL base) {
        this.base = base;
    }

    @Test
    void everySchemeAtEveryTextSizePassesAxe() {
        try (Browser browser = new Browser()) {
            browser.open(base + "index.xhtml");
            browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.signIn(DemoLogins.OTHER_MEMBER, DemoLogins.PASSWORD);
            browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            try {
                for (int scheme = 0; scheme < SCHEMES; scheme++) {
                    for (int size = 0; size < SIZES; size++) {
                        choose(browser, scheme, size);
                        String classes = browser.find("html").getAttribute("class");
                        String page = PAGES.get((scheme + size) % PAGES.size());
                        browser.open(base + page);
                        browser.find("main h1");
                        assertTrue(browser.find("html").getAttribute("class").equals(classes), page);
                        Accessibility.assertNoViolations(browser);
                    }
                }
            } finally {
                choose(browser, 0, 0);
            }
        }
    }

    private void choose(Browser browser, int scheme, int size) {
        browser.open(base + "preferences.xhtml");
        browser.find("label[for='preferences:colourScheme:" + scheme + "']").click();
        browser.find("label[for='preferences:textSize:" + size + "']").click();
        var save = browser.find("button[id='preferences:save']");
        save.click();
        browser.waitFor().until(Browser.gone(save));
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "Your display preferences are saved."));
    }
}
