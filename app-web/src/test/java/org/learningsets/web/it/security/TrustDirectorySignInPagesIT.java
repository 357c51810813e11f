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
import org.learningsets.web.it.support.TrustDirectoryServer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The sign-in form checked against the trust's Active Directory (an in-memory directory answering LDAPS, see
 * TrustDirectoryServer), in the browser: a member types the name and password the trust gave her and lands on her home
 * page; a wrong directory password gets the form's one failure message; the programme lead signs in by the directory
 * and, as a member of its leads group, sees the programmes; someone the directory knows but no programme holds is told
 * what to do. Uses Samuel Adeyemi (Frailty set) and the programme lead; signing in by the directory changes nothing
 * other classes assert (the demo password keeps working).
 */
@ExtendWith(SharedMicro.class)
class TrustDirectorySignInPagesIT {

    private static final String FAILED = "The email address or password is not right.";

    private final URL base;

    TrustDirectorySignInPagesIT(URL base, TrustDirectoryServer directory) {
        this.base = base;
    }

    @Test
    void aMemberSignsInWithTheNameAndPasswordHerTrustGaveHer() {
        try (Browser browser = new Browser()) {
            browser.open(base + "login.xhtml");
            browser.signIn(TrustDirectoryServer.SAMUEL.userPrincipalName(), "not-the-directory-password");
            assertTrue(browser.mainText().contains(FAILED), browser.mainText());
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));

            browser.signIn(TrustDirectoryServer.SAMUEL.userPrincipalName(), TrustDirectoryServer.SAMUEL.password());
            browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            assertEquals("Welcome, Samuel Adeyemi", browser.heading());
            assertFalse(browser.mainText().contains("Programmes"), "a member sees no programme list");
            browser.assertNothingRefused();

            browser.find("button[id='signOutForm:signOut']").click();
            browser.waitFor().until(ExpectedConditions.urlContains("signedOut=true"));
            // The second time the directory's id finds him, whatever he types of his names.
            browser.open(base + "login.xhtml");
            browser.signIn(TrustDirectoryServer.SAMUEL.mail(), TrustDirectoryServer.SAMUEL.password());
            browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            assertEquals("Welcome, Samuel Adeyemi", browser.heading());
        }
    }

    @Test
    void theProgrammeLeadSignsInThroughTheDirectoryAndSeesTheProgrammes() {
        try (Browser browser = new Browser()) {
            browser.open(base + "index.xhtml");
            browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.signIn(TrustDirectoryServer.LEAD.userPrincipalName(), TrustDirectoryServer.LEAD.password());
            browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            assertTrue(browser.find("#programmeTable").isDisplayed(), "the lead's programme list");
            browser.assertNothingRefused();
        }
    }

    @Test
    void someoneTheDirectoryKnowsButNoProgrammeHoldsIsToldWhatToDo() {
        try (Browser browser = new Browser()) {
            browser.open(base + "login.xhtml");
            // A wrong password says nothing about who exists, here or in the directory.
            browser.signIn(TrustDirectoryServer.STRANGER.userPrincipalName(), "not-the-directory-password");
            assertTrue(browser.mainText().contains(FAILED), browser.mainText());

            browser.signIn(TrustDirectoryServer.STRANGER.userPrincipalName(), TrustDirectoryServer.STRANGER.password());
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("notKnown")));
            assertTrue(browser.find("#notKnown").getText().contains("Ask your programme lead to add you"));
            Accessibility.assertNoViolations(browser);

            browser.open(base + "index.xhtml");
            browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
        }
    }
}
