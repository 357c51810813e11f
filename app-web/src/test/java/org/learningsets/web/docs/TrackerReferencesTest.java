package org.learningsets.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The product stands on its own: no file of it (README, docs, sources, pages, scripts, poms) points at the project's
 * issue tracker by number or at a path outside this repository. Upstream bugs are cited by their address
 * (https://github.com/owner/repo/issues/N), which says where to look. The word "issue" in the domain's sense (an
 * issue holder, a set's issues, a page's "issue 3 of 5") is not a tracker reference.
 */
class TrackerReferencesTest {

    /**
     * "issue", "issues", then a number after a space or "#": the form a tracker reference takes. A number followed by
     * "of" counts something ("issue 3 of 5"); an identifier such as issue2 has no space.
     */
    static final Pattern TRACKER = Pattern.compile("(?i)\\bissues?(?:\\s+#?|\\s*#)\\d++(?!\\s+of\\b)");
    /** The folders beside the checkout where the project's own notes live, and this machine's paths. */
    static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared\\b|(?<![\\w.:/-])/work/");
    /** A comment carried onto the next line: joined, so that a reference split over two lines is still found. */
    private static final Pattern COMMENT_LINE_BREAK = Pattern.compile("\\s*\\R\\s*(?:\\*(?!/)|//|--)?\\s*");
    /** This class, whose examples below must hold what the patterns look for. */
    private static final String SELF = "app-web/src/test/java/org/learningsets/web/docs/TrackerReferencesTest.java";

    @Test
    void noFileOfTheProductCitesTheTrackerOrAPathOutsideTheRepository() {
        List<String> found = new ArrayList<>();
        List<Path> files = Repository.textFiles();
        for (Path file : files) {
            String name = Repository.relative(file);
            if (name.equals(SELF)) {
                continue;
            }
            String text = COMMENT_LINE_BREAK.matcher(Repository.read(file)).replaceAll(" ");
            for (Pattern p : List.of(TRACKER, OUTSIDE)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found.add(name + ": \"" + m.group() + "\"");
                }
            }
        }
        assertTrue(files.size() > 300, "the whole product was read: " + files.size() + " files");
        assertEquals(List.of(), found, "tracker references or paths outside the repository");
    }

    @Test
    void thePatternsFindReferencesAndLeaveTheDomainAlone() {
        for (String reference : List.of(
                "issue 4",
                "(issue 9)",
                "Issue 9's targets",
                "issues 11-14",
                "see issue #22",
                "ISSUE 7 in the browser")) {
            assertTrue(TRACKER.matcher(reference).find(), reference);
        }
        for (String domain : List.of(
                "the issue holder",
                "issue 3 of 5",
                "issue2",
                "Mark this issue #{bean.x}",
                "https://github.com/ical4j/ical4j/issues/800",
                "\"Issue \" + number",
                "issues of the set")) {
            assertFalse(TRACKER.matcher(domain).find(), domain);
        }
        assertTrue(OUTSIDE.matcher("see ../shared/domain/DOMAIN.md").find());
        assertTrue(OUTSIDE.matcher("cd /work/main").find());
        assertFalse(OUTSIDE.matcher("https://example.org/work/x and ops/work/").find());
        String split = COMMENT_LINE_BREAK
                .matcher("answered 403 (Payara issue\n * #6342).")
                .replaceAll(" ");
        assertTrue(TRACKER.matcher(split).find(), split);
    }
}
