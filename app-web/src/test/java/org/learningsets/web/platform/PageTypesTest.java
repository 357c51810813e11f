package org.learningsets.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages hold no copies of what the code already knows: no enum code compared as a string ({@code eq 'PRESENT'}: a
 * renamed value would silently never match), and no field length typed as a number (it would drift from the column
 * and the service's check). Codes passed to an action as an argument are allowed: the bean's parameter is the enum.
 */
class PageTypesTest {

    private static final Pattern CODE_COMPARED =
            Pattern.compile("(\\beq|\\bne|==|!=)\\s*'[A-Z][A-Z0-9_]+'|'[A-Z][A-Z0-9_]+'\\s*(eq\\b|ne\\b|==|!=)");
    private static final Pattern LENGTH_TYPED = Pattern.compile("maxlength\\s*=\\s*\"\\d+\"");

    /** The error page reads a reason the server's filter set as text, before any bean can run. */
    private static final String UNAVAILABLE = "unavailable.xhtml";

    @Test
    void pagesCompareNoCodesAndTypeNoLengths() throws IOException {
        List<String> found = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                pages++;
                String text = Files.readString(file);
                List<Pattern> rules = file.getFileName().toString().equals(UNAVAILABLE)
                        ? List.of(LENGTH_TYPED)
                        : List.of(CODE_COMPARED, LENGTH_TYPED);
                for (Pattern rule : rules) {
                    Matcher m = rule.matcher(text);
                    while (m.find()) {
                        found.add(file + ": " + m.group().strip());
                    }
                }
            }
        }
        assertTrue(pages > 30, "pages and templates read: " + pages);
        assertEquals(List.of(), found, "an enum code compared as text, or a length typed as a number");
    }

    @Test
    void theRulesSeeWhatTheyForbid() {
        assertTrue(CODE_COMPARED.matcher("#{p.attendance() eq 'PRESENT'}").find());
        assertTrue(CODE_COMPARED.matcher("#{run.state() != 'IDLE'}").find());
        assertTrue(LENGTH_TYPED.matcher("<p:inputText maxlength=\"200\"/>").find());
        assertFalse(
                CODE_COMPARED.matcher("#{bean.mark(p.personId(), 'PRESENT')}").find());
    }
}
