package org.learningsets.ejb.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.security.PasswordHashing;

class DemoAccountsTest {

    /** The hash made ahead of time is the published password's, with the parameters every new hash gets. */
    @Test
    void passwordHashMatchesThePasswordAndTheCurrentParameters() throws Exception {
        String[] parts = DemoAccounts.PASSWORD_HASH.split(":");
        assertEquals(4, parts.length);
        assertEquals(value(PasswordHashing.ALGORITHM), parts[0]);
        assertEquals(value(PasswordHashing.ITERATIONS), parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] key = Base64.getDecoder().decode(parts[3]);
        assertEquals(Integer.parseInt(value(PasswordHashing.SALT_BYTES)), salt.length);
        assertEquals(Integer.parseInt(value(PasswordHashing.KEY_BYTES)), key.length);

        PBEKeySpec spec =
                new PBEKeySpec(DemoAccounts.PASSWORD.toCharArray(), salt, Integer.parseInt(parts[1]), key.length * 8);
        byte[] expected =
                SecretKeyFactory.getInstance(parts[0]).generateSecret(spec).getEncoded();
        assertArrayEquals(expected, key);
    }

    private static String value(String parameter) {
        return parameter.split("=", 2)[1];
    }
}
