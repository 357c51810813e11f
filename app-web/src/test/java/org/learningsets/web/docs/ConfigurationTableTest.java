package org.learningsets.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.platform.ConfigKeys;

/**
 * docs/configuration.md holds every setting in one table: each key the application reads (ConfigKeys, the defaults
 * file) with its environment variable, every LEARNINGSETS_ variable the code, the build and the ops scripts use, and
 * nothing the code no longer has.
 */
class ConfigurationTableTest {

    private static final Path TABLE_PAGE = Repository.ROOT.resolve("docs/configuration.md");
    private static final Path DEFAULTS =
            Repository.ROOT.resolve("app-ejb/src/main/resources/META-INF/microprofile-config.properties");
    private static final Pattern TABLE_ROW =
            Pattern.compile("(?m)^\\| `(learningsets\\.[a-z0-9.]+)` \\| `([A-Z0-9_]+)` \\|");
    private static final Pattern DEFAULTS_KEY = Pattern.compile("(?m)^(learningsets\\.[a-z0-9.]+)=");
    private static final Pattern VARIABLE = Pattern.compile("\\bLEARNINGSETS_[A-Z0-9]+(?:_[A-Z0-9]+)*\\b");
    /** Variables of the tests only (a PostgreSQL server to test against), described in docs/testing.md. */
    private static final String TEST_VARIABLES = "LEARNINGSETS_TEST_";

    @Test
    void everyKeyTheApplicationReadsIsInTheTableWithItsVariable() throws IllegalAccessException {
        Set<String> rows = tableKeys();
        List<String> missing = new ArrayList<>();
        for (String key : keysInCode()) {
            if (!rows.contains(key + " " + variableOf(key))) {
                missing.add(key + " (" + variableOf(key) + ")");
            }
        }
        assertEquals(List.of(), missing, "keys missing from the table in docs/configuration.md");
    }

    @Test
    void everyVariableTheCodeAndScriptsUseIsInTheTable() {
        String table = Repository.read(TABLE_PAGE);
        Set<String> missing = new TreeSet<>();
        for (Path file : Repository.textFiles()) {
            String name = Repository.relative(file);
            if (name.startsWith("docs/") || name.equals("README.md") || name.contains("/src/test/")) {
                continue;
            }
            Matcher m = VARIABLE.matcher(Repository.read(file));
            while (m.find()) {
                String variable = m.group();
                if (!variable.startsWith(TEST_VARIABLES) && !table.contains("`" + variable + "`")) {
                    missing.add(variable + " (" + name + ")");
                }
            }
        }
        assertEquals(Set.of(), missing, "variables used but not in docs/configuration.md");
    }

    @Test
    void everyRowOfTheTableIsASettingThatExists() throws IllegalAccessException {
        Set<String> known = keysInCode();
        List<String> stale = new ArrayList<>();
        for (String row : tableKeys()) {
            String key = row.substring(0, row.indexOf(' '));
            if (!row.equals(key + " " + variableOf(key))) {
                stale.add(row + ": the variable of " + key + " is " + variableOf(key));
            } else if (!known.contains(key) && !inSomePom(key)) {
                stale.add(key + ": no code, defaults file or pom reads it");
            }
        }
        assertTrue(tableKeys().size() >= known.size(), "one row per key");
        assertEquals(List.of(), stale, "rows of docs/configuration.md the code does not have");
    }

    /** "key VARIABLE" for each row of the table. */
    private static Set<String> tableKeys() {
        Set<String> rows = new TreeSet<>();
        Matcher m = TABLE_ROW.matcher(Repository.read(TABLE_PAGE));
        while (m.find()) {
            rows.add(m.group(1) + " " + m.group(2));
        }
        return rows;
    }

    private static Set<String> keysInCode() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Field f : ConfigKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                keys.add((String) f.get(null));
            }
        }
        Matcher m = DEFAULTS_KEY.matcher(Repository.read(DEFAULTS));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** MicroProfile Config's environment variable for a key: capitals, every other character an underscore. */
    private static String variableOf(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static boolean inSomePom(String key) {
        return Repository.textFiles().stream()
                .filter(f -> f.getFileName().toString().equals("pom.xml"))
                .anyMatch(f -> Repository.read(f).contains("<" + key + ">"));
    }
}
