package org.learningsets.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's own Derby data source finds its database in LEARNINGSETS_DATA_DIR by itself, as no server
 * substitutes a placeholder in its annotation but Payara (WildFly opened Derby at the file system's root), and
 * refuses to open any database when no data directory is configured. (No MicroProfile Config implementation runs
 * here, so EarlySettings reads the key as a system property.)
 */
class DerbyLocationTest {

    @TempDir
    Path parent;

    @AfterEach
    void forget() {
        System.clearProperty(ConfigKeys.DATA_DIR);
    }

    @Test
    void theDatabaseIsInTheConfiguredDataDirectory() throws Exception {
        Path dir = parent.resolve("data");
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        System.setProperty(ConfigKeys.DATA_DIR, dir.toString());
        CheckedDerbyDataSource ds = new CheckedDerbyDataSource();
        assertThrows(SQLException.class, ds::getConnection, "no database yet (no create)");
        assertEquals(dir.resolve("derby").toAbsolutePath().toString(), ds.getDatabaseName());
    }

    @Test
    void withNoDataDirectoryNoDatabaseIsOpened() {
        assumeTrue(System.getenv("LEARNINGSETS_DATA_DIR") == null, "LEARNINGSETS_DATA_DIR is set for this build");
        CheckedDerbyDataSource ds = new CheckedDerbyDataSource();
        SQLException refused = assertThrows(SQLException.class, ds::getConnection);
        assertTrue(refused.getMessage().contains("No data directory is set"), refused.getMessage());
        assertEquals("08001", refused.getSQLState());
        assertEquals(null, ds.getDatabaseName(), "no database named, none opened anywhere");
    }
}
