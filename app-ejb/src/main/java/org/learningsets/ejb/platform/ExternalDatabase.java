package org.learningsets.ejb.platform;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The production database, when LEARNINGSETS_DB_URL names one (PostgreSQL); without it the application uses
 * embedded Derby in the data directory. Read with MicroProfile Config, falling back to the environment when the
 * server builds the connection pool before the application's configuration is reachable.
 */
public record ExternalDatabase(String url, String user, String password) {

    @Override
    public String toString() {
        return url + " as " + user; // never the password
    }

    public static Optional<ExternalDatabase> configured() {
        String url = setting(ConfigKeys.DB_URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StartupException(ConfigKeys.DB_URL + " must be a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host:5432/database), not " + url + ".");
        }
        return Optional.of(new ExternalDatabase(url.strip(), setting(ConfigKeys.DB_USER),
                setting(ConfigKeys.DB_PASSWORD)));
    }

    private static String setting(String key) {
        try {
            Config config = ConfigProvider.getConfig();
            Optional<String> value = config.getOptionalValue(key, String.class);
            if (value.isPresent()) {
                return value.get();
            }
        } catch (RuntimeException | LinkageError e) {
            // No configuration service on this thread: the environment variable or system property below.
        }
        String env = System.getenv(key.toUpperCase().replace('.', '_'));
        return env != null ? env : System.getProperty(key);
    }
}
