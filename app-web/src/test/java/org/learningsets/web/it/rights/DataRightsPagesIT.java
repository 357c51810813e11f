package org.learningsets.web.it.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.DemoProgramme;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Data rights and themes in the browser: a member's "My data" page (download, theme consent, erasure request), the
 * programme lead's erasure requests and theme pages, and the refusal page for tampered ids and pages of another role.
 * Uses Laura Evans (demo Set B), whom no other browser test signs in as.
 */
@ExtendWith(SharedMicro.class)
class DataRightsPagesIT {

    private static final String LAURA = "laura.evans@example.org";

    private final URL base;

    DataRightsPagesIT(URL base) {
        this.base = base;
    }

    @TempDir
    Path downloads;

    private void signIn(Browser browser, String email) {
        browser.open(base + "index.xhtml");
        browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
        browser.signIn(email, DemoLogins.PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
    }

    @Test
    void aMemberDownloadsGivesAndWithdrawsConsentAndAsksForErasureWhichALeadCarriesOut() throws Exception {
        try (Browser member = new Browser(downloads)) {
            signIn(member, LAURA);
            member.find("nav a[href$='my-data.xhtml']").click();
            member.waitFor().until(ExpectedConditions.urlContains("my-data.xhtml"));
            assertEquals("My data", member.heading());
            Accessibility.assertNoViolations(member);

            member.find("button[id='downloadForm:download']").click();
            Path file = member.waitFor().until(d -> newestJson().orElse(null));
            String json = Files.readString(file);
            assertTrue(json.contains("\"email\": \"" + LAURA + "\""), json);
            assertFalse(json.contains("Amira Khan"), "nobody else's name or text in the download");

            member.press("button[id$=':give']");
            assertTrue(member.mainText().contains("You have given consent for Set B."), member.mainText());
            assertTrue(member.find("[id='consentForm:consents']").getText().contains("Given on"));
            member.press("button[id$=':withdraw']");
            assertTrue(member.mainText().contains("You have withdrawn consent for Set B."), member.mainText());
            assertTrue(member.find("[id='consentForm:consents']").getText().contains("Withdrawn on"));

            member.find("button[id='eraseForm:requestErasure']").click();
            WebElement yes = member.find("button[id='eraseForm:confirmYes']");
            Accessibility.assertNoViolations(member); // with the confirmation dialog open
            yes.click();
            member.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("erasurePending"), "waiting for a programme lead"));
            assertFalse(member.find("button[id='eraseForm:requestErasure']").isEnabled(), "asked once");
            String requests = member.find("[id='requestTable']").getText();
            assertTrue(requests.contains("Erasure") && requests.contains("Waiting"), requests);
            assertTrue(requests.contains("Download"), requests);

            member.open(base + "admin/data-requests.xhtml");
            assertEquals("You cannot open this", member.heading(), "a member cannot open the lead's page");
        }

        try (Browser lead = new Browser()) {
            signIn(lead, DemoLogins.ADMIN);
            lead.find("nav a[href$='admin/data-requests.xhtml']").click();
            lead.waitFor().until(ExpectedConditions.urlContains("data-requests.xhtml"));
            Accessibility.assertNoViolations(lead);
            WebElement erase = lead.driver().findElements(By.cssSelector("button[id$=':carryOut']")).stream()
                    .filter(b -> b.getText().contains("Laura Evans"))
                    .findFirst()
                    .orElseThrow();
            erase.click();
            lead.find("button[id='requestsForm:confirmYes']").click();
            lead.waitFor().until(Browser.gone(erase));
            assertTrue(lead.mainText().contains("Erased the contributions of Laura Evans"), lead.mainText());
            assertTrue(lead.driver().findElements(By.cssSelector("button[id$=':carryOut']")).stream()
                    .noneMatch(b -> b.getText().contains("Laura Evans")));
        }

        try (Browser member = new Browser()) {
            signIn(member, LAURA);
            member.open(base + "my-data.xhtml");
            String requests = member.find("[id='requestTable']").getText();
            assertTrue(requests.contains("Erasure") && requests.contains("Done"), requests);
            assertTrue(member.find("button[id='eraseForm:requestErasure']").isEnabled(), "may ask again later");
        }
    }

    @Test
    void aLeadKeepsTheThemeListAndSeesOnlyTheThresholdedSummary() {
        try (Browser lead = new Browser()) {
            signIn(lead, DemoLogins.ADMIN);
            DemoProgramme.link(lead, "themes").click();
            lead.waitFor().until(ExpectedConditions.urlContains("themes.xhtml"));
            assertTrue(lead.heading().startsWith("Themes of Ambulatory Emergency Care"), lead.heading());
            assertTrue(lead.mainText().contains("at least 3 different members"), lead.mainText());
            Accessibility.assertNoViolations(lead);

            lead.press("button[id='themeForm:add']");
            assertTrue(lead.mainText().contains("Name the theme."), "an empty name is refused");
            String name = "Discharge " + System.nanoTime();
            lead.find("input[id='themeForm:newTheme']").sendKeys(name);
            lead.press("button[id='themeForm:add']");
            assertTrue(lead.find("[id='themeForm:themes']").getText().contains(name));
            lead.find("input[id='themeForm:newTheme']").sendKeys(name.toUpperCase());
            lead.press("button[id='themeForm:add']");
            assertTrue(lead.mainText().contains("The programme already has a theme called"), lead.mainText());
            assertEquals(
                    name.toUpperCase(),
                    lead.find("input[id='themeForm:newTheme']").getAttribute("value"),
                    "what was typed is kept");

            lead.open(base + "programmes/themes.xhtml?id=00000000-0000-0000-0000-000000000000");
            assertEquals("You cannot open this", lead.heading(), "a tampered id gets the refusal page");
            assertTrue(lead.mainText().contains("Nothing has been changed."));
            Accessibility.assertNoViolations(lead);
        }
    }

    @Test
    void aFacilitatorTagsTheSetsIssuesAndSeesItsAuditWhichOthersCannotOpen() {
        String setA;
        try (Browser facilitator = new Browser()) {
            signIn(facilitator, DemoLogins.FACILITATOR);
            WebElement tagLink = facilitator.driver().findElements(By.cssSelector("a[id$=':tagThemes']")).stream()
                    .filter(a -> a.getText().contains("Set A"))
                    .findFirst()
                    .orElseThrow();
            tagLink.click();
            facilitator.waitFor().until(ExpectedConditions.urlContains("sets/themes.xhtml"));
            setA = facilitator.driver().getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
            assertEquals("Themes of Set A's issues", facilitator.heading());
            Accessibility.assertNoViolations(facilitator);

            facilitator.press("button[id='tagForm:issues:0:tag']");
            assertTrue(facilitator.mainText().contains("Choose a theme for"), "no theme chosen: a message");
            new org.openqa.selenium.support.ui.Select(facilitator.find("select[id='tagForm:issues:0:theme']"))
                    .selectByVisibleText("Data and measurement");
            facilitator.press("button[id='tagForm:issues:0:tag']");
            assertTrue(facilitator.mainText().contains("Tagged"), facilitator.mainText());
            WebElement untag = facilitator.driver().findElements(By.cssSelector("button[id$=':untag']")).stream()
                    .filter(b -> b.getText().contains("Data and measurement"))
                    .findFirst()
                    .orElseThrow();
            untag.click();
            facilitator.waitFor().until(Browser.gone(untag));
            assertTrue(facilitator.mainText().contains("Removed Data and measurement"), facilitator.mainText());

            facilitator.open(base + "sets/audit.xhtml?id=" + setA);
            assertEquals("Who opened Set A's records", facilitator.heading());
            assertTrue(facilitator.find("[id='auditForm:audit']").getText().contains("Carolyn Robertson"));
            Accessibility.assertNoViolations(facilitator);
            facilitator.open(base + "sets/themes.xhtml?id=not-a-set");
            assertEquals("You cannot open this", facilitator.heading());
        }
        try (Browser member = new Browser()) {
            signIn(member, LAURA);
            member.open(base + "sets/audit.xhtml?id=" + setA);
            assertEquals("You cannot open this", member.heading(), "another set's member");
            member.open(base + "sets/themes.xhtml?id=" + setA);
            assertEquals("You cannot open this", member.heading());
        }
    }

    private Optional<Path> newestJson() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
