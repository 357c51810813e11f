package org.learningsets.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upgrade step of docs/upgrading.md, "Flyway migrates at start": a database made by the first release (schema V1,
 * with an account in it) is opened by the current release's start-up migration, which brings it to the newest version
 * without losing the data; a second start runs nothing.
 */
class DatabaseUpgradeTest {

    @TempDir
    Path temp;

    private EmbeddedDataSource derby;

    @Test
    void aFirstReleaseDatabaseIsMigratedToTheCurrentSchemaWithItsDataIntact() throws SQLException {
        derby = new EmbeddedDataSource();
        derby.setDatabaseName(temp.resolve("derby").toString());
        derby.setCreateDatabase("create");
        Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(derby)
                .locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("1"))
                .load()
                .migrate();
        try (Connection c = derby.getConnection();
                Statement sql = c.createStatement()) {
            sql.executeUpdate("INSERT INTO organisation (id, version, name) VALUES "
                    + "('00000000-0000-0000-0000-000000000001', 0, 'St Elsewhere NHS Trust')");
            sql.executeUpdate("INSERT INTO person (id, version, full_name, email, organisation_id, colour_scheme, "
                    + "text_size) VALUES ('00000000-0000-0000-0000-000000000002', 0, 'Ida Lead', 'ida@example.org', "
                    + "'00000000-0000-0000-0000-000000000001', 'BLACK_ON_YELLOW', 'LARGE')");
            sql.executeUpdate("INSERT INTO account (id, version, person_id, password_hash, enabled, demo, created_at) "
                    + "VALUES ('00000000-0000-0000-0000-000000000003', 0, '00000000-0000-0000-0000-000000000002', "
                    + "'PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==', 1, 0, CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO account_role (account_id, role_name) VALUES "
                    + "('00000000-0000-0000-0000-000000000003', 'ADMIN')");
            // A held meeting with three marks, for the counts each meeting keeps since V35.
            sql.executeUpdate("INSERT INTO programme (id, version, name, sponsor_id, start_date, end_date, "
                    + "cadence_kind, cadence_weekday, cadence_week_of_month, cadence_start_time, meeting_minutes, "
                    + "min_set_size, max_set_size, minimum_meetings, mode, status) VALUES "
                    + "('00000000-0000-0000-0000-000000000004', 0, 'Upgrade Network', "
                    + "'00000000-0000-0000-0000-000000000001', '2026-01-01', '2026-12-31', 'MONTHLY_WEEKDAY', "
                    + "'TUESDAY', 2, '14:00:00', 120, 4, 8, 6, 'VIRTUAL', 'OPEN')");
            sql.executeUpdate("INSERT INTO learning_set (id, version, programme_id, name, state, created_at) VALUES "
                    + "('00000000-0000-0000-0000-000000000005', 0, '00000000-0000-0000-0000-000000000004', "
                    + "'Set One', 'ACTIVE', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO meeting (id, version, set_id, sequence_number, starts_at, "
                    + "duration_minutes, mode, link, status) VALUES ('00000000-0000-0000-0000-000000000006', 0, "
                    + "'00000000-0000-0000-0000-000000000005', 1, '2026-02-10 14:00:00', 120, 'VIRTUAL', "
                    + "'https://meet.example.org/one', 'HELD')");
            String[] marks = {"PRESENT", "PRESENT", "APOLOGIES"};
            for (int i = 0; i < marks.length; i++) {
                String person = "00000000-0000-0000-0000-00000000001" + i;
                sql.executeUpdate("INSERT INTO person (id, version, full_name, email, organisation_id, colour_scheme,"
                        + " text_size) VALUES ('" + person + "', 0, 'Member " + i + "', 'member" + i
                        + "@example.org', '00000000-0000-0000-0000-000000000001', 'STANDARD', 'STANDARD')");
                sql.executeUpdate("INSERT INTO attendance (id, version, meeting_id, person_id, status) VALUES "
                        + "('00000000-0000-0000-0000-00000000002" + i + "', 0, "
                        + "'00000000-0000-0000-0000-000000000006', '" + person + "', '" + marks[i] + "')");
            }
        }

        DatabaseMigration.Outcome upgraded = DatabaseMigration.migrate(derby);

        assertEquals(newestVersion(), upgraded.schemaVersion());
        assertTrue(upgraded.migrationsRun() > 0, "the later migrations ran on the old database");
        try (Connection c = derby.getConnection();
                Statement sql = c.createStatement();
                ResultSet rows = sql.executeQuery("SELECT p.full_name, p.colour_scheme, p.text_size, a.enabled, "
                        + "r.role_name FROM person p JOIN account a ON a.person_id = p.id "
                        + "JOIN account_role r ON r.account_id = a.id WHERE p.email = 'ida@example.org'")) {
            assertTrue(rows.next(), "the account survived the upgrade");
            assertEquals("Ida Lead", rows.getString(1));
            assertEquals("BLACK_ON_YELLOW", rows.getString(2));
            assertEquals("LARGE", rows.getString(3));
            assertEquals(1, rows.getInt(4));
            assertEquals("ADMIN", rows.getString(5));
        }
        try (Connection c = derby.getConnection();
                Statement sql = c.createStatement();
                ResultSet counts = sql.executeQuery("SELECT present_count, apologies_count, absent_count FROM meeting "
                        + "WHERE id = '00000000-0000-0000-0000-000000000006'")) {
            assertTrue(counts.next());
            assertEquals(
                    List.of(2, 1, 0),
                    List.of(counts.getInt(1), counts.getInt(2), counts.getInt(3)),
                    "the meeting's counts filled from its marks");
        }
        assertEquals(0, DatabaseMigration.migrate(derby).migrationsRun(), "the next start has nothing to do");
    }

    /** The highest V<n>__ script shipped, so the test needs no change when a migration is added. */
    private String newestVersion() {
        MigrationInfo[] all = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(derby)
                .locations("classpath:db/migration")
                .load()
                .info()
                .all();
        return Stream.of(all)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .getVersion();
    }

    @AfterEach
    void shutDown() {
        TestDerby.shutDown(derby);
    }
}
