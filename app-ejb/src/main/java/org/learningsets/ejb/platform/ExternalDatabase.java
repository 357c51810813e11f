package org.learningsets.ejb.platform;

import java.util.Optional;
import org.learningsets.model.database.ResourceNames;

/**
 * The production database, when configured; without it the application uses embedded Derby in the data
 * directory. Either PostgreSQL named by LEARNINGSETS_DB_URL (with _USER and _PASSWORD), or a JDBC resource the
 * server already has, named by LEARNINGSETS_DB_JNDI (the server then owns the URL and the credentials). Read with
 * MicroProfile Config, falling back to the environment when the server builds the connection pool before the
 * application's configuration is reachable.
 */
public record ExternalDatabase(String url, String user, String password, String jndiName) {

    public boolean isServerResource() {
        return jndiName != null;
    }

    @Override
    public String toString() {
        return isServerResource() ? "the server's JDBC resource " + jndiName : url + " as " + user; // no password
    }

    public static Optional<ExternalDatabase> configured() {
        String url = EarlySettings.read(ConfigKeys.DB_URL);
        String jndi = EarlySettings.read(ConfigKeys.DB_JNDI);
        boolean hasUrl = url != null && !url.isBlank();
        boolean hasJndi = jndi != null && !jndi.isBlank();
        if (hasUrl && hasJndi) {
            throw new StartupException("Set either LEARNINGSETS_DB_URL (with _USER and _PASSWORD) or "
                    + "LEARNINGSETS_DB_JNDI (a JDBC resource of the server), not both.");
        }
        if (hasJndi) {
            return Optional.of(new ExternalDatabase(null, null, null, resourceName(jndi)));
        }
        if (!hasUrl) {
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StartupException(ConfigKeys.DB_URL + " must be a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host:5432/database), not " + url + ".");
        }
        return Optional.of(new ExternalDatabase(
                url.strip(), EarlySettings.read(ConfigKeys.DB_USER), EarlySettings.read(ConfigKeys.DB_PASSWORD), null));
    }

    /**
     * The JNDI name as configured, refused unless it names a resource in the server's own directory (jdbc/learningsets,
     * java:app/jdbc/x): a URL such as ldap://... or rmi://... would make the look-up fetch an object from another
     * machine (JNDI injection).
     */
    static String resourceName(String jndi) {
        String name = jndi.strip();
        if (!ResourceNames.isPlain(name)) {
            throw new StartupException("LEARNINGSETS_DB_JNDI must name a JDBC resource of the server, such as "
                    + "jdbc/learningsets, not \"" + name + "\".");
        }
        return name;
    }
}
