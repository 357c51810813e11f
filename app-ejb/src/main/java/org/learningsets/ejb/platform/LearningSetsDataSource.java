package org.learningsets.ejb.platform;

import java.io.Serial;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's own data source ({@link DataSources#APP}, see ApplicationStartup): PostgreSQL when
 * LEARNINGSETS_DB_URL is set, otherwise embedded Derby in the data directory (checked first, see
 * {@link CheckedDerbyDataSource}). One class, so the same WAR and EAR run on either without repackaging; the
 * server pools the connections. With LEARNINGSETS_DB_JNDI the application uses the server's resource instead
 * (see {@link ApplicationDatabase}) and this one refuses, so nothing can write to a stray Derby by mistake.
 */
public class LearningSetsDataSource extends CheckedDerbyDataSource {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient volatile PGSimpleDataSource postgres;

    @Override
    public Connection getConnection() throws SQLException {
        Optional<PGSimpleDataSource> external = external();
        return external.isPresent() ? external.get().getConnection() : super.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Optional<PGSimpleDataSource> external = external();
        return external.isPresent() ? external.get().getConnection() : super.getConnection(user, password);
    }

    private Optional<PGSimpleDataSource> external() throws SQLException {
        if (postgres == null) {
            Optional<ExternalDatabase> configured;
            try {
                configured = ExternalDatabase.configured();
            } catch (StartupException e) {
                throw new SQLException("Learning Sets cannot open its database: " + e.getMessage(), "08001", e);
            }
            if (configured.isEmpty()) {
                return Optional.empty();
            }
            if (configured.get().isServerResource()) {
                throw new SQLException(
                        "LEARNINGSETS_DB_JNDI is set, so Learning Sets uses " + configured.get() + ", not "
                                + DataSources.APP,
                        "08001");
            }
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(configured.get().url());
            ds.setUser(configured.get().user());
            ds.setPassword(configured.get().password());
            ds.setApplicationName("Learning Sets");
            postgres = ds;
        }
        return Optional.of(postgres);
    }
}
