package org.learningsets.ejb.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * PBKDF2 with HMAC-SHA512 and 210,000 iterations (OWASP's figure for this algorithm); the Jakarta Security
 * default of 2,048 iterations is far too weak. The identity store is configured with the same parameters, and
 * every stored hash carries its own algorithm, iterations and salt, so these can be raised later.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=64";

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void configure() {
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : new String[] {ALGORITHM, ITERATIONS, SALT_BYTES, KEY_BYTES}) {
            String[] keyValue = parameter.split("=", 2);
            parameters.put(keyValue[0], keyValue[1]);
        }
        passwordHash.initialize(parameters);
    }

    /** Hashes the password and wipes the array. */
    public String hash(char[] password) {
        try {
            return passwordHash.generate(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public boolean matches(char[] password, String storedHash) {
        return passwordHash.verify(password, storedHash);
    }
}
