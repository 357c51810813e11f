package org.learningsets.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * What a person types reaches a page only through Faces' escaped output, on every page and template: no
 * {@code escape="false"}, no expression inside a script element or an inline event handler (where HTML escaping
 * does not protect), and no expression in an {@code href} or {@code src} (where a {@code javascript:} address
 * would run), except a static resource named by a literal ({@code #{resource['library:name']}}, the favicon), which
 * holds nothing typed. XssPayloadsIT shows payloads staying text in the fields it types into; this covers every field.
 */
class EscapedOutputTest {

    private static final Pattern UNESCAPED = Pattern.compile("escape\\s*=\\s*\"\\s*false\\s*\"");
    private static final Pattern SCRIPT_WITH_EL = Pattern.compile("<script[^>]*>[^<]*[#$]\\{", Pattern.DOTALL);
    private static final Pattern HANDLER_WITH_EL = Pattern.compile("\\son[a-z]+\\s*=\\s*\"[^\"]*[#$]\\{");
    private static final Pattern ADDRESS_WITH_EL =
            Pattern.compile("\\s(href|src)\\s*=\\s*\"[#$]\\{(?!resource\\['[a-z]+:[a-z/.-]+'\\]\\}\")");

    @Test
    void noPageWritesTypedTextUnescaped() throws IOException {
        List<String> found = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                pages++;
                String text = Files.readString(file);
                for (Pattern risky : List.of(UNESCAPED, SCRIPT_WITH_EL, HANDLER_WITH_EL, ADDRESS_WITH_EL)) {
                    Matcher m = risky.matcher(text);
                    while (m.find()) {
                        found.add(file + ": " + m.group().strip());
                    }
                }
            }
        }
        assertTrue(pages > 30, "pages and templates read: " + pages);
        assertEquals(List.of(), found, "output that HTML escaping does not protect");
    }
}
