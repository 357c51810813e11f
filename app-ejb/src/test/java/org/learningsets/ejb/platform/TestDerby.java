package org.learningsets.ejb.platform;

import java.sql.SQLException;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** Embedded Derby for tests that build a database in a temporary folder. */
public final class TestDerby {

    private TestDerby() {}

    /** Shuts the database down, so its temporary folder can be removed; nothing when none was made. */
    public static void shutDown(EmbeddedDataSource derby) {
        if (derby == null) {
            return;
        }
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(derby.getDatabaseName());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException expected) {
            // 08006: shut down.
        }
    }
}
