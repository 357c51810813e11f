package org.learningsets.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LEARNINGSETS_DERBY_PAGE_CACHE_PAGES reaches Derby's page cache setting before the database boots, and a value
 * that is not a number of pages stops the connection with a message naming the setting. (No MicroProfile Config
 * implementation runs here, so EarlySettings reads the key as a system property.)
 */
class DerbyPageCacheTest {

    private static final String KEY = ConfigKeys.DERBY_PAGE_CACHE_PAGES;
    private static final String DERBY = "derby.storage.pageCacheSize";

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty(KEY);
        System.clearProperty(DERBY);
    }

    @Test
    void theConfiguredSizeIsGivenToDerbyBeforeItBoots() {
        System.clearProperty(DERBY);
        System.setProperty(KEY, " 2500 ");
        assertThrows(SQLException.class, () -> dataSource().getConnection(), "no database yet (no create)");
        assertEquals("2500", System.getProperty(DERBY));
    }

    @Test
    void withoutASettingTheDefaultIsUsed() {
        System.clearProperty(DERBY);
        assertThrows(SQLException.class, () -> dataSource().getConnection());
        assertEquals(Integer.toString(CheckedDerbyDataSource.DEFAULT_PAGE_CACHE_PAGES), System.getProperty(DERBY));
    }

    @Test
    void aValueThatIsNoNumberOfPagesIsRefusedByName() {
        for (String bad : new String[] {"lots", "-5", "10", "1e6"}) {
            System.clearProperty(DERBY);
            System.setProperty(KEY, bad);
            SQLException refused =
                    assertThrows(SQLException.class, () -> dataSource().getConnection());
            assertTrue(
                    refused.getMessage().contains("LEARNINGSETS_DERBY_PAGE_CACHE_PAGES is '" + bad + "'"),
                    refused.getMessage());
            assertEquals(null, System.getProperty(DERBY), bad);
        }
    }

    @Test
    void aDerbySettingGivenToTheJvmWins() {
        System.setProperty(DERBY, "1234");
        System.setProperty(KEY, "lots");
        assertThrows(SQLException.class, () -> dataSource().getConnection(), "no database yet (no create)");
        assertEquals("1234", System.getProperty(DERBY));
    }

    /** A data source for a database that does not exist (not created): connecting fails after the cache is sized. */
    private CheckedDerbyDataSource dataSource() {
        CheckedDerbyDataSource ds = new CheckedDerbyDataSource();
        ds.setDatabaseName(dir.resolve("derby").toString());
        return ds;
    }
}
