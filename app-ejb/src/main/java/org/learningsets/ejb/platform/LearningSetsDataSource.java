package org.learningsets.ejb.platform;

import java.io.Serial;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's data source (see ApplicationStartup): PostgreSQL when LEARNINGSETS_DB_URL is set, a JDBC
 * resource of the server when LEARNINGSETS_DB_JNDI names one (see {@link ServerJdbcResource}), otherwise embedded
 * Derby in the data directory (checked first, see {@link CheckedDerbyDataSource}). One class, so the same WAR and
 * EAR run on any of them without repackaging; the server pools the connections.
 */
public class LearningSetsDataSource extends CheckedDerbyDataSource {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Where connections come from when the database is not the embedded one. */
    interface ConnectionSource {
        Connection connect() throws SQLException;
    }

    private transient volatile ConnectionSource external;

    @Override
    public Connection getConnection() throws SQLException {
        Optional<ConnectionSource> source = external();
        return source.isPresent() ? source.get().connect() : super.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Optional<ConnectionSource> source = external();
        return source.isPresent() ? source.get().connect() : super.getConnection(user, password);
    }

    private Optional<ConnectionSource> external() throws SQLException {
        if (external == null) {
            Optional<ExternalDatabase> configured;
            try {
                configured = ExternalDatabase.configured();
            } catch (StartupException e) {
                throw new SQLException("Learning Sets cannot open its database: " + e.getMessage(), "08001", e);
            }
            if (configured.isEmpty()) {
                return Optional.empty();
            }
            external = configured.get().isServerResource()
                    ? new ServerJdbcResource(configured.get().jndiName())
                    : postgres(configured.get());
        }
        return Optional.of(external);
    }

    private static ConnectionSource postgres(ExternalDatabase database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(database.url());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        ds.setApplicationName("Learning Sets");
        DataSource source = ds;
        return source::getConnection;
    }
}
