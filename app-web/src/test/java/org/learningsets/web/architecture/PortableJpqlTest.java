package org.learningsets.web.architecture;

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
 * The queries run on EclipseLink (Payara) and on Hibernate (WildFly), so they keep to the JPQL both accept. Hibernate
 * refuses an alias on a fetch join, which the JPA specification forbids and EclipseLink allows: the EAR did not
 * deploy on WildFly with five such named queries (docs/install-wildfly.md). Checked here in the sources of the
 * model and the services, named and dynamic queries alike.
 */
class PortableJpqlTest {

    /** "join fetch a.b c" or "join fetch a.b as c": a fetch join with an alias after its path. */
    private static final Pattern ALIASED_FETCH_JOIN = Pattern.compile(
            "join\\s+fetch\\s+\\w+(?:\\.\\w+)+\\s+(?:as\\s+)?(?!(?:join|left|inner|where|order|group|on)\\b)(\\w+)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noQueryGivesAFetchJoinAnAlias() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> found = new ArrayList<>();
        for (String module : List.of("app-model", "app-ejb")) {
            try (Stream<Path> sources = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file :
                        sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = ALIASED_FETCH_JOIN.matcher(joinedLiterals(Files.readString(file)));
                    while (m.find()) {
                        found.add(root.relativize(file) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "give the fetch join no alias; name the path from the query's root instead");
    }

    @Test
    void theCheckFindsAnAliasAndLetsAPlainFetchJoinBe() {
        assertTrue(ALIASED_FETCH_JOIN
                .matcher(joinedLiterals("\"select a from A a join fetch a.person p \"\n + \"where p.x = 1\""))
                .find());
        assertTrue(ALIASED_FETCH_JOIN
                .matcher("select a from A a join fetch a.person as p")
                .find());
        assertFalse(ALIASED_FETCH_JOIN
                .matcher("select a from A a join fetch a.person join fetch a.issue where a.person.x = 1")
                .find());
        assertFalse(ALIASED_FETCH_JOIN
                .matcher("select a from A a left join fetch a.agreedAt order by a.id")
                .find());
    }

    /** A query split over lines ("..." + "...") read as one string. */
    private static String joinedLiterals(String source) {
        return source.replaceAll("\"\\s*\\+\\s*\"", "");
    }
}
