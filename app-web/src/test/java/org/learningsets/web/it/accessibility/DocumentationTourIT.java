package org.learningsets.web.it.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.docs.TourShots;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.DemoProgramme;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The documentation tour: signs in as a member, a facilitator and the programme lead of the demo data, walks the
 * pages the guides describe, and saves a picture of each (TourShots) into {@code tour.images}: target/tour-images
 * in every run, docs/images when the pictures are refreshed (the command is in docs/testing.md). Two pictures again
 * in the black-on-yellow scheme. It only reads, apart from the member's and facilitator's display preferences,
 * which it puts back (Amira Khan's, as other tests do; Carolyn Robertson's, whom no other browser class sets).
 */
@ExtendWith(SharedMicro.class)
class DocumentationTourIT {

    private static final int BLACK_ON_YELLOW = 1;
    private static final int STANDARD = 0;

    private final URL base;
    private final Path folder = Path.of(System.getProperty("tour.images", "target/tour-images"));
    private final List<String> made = new ArrayList<>();

    DocumentationTourIT(URL base) {
        this.base = base;
    }

    @Test
    void theTourMakesEveryPictureTheGuidesShow() throws IOException {
        try (Browser amira = Browser.signedIn(base, DemoLogins.MEMBER, null)) {
            shoot(amira, "member-home.png");
            amira.find("nav.app-nav a[href*='sets/mine']").click();
            amira.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "My sets"));
            amira.find("#mySetList a").click();
            amira.waitFor().until(ExpectedConditions.urlContains("sets/set.xhtml"));
            shoot(amira, "member-set.png");
            amira.driver().findElement(By.partialLinkText("Prepare meeting")).click();
            amira.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Prepare"));
            shoot(amira, "member-prepare.png");
            inScheme(amira, BLACK_ON_YELLOW);
            try {
                amira.open(base + "index.xhtml");
                shoot(amira, TourShots.HIGH_CONTRAST + "member-home.png");
            } finally {
                inScheme(amira, STANDARD);
            }
        }

        try (Browser carolyn = Browser.signedIn(base, DemoLogins.FACILITATOR, null)) {
            carolyn.find("#facilitatedSetList a").click();
            carolyn.waitFor().until(ExpectedConditions.urlContains("sets/set.xhtml"));
            String setPage = carolyn.driver().getCurrentUrl();
            shoot(carolyn, "facilitator-set.png");
            carolyn.find("a[id$='editRules']").click();
            carolyn.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("main h1"), "Ground rules of"));
            shoot(carolyn, "facilitator-rules.png");
            carolyn.open(setPage);
            carolyn.find("a[id$='facilitatorRunNext']").click();
            carolyn.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Live:"));
            shoot(carolyn, "facilitator-live.png");
            inScheme(carolyn, BLACK_ON_YELLOW);
            try {
                carolyn.open(setPage);
                shoot(carolyn, TourShots.HIGH_CONTRAST + "facilitator-set.png");
            } finally {
                inScheme(carolyn, STANDARD);
            }
        }

        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            shoot(lead, "lead-home.png");
            DemoProgramme.open(lead, DemoProgramme.NAME_START);
            shoot(lead, "lead-programme.png");
            lead.find("#setCards li h3 a").click();
            lead.waitFor().until(ExpectedConditions.urlContains("programmes/set.xhtml"));
            shoot(lead, "lead-set.png");
        }

        assertEquals(
                TourShots.ALL.stream().sorted().toList(),
                made.stream().sorted().toList(),
                "the tour made every picture TourShots names");
    }

    /** Saves the browser's view of the page, after checking it with axe-core like every page a test passes. */
    private void shoot(Browser browser, String name) throws IOException {
        Accessibility.assertNoViolations(browser);
        byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        assertTrue(
                png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                name + " is a picture of a page: " + png.length + " bytes");
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        made.add(name);
    }

    /** Chooses a colour scheme on the display preferences page (the text size stays the standard one). */
    private void inScheme(Browser browser, int scheme) {
        browser.open(base + "preferences.xhtml");
        browser.find("label[for='preferences:colourScheme:" + scheme + "']").click();
        var save = browser.find("button[id='preferences:save']");
        save.click();
        browser.waitFor().until(Browser.gone(save));
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "Your display preferences are saved."));
    }
}
