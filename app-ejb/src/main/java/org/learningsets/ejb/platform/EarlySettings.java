package org.learningsets.ejb.platform;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings read before the application's beans exist: by the data source, which the server opens while it deploys
 * (to set up JPA), on threads where MicroProfile Config may not be reachable yet.
 */
final class EarlySettings {

    private EarlySettings() {}

    /** The configured value (application defaults included), else the environment variable, else null. */
    static String read(String key) {
        try {
            Config config = ConfigProvider.getConfig(EarlySettings.class.getClassLoader());
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
