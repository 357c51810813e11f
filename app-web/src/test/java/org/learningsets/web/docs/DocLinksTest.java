package org.learningsets.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every page of the documentation (README.md and docs/) leads somewhere real: each relative link and image points to
 * a file of this repository that exists, each link to a heading finds that heading, and each picture a page names
 * under docs/images/ is there. Web addresses are not followed: the build has no internet.
 */
class DocLinksTest {

    /** A picture named anywhere in a page's text, as a link or in prose: images/x.png, docs/images/x.png. */
    private static final Pattern IMAGE_NAME =
            Pattern.compile("(?<![\\w/.-])((?:\\.\\./)*(?:docs/)?images/[\\w./-]+\\.(?:png|jpe?g|gif|svg|webp))");

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Test
    void everyRelativeLinkPointsToAFileOrHeadingThatExists() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : Repository.documentationPages()) {
            for (String target : Markdown.links(Repository.read(page))) {
                if (SCHEME.matcher(target).find()) {
                    continue;
                }
                checked++;
                String problem = problemWith(page, target);
                if (problem != null) {
                    broken.add(Repository.relative(page) + ": " + target + " (" + problem + ")");
                }
            }
        }
        assertTrue(checked > 50, "the pages link to each other; found only " + checked + " links");
        assertEquals(List.of(), broken, "links that lead nowhere");
    }

    @Test
    void everyPictureAPageNamesIsThere() {
        List<String> missing = new ArrayList<>();
        for (Path page : Repository.documentationPages()) {
            Matcher m = IMAGE_NAME.matcher(Repository.read(page));
            while (m.find()) {
                String name = m.group(1);
                Path file = name.startsWith("docs/")
                        ? Repository.ROOT.resolve(name)
                        : page.getParent().resolve(name);
                if (!Files.isRegularFile(file.normalize())) {
                    missing.add(Repository.relative(page) + ": " + name);
                }
            }
        }
        assertEquals(List.of(), missing, "pictures the documentation names but nobody made");
    }

    @Test
    void headingsGetTheAnchorsGitHubGivesThem() {
        assertEquals(
                "static-analysis-spotbugs-with-find-sec-bugs",
                Markdown.slug("Static analysis: SpotBugs with find-sec-bugs"));
        assertEquals("your-sets-dashboards", Markdown.slug("Your sets' dashboards"));
        assertEquals("the-ear-on-payara-server", Markdown.slug("The `EAR` on *Payara Server*"));
        assertEquals(
                Set.of("notes", "notes-1", "a"),
                Markdown.anchors("# Notes\n```\n# not a heading\n```\n## Notes\n<a id=\"a\"></a>\n"));
        assertEquals(
                List.of("guide.md#x", "images/a.png", "b.md"),
                Markdown.links("See [the guide](guide.md#x), `[code](not-a-link.md)`, ![a](images/a.png \"A\").\n"
                        + "[b]: b.md\n"));
    }

    /** Null when the target is fine, otherwise what is wrong with it. */
    private static String problemWith(Path page, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!file.startsWith(Repository.ROOT)) {
            return "outside the repository";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (anchor != null
                && file.toString().endsWith(".md")
                && !Markdown.anchors(Repository.read(file)).contains(anchor)) {
            return "no such heading in " + Repository.relative(file);
        }
        return null;
    }
}
