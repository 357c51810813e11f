package org.learningsets.ejb.platform;

import java.io.Serial;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Embedded Derby that first makes sure its data directory exists and is usable. The server opens the first
 * connection while it deploys the application (to set up JPA), before any application code runs; without this
 * check an unusable LEARNINGSETS_DATA_DIR would surface only as Derby's "Failed to create database".
 */
public class CheckedDerbyDataSource extends EmbeddedDataSource {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Connection getConnection() throws SQLException {
        checkDirectory();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        checkDirectory();
        return super.getConnection(user, password);
    }

    private void checkDirectory() throws SQLException {
        String database = getDatabaseName();
        if (database == null || "true".equals(getShutdownDatabase())) {
            return;
        }
        Path parent = Path.of(database).toAbsolutePath().getParent();
        try {
            DataDirectory.prepare(parent.toString());
        } catch (StartupException e) {
            throw new SQLException("Learning Sets cannot open its database: " + e.getMessage(), "08001", e);
        }
    }
}
