package org.learningsets.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.SharedMicro;
import org.learningsets.web.it.support.TrustIdentityProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sign-in with the trust's account, in the browser, through the trust's OpenID Connect provider (a real provider in
 * the test JVM, see TrustIdentityProvider): the sign-in page offers it; the provider's page takes the person's name
 * and address; the person lands on their home page; signing out ends the session at the provider too; the next
 * sign-in finds the account by the provider's id even when the address changed; someone nobody added to a programme
 * is told what to do. Uses Rosa Martinez (Frailty set), whom no other browser class signs in as.
 */
@ExtendWith(SharedMicro.class)
class TrustSignInPagesIT {

    private static final String ROSA = "Rosa Martinez";

    private final URL base;
    private final TrustIdentityProvider trust;

    TrustSignInPagesIT(URL base, TrustIdentityProvider trust) {
        this.base = base;
        this.trust = trust;
    }

    @Test
    void aMemberSignsInWithHerTrustAccountAndOutAgainAtTheTrustToo() {
        try (Browser browser = new Browser()) {
            browser.open(base + "login.xhtml");
            WebElement offer = browser.find("#trustSignIn");
            assertEquals("Sign in with your Harbour NHS Trust account", offer.getText());
            Accessibility.assertNoViolations(browser);

            offer.click();
            // Her address at the trust's other domain: the import knew her as rosa.martinez@example.org.
            atTheProvider(
                    browser,
                    "rosa-at-harbour",
                    "{\"email\": \"Rosa.Martinez@harbour.nhs.uk\", " + "\"email_verified\": true}");
            browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            assertTrue(browser.mainText().contains("Welcome, " + ROSA), browser.mainText());
            browser.assertNothingRefused();

            browser.find("button[id='signOutForm:signOut']").click();
            browser.waitFor().until(ExpectedConditions.urlContains("signedOut=true"));
            assertTrue(browser.driver().getCurrentUrl().startsWith(base.toString()), "back from the provider");
            assertTrue(browser.mainText().contains("You have signed out."), browser.mainText());

            // Signed out at the provider as well: it asks again. Now without any address: its id decides.
            browser.find("#trustSignIn").click();
            atTheProvider(browser, "rosa-at-harbour", "{}");
            browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            assertTrue(browser.mainText().contains("Welcome, " + ROSA), browser.mainText());
        }
    }

    @Test
    void someoneNotOnAProgrammeIsToldWhatToDoAndCannotComeIn() {
        try (Browser browser = new Browser()) {
            browser.open(base + "login.xhtml");
            browser.find("#trustSignIn").click();
            atTheProvider(
                    browser, "someone-new", "{\"email\": \"new.starter@harbour.nhs.uk\", \"email_verified\": true}");
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("notKnown")));
            assertTrue(browser.find("#notKnown").getText().contains("Ask your programme lead to add you"));
            Accessibility.assertNoViolations(browser);

            browser.open(base + "index.xhtml");
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), "not signed in");
        }
    }

    @Test
    void anAddressTheProviderDoesNotVouchForLinksNoAccount() {
        try (Browser browser = new Browser()) {
            browser.open(base + "login.xhtml");
            browser.find("#trustSignIn").click();
            atTheProvider(
                    browser, "claims-to-be-ben", "{\"email\": \"ben.carter@example.org\", \"email_verified\": false}");
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("notKnown")));
            assertFalse(browser.mainText().contains("Ben"), "nothing said about who exists");
        }
    }

    /** The provider's own sign-in page: a user name (the token's subject) and the claims about the person. */
    private void atTheProvider(Browser browser, String userName, String claims) {
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertTrue(
                browser.driver().getCurrentUrl().startsWith(trust.issuer()),
                browser.driver().getCurrentUrl());
        WebElement name = browser.driver().findElement(By.name("username"));
        name.clear();
        name.sendKeys(userName);
        WebElement claimsField = browser.driver().findElement(By.name("claims"));
        claimsField.clear();
        claimsField.sendKeys(claims);
        WebElement submit = browser.driver().findElement(By.cssSelector("input[type='submit']"));
        submit.click();
        browser.waitFor().until(Browser.gone(submit));
    }
}
