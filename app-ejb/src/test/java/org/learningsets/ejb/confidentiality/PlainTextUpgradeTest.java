package org.learningsets.ejb.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningsets.ejb.platform.DatabaseMigration;
import org.learningsets.ejb.platform.TestDerby;
import org.learningsets.model.confidentiality.DataKeys;
import org.learningsets.model.confidentiality.TextCipher;

/**
 * The upgrade of a database from before titles and ground rules were encrypted: Flyway's V22 widens the columns and
 * lists them as to do; start-up's step then encrypts every stored title and rules text in one transaction per column,
 * bound to its row, and marks the column done, so a second start changes nothing.
 */
class PlainTextUpgradeTest {

    private static final String SET = "00000000-0000-0000-0000-0000000000a4";
    private static final String ISSUE = "00000000-0000-0000-0000-0000000000a6";
    private static final String RULES = "00000000-0000-0000-0000-0000000000a7";

    @TempDir
    Path temp;

    private EmbeddedDataSource derby;

    @Test
    void titlesAndGroundRulesStoredInClearAreEncryptedOnceAtTheUpgrade() throws SQLException {
        derby = new EmbeddedDataSource();
        derby.setDatabaseName(temp.resolve("derby").toString());
        derby.setCreateDatabase("create");
        MigrationVersion beforeEncryption = java.util.Arrays.stream(
                        Flyway.configure(DatabaseMigration.class.getClassLoader())
                                .dataSource(derby)
                                .locations("classpath:db/migration")
                                .load()
                                .info()
                                .all())
                .map(m -> m.getVersion())
                .filter(v -> v.compareTo(MigrationVersion.fromVersion("22")) < 0)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(derby)
                .locations("classpath:db/migration")
                .target(beforeEncryption)
                .load()
                .migrate();
        try (Connection c = derby.getConnection();
                Statement sql = c.createStatement()) {
            sql.executeUpdate("INSERT INTO organisation (id, version, name) VALUES "
                    + "('00000000-0000-0000-0000-0000000000a1', 0, 'St Elsewhere NHS Trust')");
            sql.executeUpdate("INSERT INTO person (id, version, full_name, email, organisation_id, colour_scheme, "
                    + "text_size) VALUES ('00000000-0000-0000-0000-0000000000a2', 0, 'Ida Holder', 'ida@example.org', "
                    + "'00000000-0000-0000-0000-0000000000a1', 'STANDARD', 'STANDARD')");
            sql.executeUpdate(
                    "INSERT INTO programme (id, version, name, sponsor_id, start_date, end_date, cadence_kind,"
                            + " cadence_weekday, cadence_week_of_month, cadence_start_time, meeting_minutes, min_set_size, "
                            + "max_set_size, minimum_meetings, mode, status) VALUES ('00000000-0000-0000-0000-0000000000a3', 0,"
                            + " 'Programme', '00000000-0000-0000-0000-0000000000a1', '2027-01-01', '2027-12-31', "
                            + "'MONTHLY_WEEKDAY', 'TUESDAY', 2, '14:00:00', 120, 4, 8, 6, 'VIRTUAL', 'OPEN')");
            sql.executeUpdate("INSERT INTO learning_set (id, version, programme_id, name, state, created_at) VALUES ('"
                    + SET + "', 0, '00000000-0000-0000-0000-0000000000a3', 'Set A', 'ACTIVE', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO set_issue (id, version, set_id, holder_id, title, status, raised_at) VALUES "
                    + "('" + ISSUE + "', 0, '" + SET + "', '00000000-0000-0000-0000-0000000000a2', "
                    + "'Getting ambulatory referrals right', 'OPEN', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO ground_rules (id, version, set_id, version_number, rules_text, created_at) "
                    + "VALUES ('" + RULES + "', 0, '" + SET + "', 1, 'What Ida says stays here.', CURRENT_TIMESTAMP)");
        }
        DatabaseMigration.migrate(derby);
        TextCipher cipher = new TextCipher(DataKeys.generate());

        try (Connection c = derby.getConnection()) {
            c.setAutoCommit(false);
            assertEquals(1, PlainTextUpgrade.encryptColumn(c, "set_issue.title", cipher, Instant.now()));
            assertEquals(1, PlainTextUpgrade.encryptColumn(c, "ground_rules.rules_text", cipher, Instant.now()));
            c.commit();
        }

        String title = value("select title from set_issue where id = '" + ISSUE + "'");
        String rules = value("select rules_text from ground_rules where id = '" + RULES + "'");
        assertTrue(title.startsWith("v2:") && !title.contains("ambulatory"), title);
        assertEquals("Getting ambulatory referrals right", cipher.decrypt(title, "set_issue.title:" + ISSUE));
        assertEquals("What Ida says stays here.", cipher.decrypt(rules, "ground_rules.rules_text:" + RULES));
        assertNotNull(value("select done_at from encryption_upgrade where column_name = 'set_issue.title'"));

        try (Connection c = derby.getConnection()) {
            assertEquals(
                    0,
                    PlainTextUpgrade.encryptColumn(c, "set_issue.title", cipher, Instant.now()),
                    "the next start encrypts nothing twice");
            assertEquals(0, PlainTextUpgrade.encryptColumn(c, "ground_rules.rules_text", cipher, Instant.now()));
        }
        assertEquals(title, value("select title from set_issue where id = '" + ISSUE + "'"));
        assertFalse(cipher.needsReEncryption(title));
    }

    private String value(String query) throws SQLException {
        try (Connection c = derby.getConnection();
                Statement sql = c.createStatement();
                ResultSet r = sql.executeQuery(query)) {
            assertTrue(r.next(), query);
            return r.getString(1);
        }
    }

    @AfterEach
    void shutDown() {
        TestDerby.shutDown(derby);
    }
}
