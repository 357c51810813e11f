package org.learningsets.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.learningsets.ejb.security.TotpCodes;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Two-step sign-in in the browser, for a programme lead who is not a demo account: the demo lead imports a new person
 * (the invitation from the outbox sets their password) and makes them a programme lead. At their first sign-in they
 * must set two-step sign-in up before any page opens: they read the secret shown for typing by hand, compute the codes
 * as an app does (java-otp, like the server), confirm, and get ten recovery codes. Later sign-ins ask for the code:
 * refused without one, with a wrong one and with one used before, then in with a right one; once with a recovery code,
 * which is refused the second time. Last the demo lead resets it from the Accounts page (a lost phone), and the new
 * lead must set it up again. axe-core on every new page.
 */
@ExtendWith(SharedMicro.class)
class TwoStepSignInIT {

    private static final String DEMO_PROGRAMME = "Ambulatory Emergency Care Network: Action Learning";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/account/set-password\\.xhtml\\?token=\\S+");
    private static final String PASSWORD = "harbour lantern morning tide";
    private static final String FAILED =
            "The code is not right. Type the code your app shows now, or one of your recovery codes.";

    private final URL base;

    /** The step of the last code the server accepted: a later code must be of a later step. */
    private long lastStep = Long.MIN_VALUE;

    TwoStepSignInIT(URL base) {
        this.base = base;
    }

    @TempDir
    Path folder;

    @Test
    void aProgrammeLeadSetsUpTwoStepSignInAndThenNeedsACodeEachTime() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String email = "tomas.reyes." + u + "@example.org";
        try (Browser demoLead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            setPasswordFromInvitation(demoLead, email, u);
            findAccount(demoLead, email);
            click(demoLead, "button[id$=':makeLead']");
            assertTrue(demoLead.find("#accountTable").getText().contains("Two-step sign-in off"));

            try (Browser lead = new Browser()) {
                // First sign-in: set it up before any page opens.
                lead.open(base + "index.xhtml");
                lead.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
                lead.signIn(email, PASSWORD);
                lead.waitFor().until(ExpectedConditions.urlContains("account/two-step.xhtml"));
                assertEquals("Two-step sign-in", lead.heading());
                assertTrue(lead.find("#required").getText().startsWith("Programme leads sign in in two steps"));
                assertTrue(lead.find("#qrCode").getAttribute("src").startsWith("data:image/svg+xml;base64,"));
                Accessibility.assertNoViolations(lead);
                lead.open(base + "index.xhtml");
                lead.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
                assertTrue(
                        lead.driver().findElements(By.id("signOutForm")).isEmpty(),
                        "not signed in before two-step sign-in is set up");

                lead.signIn(email, PASSWORD);
                lead.waitFor().until(ExpectedConditions.urlContains("account/two-step.xhtml"));
                String secret = lead.find("#secret").getText().replace(" ", "");
                lead.type("input[id='confirmForm:code']", "000000".equals(shownNow(secret)) ? "111111" : "000000");
                click(lead, "button[id='confirmForm:confirm']");
                assertTrue(lead.mainText().contains("That code is not right."), lead.mainText());
                lead.type("input[id='confirmForm:code']", nextCode(secret));
                click(lead, "button[id='confirmForm:confirm']");
                List<String> recoveryCodes = lead.driver().findElements(By.cssSelector("#recoveryCodes li")).stream()
                        .map(WebElement::getText)
                        .toList();
                assertEquals(10, recoveryCodes.size(), lead.mainText());
                assertTrue(recoveryCodes.get(0).matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"), recoveryCodes.get(0));
                Accessibility.assertNoViolations(lead);
                click(lead, "a[id='continue']");
                lead.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
                assertEquals("Welcome, Tomas Reyes", lead.heading());
                signOut(lead);

                // Later sign-ins: the code page.
                signInToCodePage(lead, email);
                Accessibility.assertNoViolations(lead);
                click(lead, "button[id='codeForm:verify']");
                assertTrue(lead.mainText().contains("Type the code from your app."), "refused without a code");
                lead.open(base + "index.xhtml");
                lead.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
                assertTrue(lead.driver().findElements(By.id("signOutForm")).isEmpty(), "not signed in without a code");
                signInToCodePage(lead, email);
                String right = nextCode(secret);
                String wrong = right.equals("123456") ? "654321" : "123456";
                lead.type("input[id='codeForm:code']", wrong);
                click(lead, "button[id='codeForm:verify']");
                assertTrue(lead.mainText().contains(FAILED), "a wrong code: " + lead.mainText());
                Accessibility.assertNoViolations(lead);
                lead.type("input[id='codeForm:code']", right);
                click(lead, "button[id='codeForm:verify']");
                lead.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
                assertEquals("Welcome, Tomas Reyes", lead.heading());
                signOut(lead);

                signInToCodePage(lead, email);
                lead.type("input[id='codeForm:code']", right);
                click(lead, "button[id='codeForm:verify']");
                assertTrue(lead.mainText().contains(FAILED), "the same code again: " + lead.mainText());
                assertTrue(lead.driver().getCurrentUrl().contains("sign-in-code.xhtml"));

                // Without the phone: a recovery code, once.
                lead.type("input[id='codeForm:code']", recoveryCodes.get(0).toUpperCase(java.util.Locale.ROOT));
                click(lead, "button[id='codeForm:verify']");
                lead.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
                assertTrue(lead.mainText().contains("You signed in with a recovery code"), lead.mainText());
                assertTrue(lead.mainText().contains("9 are left"), lead.mainText());
                assertTrue(lead.driver()
                                .findElements(By.cssSelector("nav a[href$='account/two-step.xhtml']"))
                                .size()
                        == 1);
                lead.open(base + "account/two-step.xhtml");
                assertTrue(lead.find("#twoStepState").getText().startsWith("Two-step sign-in is on"));
                assertTrue(lead.find("#keptOn").getText().startsWith("Programme leads keep two-step sign-in on."));
                Accessibility.assertNoViolations(lead);
                signOut(lead);
                signInToCodePage(lead, email);
                lead.type("input[id='codeForm:code']", recoveryCodes.get(0));
                click(lead, "button[id='codeForm:verify']");
                assertTrue(lead.mainText().contains(FAILED), "a recovery code used before: " + lead.mainText());

                // A lost phone: the demo lead resets it, and the next sign-in sets it up afresh.
                findAccount(demoLead, email);
                assertTrue(demoLead.find("#accountTable").getText().contains("Two-step sign-in on"));
                Accessibility.assertNoViolations(demoLead);
                click(demoLead, "button[id$=':resetSecondFactor']");
                demoLead.waitFor()
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("messages"), "Tomas Reyes's two-step sign-in is reset"));
                lead.open(base + "login.xhtml");
                lead.signIn(email, PASSWORD);
                lead.waitFor().until(ExpectedConditions.urlContains("account/two-step.xhtml"));
                assertFalse(lead.find("#secret").getText().replace(" ", "").equals(secret), "a new secret");
            }
        }
    }

    /** The code an app shows now, or the next step's when the current one was used already. */
    private String nextCode(String secret) {
        long step = Math.max(TotpCodes.stepAt(Instant.now()), lastStep + 1);
        lastStep = step;
        return TotpCodes.codeFor(secret, step);
    }

    /** What the app shows now, for choosing a code that is certainly wrong. */
    private static String shownNow(String secret) {
        return TotpCodes.codeAt(secret, Instant.now());
    }

    private void signInToCodePage(Browser browser, String email) {
        browser.open(base + "login.xhtml");
        browser.signIn(email, PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("account/sign-in-code.xhtml"));
        assertEquals("Your sign-in code", browser.heading());
    }

    private static void click(Browser browser, String css) {
        WebElement button = browser.find(css);
        button.click();
        browser.waitFor().until(Browser.gone(button));
    }

    private static void signOut(Browser browser) {
        click(browser, "button[id='signOutForm:signOut']");
        browser.waitFor().until(ExpectedConditions.urlContains("signedOut=true"));
    }

    private void findAccount(Browser browser, String email) {
        browser.open(base + "admin/accounts.xhtml");
        WebElement field = browser.find("input[id='accounts:words']");
        field.clear();
        field.sendKeys(email, Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountTable"), email));
    }

    /** The demo lead imports the person into the demo programme; the invitation's link sets their password. */
    private void setPasswordFromInvitation(Browser demoLead, String email, String u) throws Exception {
        Path file = folder.resolve("lead.csv");
        Files.writeString(file, """
                Full name,Email,Organisation,Profession,Clinical area
                Tomas Reyes,%s,Harbour Trust %s,Service manager,Emergency care
                """.formatted(email, u), StandardCharsets.UTF_8);
        demoLead.open(base + "programmes/import.xhtml");
        new Select(demoLead.find("select[id='uploadForm:programme']")).selectByVisibleText(DEMO_PROGRAMME);
        demoLead.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        click(demoLead, "button[id='uploadForm:preview']");
        click(demoLead, "button[id='previewForm:confirm']");
        assertTrue(demoLead.find("#resultCounts").getText().contains("1 new people with accounts; 1 invitations"));

        demoLead.open(base + "admin/outbox.xhtml");
        WebElement message = demoLead.driver().findElements(By.cssSelector("[id='outboxForm:messages'] a")).stream()
                .filter(a -> a.getText().contains(email))
                .findFirst()
                .orElseThrow();
        message.click();
        demoLead.waitFor().until(Browser.gone(message));
        Matcher link = LINK.matcher(demoLead.find("#letterText").getText());
        assertTrue(link.find(), demoLead.find("#letterText").getText());

        try (Browser invited = new Browser()) {
            invited.open(link.group());
            assertEquals("Set your password", invited.heading());
            invited.type("input[id='passwordForm:password']", PASSWORD);
            invited.type("input[id='passwordForm:repeat']", PASSWORD);
            click(invited, "button[id='passwordForm:save']");
            invited.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
        }
    }
}
