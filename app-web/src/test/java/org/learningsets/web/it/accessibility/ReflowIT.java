package org.learningsets.web.it.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.DemoProgramme;
import org.learningsets.web.it.support.SharedMicro;
import org.learningsets.web.it.support.WarPages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Reflow (WCAG 2.2, 1.4.10): at 320 CSS px wide no page scrolls sideways, in every colour scheme and text size.
 * One browser, its viewport set to 320 px once (Chromium's device metrics; a headless window is at least 500 px);
 * the member Amira Khan, the facilitator Carolyn Robertson and the programme lead each find their pages by following
 * every link from their home page, and switch scheme and size through the display preferences as
 * MemberPagesDisplaySweepIT does (each puts back the standard look at the end).
 *
 * <p>Pairwise, as that test: person p (0, 1, 2) loads each of their pages under scheme s (0 to 4) at size
 * (s + p) mod 3, so every page is checked at 320 px in all five schemes and, among those five, at all three sizes
 * (5 loads a page, 5 preference changes a person), and the three people together cover all 15 pairs of scheme and
 * size. The first of the five is the crawl that finds the pages. A page several people reach (My data, the error
 * pages) is checked for the first of them; the home page, a set's page and an issue's page, which differ by role, for
 * each. The pages open without signing in are checked signed out, in the standard look a signed-out visitor has, and
 * signed in in every scheme and size. The check: {@code document.documentElement.scrollWidth} is no wider than the
 * page's width without its scroll bar ({@code clientWidth}, so also than {@code innerWidth}); a wide table scrolls
 * inside its own box, which WCAG allows. The test fails if a page of the WAR was not checked.
 *
 * <p>A second test: at 1366 px the programme lead's header keeps each of its two rows on one line and its menu open;
 * at 320 px it folds behind the Menu button, which opens and closes it.
 */
@ExtendWith(SharedMicro.class)
class ReflowIT {

    private static final int SCHEMES = 5;
    private static final int SIZES = 3;
    private static final int NARROW = 320;
    private static final int MOST_PAGES_PER_ROLE = 60;
    /** Pages whose content differs by role: checked for every role that reaches them. */
    private static final Set<String> PER_ROLE = Set.of("/index.xhtml", "/sets/set.xhtml", "/issues/issue.xhtml");

    private final URL base;
    private int loads;
    /** The pages (by path) already given to a person to check. */
    private final Set<String> assigned = new HashSet<>();

    ReflowIT(URL base) {
        this.base = base;
    }

    @Test
    void everyPageReflowsAt320PxInEverySchemeAndTextSize() {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        try (Browser browser = new Browser()) {
            narrow(browser);
            String demoProgramme = demoProgrammeId(browser);
            List<String> people = List.of(DemoLogins.MEMBER, DemoLogins.FACILITATOR, DemoLogins.ADMIN);
            for (int p = 0; p < people.size(); p++) {
                String person = people.get(p);
                browser.open(base + "login.xhtml");
                browser.signIn(person, DemoLogins.PASSWORD);
                browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
                try {
                    choose(browser, 0, p % SIZES);
                    // The demo programme's page first: other tests add programmes without sets, and the crawl
                    // visits one page per set of parameter names.
                    List<String> start = DemoLogins.ADMIN.equals(person)
                            ? List.of(base + "index.xhtml", base + "programmes/programme.xhtml?id=" + demoProgramme)
                            : List.of(base + "index.xhtml");
                    List<String> pages =
                            crawl(browser, start, person, "scheme 0, size " + p % SIZES, problems, checked);
                    List<String> more = new ArrayList<>(List.of(
                            base + "no-such-page.xhtml",
                            base + "error.xhtml",
                            base + "expired.xhtml",
                            base + "login.xhtml"));
                    if (DemoLogins.MEMBER.equals(person)) {
                        more.add(base + "evaluation/answer.xhtml?programme=" + demoProgramme);
                    }
                    if (!DemoLogins.ADMIN.equals(person)) {
                        more.add(base + "admin/accounts.xhtml"); // shown as the refusal page
                    }
                    more.removeIf(url -> !firstTime(shownAt(url, person)));
                    for (String url : more) {
                        check(browser, url, person, "scheme 0, size " + p % SIZES, problems, checked);
                    }
                    pages.addAll(more);
                    for (int scheme = 1; scheme < SCHEMES; scheme++) {
                        int size = (scheme + p) % SIZES;
                        choose(browser, scheme, size);
                        for (String url : pages) {
                            check(browser, url, person, "scheme " + scheme + ", size " + size, problems, checked);
                        }
                    }
                } finally {
                    choose(browser, 0, 0);
                }
                signOut(browser);
            }
            for (String page : List.of(
                    "login.xhtml",
                    "account/set-password.xhtml?token=not-a-real-invitation",
                    // The second step of signing in, with no sign-in under way in this browser.
                    "account/sign-in-code.xhtml",
                    "expired.xhtml",
                    "error.xhtml",
                    "unavailable.xhtml",
                    // Sign-in through the trust: where its answers land (their words without a sign-in under way).
                    "sso/not-known.xhtml",
                    "sso/disabled.xhtml",
                    "sso/problem.xhtml",
                    "sso/signing-out.xhtml")) {
                check(browser, base + page, "a person not signed in", "standard", problems, checked);
            }
        }
        System.out.println("ReflowIT: " + loads + " page loads at " + NARROW + " px, " + checked.size() + " pages, "
                + problems.size() + " problems");
        assertEquals(
                List.of(),
                problems,
                () -> problems.size() + " pages scroll sideways at " + NARROW + " px:\n" + String.join("\n", problems));
        Set<String> missed = new TreeSet<>(WarPages.all());
        missed.removeAll(checked);
        assertTrue(missed.isEmpty(), "Pages not checked at " + NARROW + " px: " + missed);
    }

    @Test
    void theLeadsHeaderStaysOnTwoLinesAt1366PxAndFoldsIntoAMenuAt320Px() {
        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            lead.driver().manage().window().setSize(new Dimension(1366, 900));
            lead.open(base + "index.xhtml");
            lead.find("main h1");
            assertFalse(headerFolded(lead), "the menu is open at 1366 px");
            assertEquals(
                    1L,
                    js(
                            lead,
                            "return new Set(Array.from(document.querySelectorAll("
                                    + "'.app-nav:not(.app-nav-account) li')).map(e => Math.round(e.getBoundingClientRect().top))).size;"),
                    "the main menu on one line");
            assertEquals(
                    Boolean.TRUE,
                    js(
                            lead,
                            "const brand = document.querySelector('.app-brand')"
                                    + ".getBoundingClientRect(); return Array.from(document.querySelectorAll('.app-account li, "
                                    + ".app-user, .app-signout .ui-button')).every(e => e.getBoundingClientRect().top < brand.bottom);"),
                    "the account links, address and Sign out beside the brand, on one line");
            assertTrue(lead.find("nav a[href$='admin/outbox.xhtml']").isDisplayed());

            narrow(lead);
            lead.open(base + "index.xhtml");
            lead.find("main h1");
            assertTrue(headerFolded(lead), "folded at 320 px");
            assertTrue(
                    lead.driver().findElements(By.cssSelector("nav a[href$='admin/outbox.xhtml']")).stream()
                            .noneMatch(a -> a.isDisplayed()),
                    "the menu is closed");
            var menu = lead.find("#menuButton");
            assertEquals("false", menu.getAttribute("aria-expanded"));
            menu.click();
            assertEquals("true", menu.getAttribute("aria-expanded"));
            assertTrue(lead.find("nav a[href$='admin/outbox.xhtml']").isDisplayed(), "open: every link shows");
            assertTrue(lead.find("button[id='signOutForm:signOut']").isDisplayed());
            Accessibility.assertNoViolations(lead);
            menu.click();
            assertEquals("false", menu.getAttribute("aria-expanded"));
            assertTrue(fits(lead), "the page fits");
        }
    }

    /** The demo programme's id, from its evaluation link on the lead's home page (read, nothing changed). */
    private String demoProgrammeId(Browser browser) {
        browser.open(base + "login.xhtml");
        browser.signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
        String href = DemoProgramme.link(browser, "evaluation").getAttribute("href");
        signOut(browser);
        return href.replaceAll(".*[?&]programme=([^&]+).*", "$1");
    }

    /**
     * The person's pages, breadth first from their home page (and the other start pages), one address per page and
     * set of parameter names; each page the person is to check is checked as it is found (first scheme and size).
     */
    private List<String> crawl(
            Browser browser,
            List<String> start,
            String person,
            String look,
            List<String> problems,
            Set<String> checked) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new HashSet<>();
        List<String> pages = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < MOST_PAGES_PER_ROLE) {
            String url = queue.poll();
            if (!seen.add(WarPages.key(url))) {
                continue;
            }
            if (firstTime(WarPages.path(base, url))) {
                check(browser, url, person, look, problems, checked);
                pages.add(url);
            } else {
                browser.open(url);
                browser.find("h1");
            }
            WarPages.linked(browser, base).stream()
                    .filter(link -> !seen.contains(WarPages.key(link)))
                    .forEach(queue::add);
        }
        assertTrue(seen.size() < MOST_PAGES_PER_ROLE, person + " reached more pages than expected: " + seen);
        return pages;
    }

    /** Whether the page is to be checked for this person: per role, or not given to an earlier person yet. */
    private boolean firstTime(String path) {
        return PER_ROLE.contains(path) || assigned.add(path);
    }

    /** The page shown at the address: the refusal and not-found pages answer at the address asked for. */
    private String shownAt(String url, String person) {
        if (url.contains("admin/accounts.xhtml") && !DemoLogins.ADMIN.equals(person)) {
            return "/refused.xhtml";
        }
        return url.contains("no-such-page") ? "/not-found.xhtml" : WarPages.path(base, url);
    }

    private void check(
            Browser browser, String url, String who, String look, List<String> problems, Set<String> checked) {
        browser.open(url);
        browser.find("h1");
        loads++;
        checked.add(shownAt(url, who));
        if (!fits(browser)) {
            problems.add(who + " in " + look + " on " + url.replace(base.toString(), "/") + ": "
                    + js(
                            browser,
                            "return document.documentElement.scrollWidth + ' px wide in ' "
                                    + "+ document.documentElement.clientWidth + ' px; widest: ' + Array.from("
                                    + "document.querySelectorAll('main *, header *')).filter(e => e.getBoundingClientRect()"
                                    + ".right > document.documentElement.clientWidth + 1).slice(-1).map(e => e.outerHTML"
                                    + ".substring(0, 120)).join('');"));
        }
    }

    /** Sign out, opening the folded menu first. */
    private static void signOut(Browser browser) {
        if (headerFolded(browser)) {
            browser.find("#menuButton").click();
        }
        browser.press("button[id='signOutForm:signOut']");
    }

    private static boolean fits(Browser browser) {
        return Boolean.TRUE.equals(js(
                browser,
                "const d = document.documentElement;"
                        + "return d.scrollWidth <= d.clientWidth && d.scrollWidth <= innerWidth;"));
    }

    private static boolean headerFolded(Browser browser) {
        return Boolean.TRUE.equals(js(
                browser, "return document.getElementById('appHeader').classList" + ".contains('app-header-folded');"));
    }

    /** 320 CSS px wide from now on, for every page this browser opens. */
    private static void narrow(Browser browser) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", NARROW, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        browser.open("about:blank");
        assertEquals((long) NARROW, js(browser, "return innerWidth;"), "the viewport is " + NARROW + " px wide");
    }

    private void choose(Browser browser, int scheme, int size) {
        browser.open(base + "preferences.xhtml");
        browser.find("label[for='preferences:colourScheme:" + scheme + "']").click();
        browser.find("label[for='preferences:textSize:" + size + "']").click();
        browser.press("button[id='preferences:save']");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "Your display preferences are saved."));
    }

    private static Object js(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
