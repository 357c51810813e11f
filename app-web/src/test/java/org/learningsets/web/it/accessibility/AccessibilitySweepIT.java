package org.learningsets.web.it.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.DemoProgramme;
import org.learningsets.web.it.support.SharedMicro;
import org.learningsets.web.it.support.WarPages;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page for every role: a member, a facilitator and a programme lead each follow every link from
 * their home page to every page they can reach (each page once per role, whatever record it shows), and a person
 * not signed in opens the pages that need no sign-in; then the pages no link leads to (error pages, an invitation
 * link, a refusal) are opened directly. On each: axe-core finds no WCAG 2.2 AA violation, the browser refused
 * nothing (CSP), and pressing Tab from the top of the page reaches every control on it (links, buttons, fields,
 * PrimeFaces widgets; a radio group counts once) without getting stuck. The test fails unless every page in the
 * WAR was checked at least once, so a new page cannot escape the sweep. All problems are collected and reported
 * together. Only GET requests, after the lead has opened the demo programme's evaluation so its page is linked.
 */
@ExtendWith(SharedMicro.class)
class AccessibilitySweepIT {

    /** More than any role reaches (about 20 each today): a bound so a link loop cannot run away. */
    private static final int MOST_PAGES_PER_ROLE = 60;

    private static final String FOCUSABLE = "a[href],button,input:not([type=hidden]),select,textarea,[tabindex]";

    private final URL base;
    /** Page views scanned and controls reached by Tab, reported for the figures in docs/security-privacy.md. */
    private int views;

    private int controlsReached;

    AccessibilitySweepIT(URL base) {
        this.base = base;
    }

    @Test
    void everyPageForEveryRolePassesAxeAndIsKeyboardReachable() {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        openTheDemoEvaluation();
        for (String person : List.of(DemoLogins.MEMBER, DemoLogins.FACILITATOR, DemoLogins.ADMIN)) {
            try (Browser browser = Browser.signedIn(base, person, null)) {
                crawl(browser, person, problems, checked);
                if (DemoLogins.ADMIN.equals(person)) {
                    // The crawl opens one programme's page, perhaps one without sets yet: a set's page for its lead
                    // is opened from the demo network's programme.
                    DemoProgramme.open(browser, DemoProgramme.NAME_START);
                    check(browser, browser.find("#setCards a").getAttribute("href"), person, problems, checked, null);
                }
                // Shown at the address asked for: a page this role may not open, and an address that is no page.
                if (!DemoLogins.ADMIN.equals(person)) {
                    check(browser, base + "admin/accounts.xhtml", person, problems, checked, "/refused.xhtml");
                }
                check(browser, base + "no-such-page.xhtml", person, problems, checked, "/not-found.xhtml");
            }
        }
        try (Browser anonymous = new Browser()) {
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
                check(anonymous, base + page, "a person not signed in", problems, checked, null);
            }
        }
        System.out.println("AccessibilitySweepIT: " + views + " page views of " + checked.size() + " pages scanned, "
                + controlsReached + " controls reached by Tab, " + problems.size() + " problems");
        assertEquals(List.of(), problems, () -> problems.size() + " problems:\n" + String.join("\n", problems));
        Set<String> missed = new TreeSet<>(WarPages.all());
        missed.removeAll(checked);
        assertTrue(
                missed.isEmpty(),
                "Pages no role reached, so not checked: " + missed + " (checked: " + checked
                        + "). Link them from a page, or open them directly in this test.");
    }

    /**
     * A flow with the keyboard alone: Ben Carter signs in, goes to his learning log from the menu, writes a
     * reflection, saves it and finds it in his list, pressing only Tab, Enter and the keys he types with (his log is
     * private, so no other test sees the entry). Every other control's reach is checked by the sweep above.
     */
    @Test
    void aMemberKeepsTheLearningLogWithTheKeyboardAlone() {
        String reflection = "Keyboard only " + System.nanoTime() + ": asking before advising helps.";
        try (Browser ben = new Browser()) {
            ben.open(base + "login.xhtml");
            ben.find("input[id='signIn:email']");
            tabTo(ben, "e.id === 'signIn:email'");
            type(ben, DemoLogins.OTHER_MEMBER);
            tabTo(ben, "e.id === 'signIn:password'");
            type(ben, DemoLogins.PASSWORD, Keys.ENTER);
            ben.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            tabTo(ben, "e.tagName === 'A' && e.textContent.trim() === 'Learning log'");
            type(ben, Keys.ENTER);
            ben.waitFor().until(ExpectedConditions.urlContains("learning/log.xhtml"));
            ben.find("textarea[id='entry:learned']");
            tabTo(ben, "e.id === 'entry:learned'");
            type(ben, reflection);
            tabTo(ben, "e.id === 'entry:save'");
            WebElement save = ben.driver().switchTo().activeElement();
            type(ben, Keys.ENTER);
            ben.waitFor().until(Browser.gone(save));
            assertTrue(ben.find("[id='entries:entryTable']").getText().contains(reflection), ben.mainText());
            Accessibility.assertNoViolations(ben);
        }
    }

    /** Presses Tab until the focused element {@code e} matches the script condition; fails after 80 presses. */
    private static void tabTo(Browser browser, String condition) {
        for (int press = 0; press < 80; press++) {
            type(browser, Keys.TAB);
            if (Boolean.TRUE.equals(
                    js(browser, "const e = document.activeElement; return !!e && (" + condition + ");"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the element where " + condition + " on "
                + browser.driver().getCurrentUrl());
    }

    private static void type(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /**
     * The members' evaluation page is linked from their home page only while their programme's evaluation is open;
     * the lead opens it (as ProgrammeLeadPagesIT does, whichever runs first), the sweep's only change.
     */
    private void openTheDemoEvaluation() {
        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            DemoProgramme.openEvaluation(lead);
        }
    }

    private void crawl(Browser browser, String person, List<String> problems, Set<String> checked) {
        Deque<String> queue = new ArrayDeque<>(List.of(base + "index.xhtml"));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty() && seen.size() < MOST_PAGES_PER_ROLE) {
            String url = queue.poll();
            if (!seen.add(WarPages.key(url))) {
                continue;
            }
            check(browser, url, person, problems, checked, null);
            WarPages.linked(browser, base).stream()
                    .filter(link -> !seen.contains(WarPages.key(link)))
                    .forEach(queue::add);
        }
        assertTrue(seen.size() < MOST_PAGES_PER_ROLE, person + " reached more pages than expected: " + seen);
    }

    /** {@code shown}: the page the server answers with at another address (error pages), else null. */
    private void check(
            Browser browser, String url, String who, List<String> problems, Set<String> checked, String shown) {
        browser.open(url);
        browser.find("h1");
        String where = who + " on " + browser.driver().getCurrentUrl().replace(base.toString(), "/");
        checked.add(shown != null ? shown : WarPages.path(base, browser.driver().getCurrentUrl()));
        views++;
        try {
            Accessibility.assertNoViolations(browser);
        } catch (AssertionError e) {
            problems.add(where + ": " + e.getMessage());
        }
        problems.addAll(
                keyboardProblems(browser).stream().map(p -> where + ": " + p).toList());
    }

    /**
     * Marks every visible control, then presses Tab from the top of the page (a focusable marker put first) until
     * each has had the focus or Tab has been pressed twice as often as there are controls (and a few more: Tab
     * also walks the day, month and year inside a date field). Radio buttons of one group share one stop (the
     * browser's arrow keys move within the group). Focus staying put for more presses than a date field has parts
     * is a trap.
     */
    private List<String> keyboardProblems(Browser browser) {
        long controls = (Long) js(
                browser,
                "const all = Array.from(document.querySelectorAll(\"" + FOCUSABLE + "\"))"
                        + ".filter(e => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0"
                        + " && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[inert],[aria-hidden=true]'));"
                        + "all.forEach((e, i) => e.setAttribute('data-kbd', e.type === 'radio' && e.name ? 'radio:' + e.name"
                        + " : e.id || 'nth:' + i));"
                        + "const start = document.createElement('span'); start.tabIndex = 0; start.id = 'kbdStart';"
                        + "document.body.prepend(start); start.focus();"
                        + "return new Set(all.map(e => e.getAttribute('data-kbd'))).size;");
        Set<String> wanted = new HashSet<>(Arrays.asList(((String)
                        js(
                                browser,
                                "return Array.from("
                                        + "document.querySelectorAll('[data-kbd]')).map(e => e.getAttribute('data-kbd')).join('\\n');"))
                .split("\n")));
        wanted.remove("");
        Set<String> reached = new HashSet<>();
        String previous = "kbdStart";
        int stuck = 0;
        for (long press = 0; press < 2 * controls + 10 && !reached.containsAll(wanted); press++) {
            type(browser, Keys.TAB);
            String now = (String) js(
                    browser,
                    "const e = document.activeElement;"
                            + "return e ? (e.getAttribute('data-kbd') || (e.type === 'radio' && e.name ? 'radio:' + e.name"
                            + " : e.id) || e.tagName) : 'none';");
            reached.add(now);
            stuck = now.equals(previous) ? stuck + 1 : 0;
            if (stuck >= 4) {
                return List.of("keyboard focus stays on "
                        + js(browser, "return document.activeElement.outerHTML" + ".substring(0, 160);")
                        + " when Tab is pressed (a keyboard trap)");
            }
            previous = now;
        }
        Set<String> missed = new TreeSet<>(wanted);
        missed.removeAll(reached);
        controlsReached += wanted.size() - missed.size();
        if (missed.isEmpty()) {
            return List.of();
        }
        String described = missed.stream()
                .limit(10)
                .map(id -> String.valueOf(js(
                        browser,
                        "const e = Array.from(document.querySelectorAll('[data-kbd]')).find(k => k.getAttribute('data-kbd')"
                                + " === arguments[0]) || document.getElementById(arguments[0]);"
                                + "return e ? e.outerHTML.substring(0, 160) : arguments[0] + ' (replaced by an update)';",
                        id)))
                .collect(Collectors.joining("\n    "));
        return List.of(missed.size() + " of " + wanted.size() + " controls never receive the keyboard focus:\n    "
                + described);
    }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
