package org.learningsets.web.docs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the documentation tests read in a Markdown page: its links and the anchors of its headings. */
final class Markdown {

    /** {@code [text](target)} and {@code ![alt](target "title")}. */
    private static final Pattern INLINE_LINK =
            Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** {@code [label]: target} on a line of its own. */
    private static final Pattern REFERENCE_LINK =
            Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    /** {@code <img src="...">} and {@code <a href="...">} written as HTML. */
    private static final Pattern HTML_LINK = Pattern.compile("<(?:img|a)\\s[^>]*?(?:src|href)\\s*=\\s*\"([^\"]+)\"");

    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*?(?:id|name)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1", Pattern.DOTALL);

    private Markdown() {}

    /** Every link and image target outside code, in the order written. */
    static List<String> links(String page) {
        String text = withoutCode(page);
        List<String> targets = new ArrayList<>();
        for (Pattern p : List.of(INLINE_LINK, REFERENCE_LINK, HTML_LINK)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        return targets;
    }

    /** The anchors a link can name: GitHub's for each heading (repeats get -1, -2, ...), and HTML ids. */
    static Set<String> anchors(String page) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : withoutFencedCode(page).split("\n", -1)) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                String slug = slug(m.group(1));
                int times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
        }
        Matcher html = HTML_ANCHOR.matcher(page);
        while (html.find()) {
            anchors.add(html.group(1));
        }
        return anchors;
    }

    /** As GitHub makes a heading's anchor: lower case, punctuation dropped, each space a hyphen. */
    static String slug(String heading) {
        String text = Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    /** The page with fenced code blocks and code spans blanked, so code that looks like a link is not one. */
    static String withoutCode(String page) {
        return CODE_SPAN.matcher(withoutFencedCode(page)).replaceAll("");
    }

    private static String withoutFencedCode(String page) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (String line : page.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                out.append('\n');
                continue;
            }
            out.append(inFence ? "" : line).append('\n');
        }
        return out.toString();
    }
}
