package org.learningsets.web.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core scan of the page the browser shows, against WCAG 2.0/2.1/2.2 A and AA. The axe script ships inside the
 * axe-core jar, so nothing is downloaded.
 */
public final class Accessibility {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {}

    /**
     * Fails with each violated rule, its impact and the offending elements; first with anything the browser's
     * Content-Security-Policy blocked so far (every browser test calls this on each page it checks).
     */
    public static void assertNoViolations(Browser browser) {
        browser.assertNothingRefused();
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
        if (results.isErrored()) {
            fail("axe-core could not scan " + browser.driver().getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("WCAG 2.2 AA violations on " + browser.driver().getCurrentUrl() + ":\n"
                    + violations.stream()
                            .map(rule ->
                                    "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
                                            + rule.getNodes().stream()
                                                    .map(node -> String.valueOf(node.getTarget()))
                                                    .collect(Collectors.joining("\n    ")))
                            .collect(Collectors.joining("\n")));
        }
    }
}
