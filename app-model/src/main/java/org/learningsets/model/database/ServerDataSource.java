package org.learningsets.model.database;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * LEARNINGSETS_DB_JNDI for JPA on EclipseLink. persistence.xml names the application's own data source by its
 * portable name (a placeholder there is substituted by Payara only, and stopped the deployment elsewhere); when the
 * operator names a JDBC resource of the server instead, EclipseLink is pointed at it here, before it connects, so
 * the application's own data source is never opened. Hibernate ignores eclipselink.* settings: on a server whose
 * provider is Hibernate the application's own data source refuses to open while LEARNINGSETS_DB_JNDI is set (see
 * docs/install-wildfly.md), so nothing is written to a stray database. It also lets {@link DiskFull} see every
 * database error as it passes.
 */
public class ServerDataSource implements SessionCustomizer {

    static final String KEY = "learningsets.db.jndi";

    @Override
    public void customize(Session session) {
        // Every database error passes here first: a full disk is noted before the broken connection hides it.
        session.setExceptionHandler(failure -> {
            DiskFull.noteIfDiskFull(failure);
            throw failure;
        });
        Optional<String> name = configuredName();
        if (name.isEmpty()) {
            return;
        }
        DatasourceLogin login = (DatasourceLogin) session.getDatasourceLogin();
        login.setConnector(new JNDIConnector(name.get()));
        // Reads outside a transaction go through the read pool, which has a login of its own.
        if (session instanceof ServerSession server
                && server.getReadConnectionPool() != null
                && server.getReadConnectionPool().getLogin() instanceof DatasourceLogin read
                && read != login) {
            read.setConnector(new JNDIConnector(name.get()));
        }
    }

    /** The configured JNDI name of the server's resource, if any; read before the application's beans exist. */
    static Optional<String> configuredName() {
        String value = null;
        try {
            value = ConfigProvider.getConfig(ServerDataSource.class.getClassLoader())
                    .getOptionalValue(KEY, String.class)
                    .orElse(null);
        } catch (RuntimeException | LinkageError e) {
            // No configuration service on this thread: the environment or system property below.
        }
        if (value == null) {
            value = System.getenv("LEARNINGSETS_DB_JNDI");
        }
        if (value == null) {
            value = System.getProperty(KEY);
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!ResourceNames.isPlain(value.strip())) {
            throw new IllegalStateException("LEARNINGSETS_DB_JNDI must name a JDBC resource of the server, such as "
                    + "jdbc/learningsets, not \"" + value.strip() + "\".");
        }
        return Optional.of(value.strip());
    }
}
