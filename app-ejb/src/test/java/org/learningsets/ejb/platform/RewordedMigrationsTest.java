package org.learningsets.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database migrated before some migrations' comments were reworded holds the old checksums: it still starts, its
 * recorded checksums are brought up to date, and any other difference in an applied migration still stops the start.
 */
class RewordedMigrationsTest {

    @TempDir
    Path temp;

    private EmbeddedDataSource derby;

    /** A database at V14 as the earlier wording left it: the reworded migrations' old checksums recorded. */
    private void databaseMigratedBeforeTheRewording() throws SQLException {
        derby = new EmbeddedDataSource();
        derby.setDatabaseName(temp.resolve("derby").toString());
        derby.setCreateDatabase("create");
        Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(derby)
                .locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("14"))
                .load()
                .migrate();
        for (Map.Entry<String, Integer> old : DatabaseMigration.REWORDED.entrySet()) {
            setRecordedChecksum(old.getKey(), old.getValue());
        }
    }

    private void setRecordedChecksum(String version, int checksum) throws SQLException {
        try (Connection c = derby.getConnection();
                PreparedStatement sql = c.prepareStatement(
                        "UPDATE \"flyway_schema_history\" SET \"checksum\" = ? WHERE \"version\" = ?")) {
            sql.setInt(1, checksum);
            sql.setString(2, version);
            assertEquals(1, sql.executeUpdate(), "V" + version + " recorded");
        }
    }

    private int recordedChecksum(String version) throws SQLException {
        try (Connection c = derby.getConnection();
                PreparedStatement sql = c.prepareStatement(
                        "SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = ?")) {
            sql.setString(1, version);
            try (ResultSet rows = sql.executeQuery()) {
                assertTrue(rows.next());
                return rows.getInt(1);
            }
        }
    }

    @Test
    void theOldWordingsChecksumsAreBroughtUpToDateAndTheMigrationRunsOn() throws SQLException {
        databaseMigratedBeforeTheRewording();

        DatabaseMigration.Outcome outcome = DatabaseMigration.migrate(derby);

        assertTrue(outcome.migrationsRun() > 0, "the migrations after V14 ran");
        int current = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(derby)
                .locations("classpath:db/migration")
                .load()
                .info()
                .applied()[1]
                .getChecksum();
        assertEquals(current, recordedChecksum("2"), "V2's checksum is the current file's");
        assertEquals(0, DatabaseMigration.migrate(derby).migrationsRun(), "the next start has nothing to do");
    }

    @Test
    void anyOtherDifferenceStillStopsTheStart() throws SQLException {
        databaseMigratedBeforeTheRewording();
        setRecordedChecksum("5", 12345);

        assertThrows(FlywayValidateException.class, () -> DatabaseMigration.migrate(derby));
        assertEquals(12345, recordedChecksum("5"), "nothing was repaired");
    }

    @AfterEach
    void shutDown() {
        if (derby == null) {
            return;
        }
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(derby.getDatabaseName());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException expected) {
            // 08006: shut down, so the temporary folder can be removed.
        }
    }
}
