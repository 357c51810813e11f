package org.learningsets.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.FacesHttpClient;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a person does at the door, in Debian's headless Chromium against the built WAR on Payara Micro with the
 * demo data: each role signs in and sees its home page; a wrong password is refused; sign-out ends the session;
 * an unknown page and display preferences behave as a person expects; pages carry the security headers.
 */
@ExtendWith(SharedMicro.class)
class SignInIT {

    private static final String ELEANOR = "eleanor.hughes@example.org";

    private final URL base;

    SignInIT(URL base) {
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

    private void signInAs(String email) {
        browser.open(base + "index.xhtml");
        browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
        browser.signIn(email, DemoLogins.PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
    }

    @Test
    void memberSeesTheirSetAndNextMeeting() {
        signInAs(DemoLogins.MEMBER);
        assertEquals("Welcome, Amira Khan", browser.heading());
        String sets = browser.find("#memberSetList").getText();
        assertTrue(sets.contains("Set A"), sets);
        assertTrue(sets.contains("Facilitator: Carolyn Robertson"), sets);
        assertTrue(sets.contains("6 members"), sets);
        String meetings = browser.find("#nextMeetingList").getText();
        assertTrue(meetings.contains("Set A, meeting 2"), meetings);
        assertTrue(meetings.contains("14:00 to 16:00"), meetings);
        assertFalse(browser.mainText().contains("Programmes"), "a member sees no programme list");
    }

    @Test
    void facilitatorSeesTheSetsTheyFacilitate() {
        signInAs(DemoLogins.FACILITATOR);
        assertEquals("Welcome, Carolyn Robertson", browser.heading());
        String sets = browser.find("#facilitatedSetList").getText();
        assertTrue(sets.contains("Set A"), sets);
        assertFalse(sets.contains("Set B"), "Set B is Andy Mitchell's");
    }

    @Test
    void programmeLeadSeesProgrammesWithCountsOnly() {
        signInAs(DemoLogins.ADMIN);
        assertEquals("Welcome, Morgan Ellis", browser.heading());
        String table = browser.find("#programmeTable").getText();
        assertTrue(table.contains("Ambulatory Emergency Care Network: Action Learning"), table);
        assertTrue(table.contains("NHS Elect"), table);
        assertFalse(browser.mainText().contains("Getting ambulatory patients seen"), "no issue text for a lead");
    }

    /** Operators: MicroProfile Health (live, ready with the database) and metrics, on the server's own paths. */
    @Test
    void operatorsSeeHealthAndMetrics() throws Exception {
        browser.open(base + "index.xhtml");
        browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
        browser.signIn(DemoLogins.MEMBER, "not-the-password");
        assertTrue(browser.mainText().contains("The email address or password is not right."));
        signInAs(DemoLogins.MEMBER); // builds a home page, which is timed

        HttpClient http = HttpClient.newHttpClient();
        URI server = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
        HttpResponse<String> live = http.send(
                HttpRequest.newBuilder(server.resolve("health/live")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("learningsets-heap") && live.body().contains("\"UP\""), live.body());
        HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(server.resolve("health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(
                ready.body().contains("learningsets-database") && ready.body().contains("Apache Derby"), ready.body());
        HttpResponse<String> metrics = http.send(
                HttpRequest.newBuilder(server.resolve("metrics"))
                        .header("Accept", "text/plain")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("learningsets_signin_failed"), "failed sign-ins are counted");
        assertTrue(metrics.body().contains("learningsets_home"), "home page time is measured");
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() {
        browser.open(base + "login.xhtml");
        browser.signIn(DemoLogins.MEMBER, "not-the-password");
        assertTrue(browser.mainText().contains("The email address or password is not right."));
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));

        browser.signIn("nobody@example.org", "not-the-password");
        assertTrue(browser.mainText().contains("The email address or password is not right."));

        browser.open(base + "index.xhtml");
        browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));

        // After failed attempts, the right password still gets the person in, on the first try.
        browser.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
        assertEquals("Welcome, Amira Khan", browser.heading());
    }

    /** Farid Rahman's account is used by no other browser test: it stays blocked for the rest of the run. */
    @Test
    void repeatedFailuresAreThrottledAlikeForAnAccountAndForAnAddressWithNone() throws Exception {
        String throttled = "Too many failed sign-ins with this email address.";
        for (String address :
                new String[] {"farid.rahman@example.org", "nobody-" + java.util.UUID.randomUUID() + "@example.org"}) {
            FacesHttpClient http = new FacesHttpClient(base.toString());
            for (int i = 0; i < 5; i++) {
                String page = http.signIn(address, "not-the-password-" + i).body();
                assertTrue(
                        page.contains("The email address or password is not right.") && !page.contains(throttled),
                        "attempt " + (i + 1) + " for " + address);
            }
            assertTrue(http.signIn(address, "not-the-password").body().contains(throttled), address);
        }
        String page = new FacesHttpClient(base.toString())
                .signIn("Farid.Rahman@example.org ", DemoLogins.PASSWORD)
                .body();
        assertTrue(
                page.contains(throttled) && page.contains("signIn:password"),
                "while blocked even the right password is refused, for the address in any case");
    }

    /** Isla Patel's account is used by no other browser test; it is enabled again at the end. */
    @Test
    void disablingAnAccountEndsItsSessionAtTheNextClick() {
        try (Browser isla = new Browser()) {
            isla.open(base + "login.xhtml");
            isla.signIn("isla.patel@example.org", DemoLogins.PASSWORD);
            isla.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));

            signInAs(DemoLogins.ADMIN);
            browser.open(base + "admin/accounts.xhtml");
            assertTrue(browser.find("#noAccounts").getText().contains("Type at least two characters"));
            Accessibility.assertNoViolations(browser);
            findAccounts("programme.lead@");
            browser.find("button[id$=':disable']").click();
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("messages"), "You cannot disable your own account"));
            findAccounts("isla.patel");
            WebElement disable = browser.find("button[id$=':disable']");
            disable.sendKeys(Keys.ENTER);
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("messages"), "Isla Patel's account is disabled"));
            assertTrue(browser.find("#accountTable").getText().contains("Disabled"));
            Accessibility.assertNoViolations(browser);

            isla.open(base + "sets/mine.xhtml");
            isla.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
            assertTrue(isla.find("#accountDisabled").getText().contains("your account was disabled"));
            isla.signIn("isla.patel@example.org", DemoLogins.PASSWORD);
            assertTrue(
                    isla.mainText().contains("The email address or password is not right."),
                    "a disabled account is refused like a wrong password");

            browser.find("button[id$=':enable']").click();
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("messages"), "Isla Patel's account is enabled again"));
            isla.signIn("isla.patel@example.org", DemoLogins.PASSWORD);
            isla.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
        }
    }

    private void findAccounts(String words) {
        WebElement field = browser.find("input[id='accounts:words']");
        field.clear();
        field.sendKeys(words, Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountTable"), words));
    }

    /**
     * Cross-site request forgery: a state change is a Faces POST, which acts only with the view state the server
     * gave this session (server-side state, unguessable id); a forged or missing one changes nothing. No GET
     * changes state (every page's view action only reads), so no view needs to be a protected view.
     */
    @Test
    void aFormPostWithoutItsOwnViewStateChangesNothing() throws Exception {
        FacesHttpClient http = new FacesHttpClient(base.toString());
        http.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        String marker = "Forged entry " + java.util.UUID.randomUUID();
        for (String viewState : new String[] {"-1234567890123456789:987654321", null}) {
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("entry", "entry");
            fields.put("entry:learned", marker);
            fields.put("entry:save", "");
            if (viewState != null) {
                fields.put("jakarta.faces.ViewState", viewState);
            }
            HttpResponse<String> response = http.post("learning/log.xhtml", fields);
            assertFalse(
                    response.body().contains("Your reflection is saved")
                            || response.body().contains(marker),
                    "nothing saved with view state " + viewState);
            if (viewState != null) {
                assertTrue(response.body().contains("This page has expired"), "a forged view state is refused");
            }
        }
        String log = http.get("learning/log.xhtml").body();
        assertTrue(log.contains("What did I learn?"), "still signed in, on the learning log");
        assertFalse(log.contains(marker), "nothing was saved");
    }

    /**
     * The programme lead's and administrator's pages are refused as pages, not only by their services: a member and a
     * facilitator get the refusal page (403) instead of the page's shell, for a GET and for a form post; the lead gets
     * the pages.
     */
    @Test
    void theLeadsPagesThemselvesAreRefusedToOtherRoles() throws Exception {
        List<String> leadsPages = List.of(
                "admin/accounts.xhtml",
                "programmes/new.xhtml",
                "admin/keys.xhtml",
                "admin/outbox.xhtml",
                "admin/data-requests.xhtml",
                "programmes/import.xhtml");
        for (String who : List.of(DemoLogins.OTHER_MEMBER, DemoLogins.FACILITATOR)) {
            FacesHttpClient http = new FacesHttpClient(base.toString());
            http.signIn(who, DemoLogins.PASSWORD);
            for (String page : leadsPages) {
                HttpResponse<String> refused = http.get(page);
                assertEquals(403, refused.statusCode(), who + " " + page);
                assertTrue(refused.body().contains("You cannot open this"), who + " " + page);
                assertFalse(
                        refused.body().contains("Find accounts")
                                || refused.body().contains("Step 1 of 6"),
                        "no shell of the page: " + refused.body());
            }
            HttpResponse<String> post = http.post(
                    "admin/accounts.xhtml",
                    Map.of("accounts", "accounts", "accounts:words", "demo", "accounts:search", ""));
            assertEquals(403, post.statusCode(), who + " posting to the accounts page");
        }
        FacesHttpClient lead = new FacesHttpClient(base.toString());
        lead.signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        assertTrue(lead.get("admin/accounts.xhtml").body().contains("Find accounts"));
        assertTrue(lead.get("programmes/new.xhtml").body().contains("Step 1 of 6"));
    }

    /**
     * Every post, not only ajax, needs the CSP nonce of the page it came from (NonceCheck): a plain form post with the
     * right view state but no nonce, or another page's, saves nothing and gets the expired page, and so does the same
     * post as ajax; with its page's nonce the same post saves (so the refusals are the nonce's doing). Eleanor Hughes's
     * learning log gets one entry with a unique text.
     */
    @Test
    void aPostWithoutItsPagesNonceChangesNothingPlainOrAjax() throws Exception {
        FacesHttpClient http = new FacesHttpClient(base.toString());
        http.signIn(ELEANOR, DemoLogins.PASSWORD);
        String marker = "Nonce check " + java.util.UUID.randomUUID();
        HttpResponse<String> page = http.get("learning/log.xhtml");
        HttpResponse<String> otherPage = http.get("learning/log.xhtml");
        for (String nonce : new String[] {null, "bm90LXRoZS1ub25jZQ==", nonceOf(otherPage)}) {
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("entry", "entry");
            fields.put("entry:learned", marker);
            fields.put("entry:save", "");
            fields.put("jakarta.faces.ViewState", FacesHttpClient.viewStateOf(page));
            if (nonce != null) {
                fields.put("primefaces.nonce", nonce);
            }
            HttpResponse<String> response = http.post("learning/log.xhtml", fields);
            assertTrue(response.body().contains("This page has expired"), "refused with nonce " + nonce);
            assertFalse(response.body().contains(marker), "nothing saved with nonce " + nonce);
        }
        HttpResponse<String> ajaxPage = http.get("learning/log.xhtml");
        java.util.Map<String, String> ajax = new java.util.LinkedHashMap<>();
        ajax.put("entry", "entry");
        ajax.put("entry:learned", marker);
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", "entry:save");
        ajax.put("jakarta.faces.partial.execute", "@form");
        ajax.put("entry:save", "entry:save");
        ajax.put("jakarta.faces.ViewState", FacesHttpClient.viewStateOf(ajaxPage));
        ajax.put("primefaces.nonce", nonceOf(page));
        HttpResponse<String> ajaxAnswer = http.ajaxPost("learning/log.xhtml", ajax);
        assertTrue(ajaxAnswer.body().contains("This page has expired"), "ajax refused too:\n" + ajaxAnswer.body());
        assertFalse(http.get("learning/log.xhtml").body().contains(marker), "nothing was saved by any of them");

        HttpResponse<String> saved = http.submit(
                http.get("learning/log.xhtml"),
                "learning/log.xhtml",
                java.util.Map.of("entry", "entry", "entry:learned", marker, "entry:save", ""));
        assertFalse(saved.body().contains("This page has expired"), saved.body());
        assertTrue(http.get("learning/log.xhtml").body().contains(marker), "with its page's nonce the post saves");
    }

    private static String nonceOf(HttpResponse<String> page) {
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(nonce.find(), "the page has a nonce");
        return nonce.group(1);
    }

    @Test
    void emptyFieldsAreNamed() {
        browser.open(base + "login.xhtml");
        browser.signIn("", "");
        String text = browser.mainText();
        assertTrue(text.contains("Enter your email address."), text);
        assertTrue(text.contains("Enter your password."), text);
    }

    @Test
    void signInRenewsTheSessionAndSignOutEndsIt() {
        browser.open(base + "login.xhtml");
        String before = browser.sessionId();
        assertNotNull(before, "the sign-in form has a session for its view state");
        browser.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
        assertNotEquals(before, browser.sessionId(), "a new session id at sign-in");
        org.openqa.selenium.Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertEquals("Lax", cookie.getSameSite(), "another site's form post does not carry the signed-in cookie");
        assertTrue(cookie.isHttpOnly());

        browser.find("button[id='signOutForm:signOut']").click();
        browser.waitFor().until(ExpectedConditions.urlContains("signedOut=true"));
        assertTrue(browser.mainText().contains("You have signed out."));
        browser.open(base + "index.xhtml");
        browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void unknownPageGivesAFriendlyPageWithoutStackTrace() {
        signInAs(DemoLogins.MEMBER);
        browser.open(base + "no-such-page.xhtml");
        assertEquals("Page not found", browser.heading());
        String visible = browser.find("body").getText();
        assertFalse(visible.contains("Exception"), "no exception names on the page: " + visible);
        String source = browser.driver().getPageSource();
        assertFalse(source.matches("(?s).*\\bat (org|java|jakarta|com)\\.[\\w.$]+\\(.*"), "no stack trace in the page");
    }

    @Test
    void meetingsCanBeDownloadedAndSubscribedToWithoutSetContent() throws Exception {
        signInAs(DemoLogins.MEMBER);
        browser.open(base + "calendar.xhtml");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> download = http.send(
                HttpRequest.newBuilder(URI.create(base + "calendar/my-meetings.ics"))
                        .header("Cookie", "JSESSIONID=" + browser.sessionId())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = download.body();
        assertTrue(ics.contains("SUMMARY:Set A: meeting 2"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/London:"), ics);
        assertFalse(ics.contains("Getting ambulatory patients"), "no issue text in a calendar");
        assertEquals(
                302,
                http.send(
                                HttpRequest.newBuilder(URI.create(base + "calendar/my-meetings.ics"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode(),
                "the download needs sign-in");

        browser.find("button[id='feed:make']").click();
        String first = browser.find("input[id='feed:address']").getAttribute("value");
        HttpResponse<String> feed =
                http.send(HttpRequest.newBuilder(URI.create(first)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), first);
        assertTrue(feed.body().contains("SUMMARY:Set A: meeting 2"));

        browser.find("button[id='feed:make']").click();
        browser.waitFor()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !first.equals(d.findElement(By.id("feed:address")).getAttribute("value")));
        String second = browser.find("input[id='feed:address']").getAttribute("value");
        assertEquals(
                404,
                http.send(HttpRequest.newBuilder(URI.create(first)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode(),
                "a new address ends the old one");
        assertEquals(
                200,
                http.send(HttpRequest.newBuilder(URI.create(second)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode());
        assertEquals(
                404,
                http.send(
                                HttpRequest.newBuilder(URI.create(base + "calendar/feed/guess.ics"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode());
        browser.find("button[id='feed:stop']").click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("feed:stop")));
        assertEquals(
                404,
                http.send(HttpRequest.newBuilder(URI.create(second)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode(),
                "stopped");
    }

    /**
     * OWASP ASVS 14.4: the sign-in page, signed-in pages and error pages carry one Content-Security-Policy with a
     * fresh nonce per response (the one on the page's scripts), no framing, nosniff, Referrer-Policy and no-store;
     * a static resource is cacheable. That the policy blocks nothing the pages need is checked by every browser test
     * (Browser.assertNothingRefused).
     */
    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        FacesHttpClient http = new FacesHttpClient(base.toString());
        HttpResponse<String> signIn = http.get("login.xhtml");
        String firstNonce = assertPageHeaders(signIn);
        assertNotEquals(firstNonce, assertPageHeaders(http.get("login.xhtml")), "a new nonce for each response");

        HttpResponse<String> home = http.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        assertTrue(home.uri().getPath().endsWith("index.xhtml"), home.uri().toString());
        assertPageHeaders(home);
        assertPageHeaders(http.get("learning/log.xhtml"));
        HttpResponse<String> notFound = http.get("no-such-page.xhtml");
        assertEquals(404, notFound.statusCode());
        assertPageHeaders(notFound);
        // A post with a made-up view state and no nonce (as from another site) gets the whole expired page.
        HttpResponse<String> forged =
                http.post("learning/log.xhtml", Map.of("jakarta.faces.ViewState", "-1234567890123456789:987654321"));
        assertTrue(forged.body().contains("This page has expired"), forged.body());
        assertPageHeaders(forged);

        Matcher script = Pattern.compile("src=\"[^\"]*(/jakarta\\.faces\\.resource/[^\"]+)\"")
                .matcher(home.body());
        assertTrue(script.find(), "the page loads its scripts as resources");
        HttpResponse<String> resource = http.get(script.group(1).substring(1).replace("&amp;", "&"));
        assertEquals(200, resource.statusCode(), script.group(1));
        assertEquals(
                "nosniff",
                resource.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertFalse(
                resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "static resources may be cached");
    }

    /** Asserts the headers of a page and returns its nonce, checking that the page's scripts carry it. */
    private static String assertPageHeaders(HttpResponse<String> page) {
        String where = page.uri().toString();
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), where + ": " + policies);
        String policy = policies.get(0);
        for (String directive : List.of(
                "default-src 'self'",
                "frame-ancestors 'none'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'")) {
            assertTrue(policy.contains(directive), where + ": " + policy);
        }
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{16,})'")
                .matcher(policy);
        assertTrue(nonce.find(), where + ": " + policy);
        assertFalse(policy.contains("unsafe"), "no unsafe-inline, unsafe-eval or unsafe-hashes: " + policy);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), where + ": scripts carry the nonce");
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null), where);
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(null), where);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null), where);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(null), where);
        return nonce.group(1);
    }

    @Test
    void aFormFromAnExpiredSessionGetsAClearPage() {
        browser.open(base + "login.xhtml");
        browser.find("input[id='signIn:email']").sendKeys(DemoLogins.MEMBER);
        browser.find("input[id='signIn:password']").sendKeys(DemoLogins.PASSWORD);
        browser.driver().manage().deleteCookieNamed("JSESSIONID"); // as if the session had timed out
        browser.find("button[id='signIn:submit']").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main h1"), "This page has expired"));
        assertTrue(browser.mainText().contains("please open the page again"));
        browser.open(base + "index.xhtml");
        browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
    }

    /** Eleanor Hughes (demo Set A), whose display preferences no other browser test changes or reads. */
    @Test
    void displayPreferencesAreKeptForThePerson() {
        signInAs(ELEANOR);
        choosePreferences(1, 2);
        String classes = browser.driver().findElement(By.tagName("html")).getAttribute("class");
        assertTrue(classes.contains("scheme-yellow") && classes.contains("text-largest"), classes);

        // A new browser (a new session) signs in and gets the same look.
        browser.close();
        browser = new Browser();
        signInAs(ELEANOR);
        classes = browser.driver().findElement(By.tagName("html")).getAttribute("class");
        assertTrue(classes.contains("scheme-yellow") && classes.contains("text-largest"), classes);

        choosePreferences(0, 0);
        classes = browser.driver().findElement(By.tagName("html")).getAttribute("class");
        assertTrue(classes.contains("scheme-standard"), classes);
    }

    /**
     * Radio positions as the preferences page lists them (scheme 0 standard, 1 yellow; size 0 standard, 2 largest).
     * Waits for the saved page to replace the form before anything reads the page.
     */
    private void choosePreferences(int scheme, int size) {
        browser.open(base + "preferences.xhtml");
        browser.find("label[for='preferences:colourScheme:" + scheme + "']").click();
        browser.find("label[for='preferences:textSize:" + size + "']").click();
        WebElement save = browser.find("button[id='preferences:save']");
        save.click();
        browser.waitFor().until(Browser.gone(save));
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "Your display preferences are saved."));
    }
}
