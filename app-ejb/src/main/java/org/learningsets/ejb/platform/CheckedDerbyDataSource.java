package org.learningsets.ejb.platform;

import java.io.Serial;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Embedded Derby that first makes sure its data directory exists and is usable. The server opens the first
 * connection while it deploys the application (to set up JPA), before any application code runs; without this
 * check an unusable LEARNINGSETS_DATA_DIR would surface only as Derby's "Failed to create database". It also sizes
 * Derby's page cache before the database boots (LEARNINGSETS_DERBY_PAGE_CACHE_PAGES).
 *
 * <p>Where the database is comes from LEARNINGSETS_DATA_DIR, read here in code: a placeholder in the data source's
 * annotation is substituted by Payara only, and another server created the database at the file system's root.
 * With no data directory configured at all, the connection is refused with a message, never opened elsewhere.
 */
public class CheckedDerbyDataSource extends EmbeddedDataSource {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Connection getConnection() throws SQLException {
        checkDirectory();
        return withEnglishMessages(super.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        checkDirectory();
        return withEnglishMessages(super.getConnection(user, password));
    }

    /**
     * Derby looks its message texts up in the database's locale, made from the server's when the database was
     * created; unless that is exactly en_US it first asks for a locale bundle that is not there, and each miss
     * throws and catches an exception. Every sorted query does this several times (it names its sort statistics):
     * measured on the live meeting page, about eighty exceptions per request. Once per physical connection (the
     * server pools them), Derby's SET MESSAGE_LOCALE sets the connection's messages to en_US, the bundle Derby ships
     * in its own jar. Derby sets it while parsing the statement and then ends it with 42Z54 ("stops the statement
     * after parsing"), its way of finishing a statement that has nothing to execute.
     */
    private static Connection withEnglishMessages(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET MESSAGE_LOCALE 'en_US'");
        } catch (SQLException e) {
            if (!PARSED_ONLY.equals(e.getSQLState())) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    private static final String PARSED_ONLY = "42Z54";

    private void checkDirectory() throws SQLException {
        if ("true".equals(getShutdownDatabase()) || "shutdown".equals(getShutdownDatabase())) {
            return;
        }
        String database = getDatabaseName();
        if (database == null || database.isBlank()) {
            database = configuredDatabase();
            setDatabaseName(database);
        }
        prepareEngine();
        Path parent = Path.of(database).toAbsolutePath().getParent();
        try {
            DataDirectory.prepare(parent.toString());
        } catch (StartupException e) {
            throw new SQLException("Learning Sets cannot open its database: " + e.getMessage(), "08001", e);
        }
    }

    /**
     * Derby's settings read when it opens a database, as system properties of the server: the page cache and
     * owner-only files. Called before the first connection, also where the server's own data source opens the
     * database in the data directory (Open Liberty, see docs/install-liberty.md), which never comes through here.
     */
    public static void prepareEngine() throws SQLException {
        sizePageCache();
        // Derby's own switch for the files it creates: owner-only (600/700) instead of the umask's 644/755.
        if (System.getProperty(DERBY_FILE_PERMISSIONS) == null) {
            System.setProperty(DERBY_FILE_PERMISSIONS, "false");
        }
    }

    /** The database folder in the configured data directory; refused when no data directory is configured. */
    private static String configuredDatabase() throws SQLException {
        try {
            return DataDirectory.prepare(EarlySettings.read(ConfigKeys.DATA_DIR))
                    .resolve(DataDirectory.DERBY_DATABASE)
                    .toString();
        } catch (StartupException e) {
            throw new SQLException("Learning Sets cannot open its database: " + e.getMessage(), "08001", e);
        }
    }

    /**
     * Derby's default cache of 1,000 pages holds a few sets' worth of rows on a large database: measured on the
     * generated trust-network data set, a quarter of a dashboard's time went to evicting and re-reading pages. Read
     * once, when the database boots; a derby.storage.pageCacheSize system property given to the server wins.
     */
    private static void sizePageCache() throws SQLException {
        if (System.getProperty(DERBY_PAGE_CACHE) != null) {
            return;
        }
        String configured = EarlySettings.read(ConfigKeys.DERBY_PAGE_CACHE_PAGES);
        String pages = configured == null || configured.isBlank()
                ? Integer.toString(DEFAULT_PAGE_CACHE_PAGES)
                : configured.strip();
        if (!pages.matches("\\d{1,9}") || Integer.parseInt(pages) < MIN_PAGE_CACHE_PAGES) {
            throw new SQLException(
                    "Learning Sets cannot open its database: LEARNINGSETS_DERBY_PAGE_CACHE_PAGES is '" + pages
                            + "'; give a whole number of pages, at least " + MIN_PAGE_CACHE_PAGES + ".",
                    "08001");
        }
        System.setProperty(DERBY_PAGE_CACHE, pages);
    }

    private static final String DERBY_PAGE_CACHE = "derby.storage.pageCacheSize";
    private static final String DERBY_FILE_PERMISSIONS = "derby.storage.useDefaultFilePermissions";
    static final int DEFAULT_PAGE_CACHE_PAGES = 10_000;
    /** Derby's own lower limit. */
    private static final int MIN_PAGE_CACHE_PAGES = 40;
}
