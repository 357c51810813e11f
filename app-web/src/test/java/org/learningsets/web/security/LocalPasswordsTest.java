package org.learningsets.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalPasswordsTest {

    private static final String ADMIN = "Ida.Admin@example.org";

    @Test
    void onByDefaultAndWheneverNoTrustSignInIsSetUp() {
        assertTrue(LocalPasswords.allows(true, true, ADMIN, "amira.khan@example.org"));
        assertTrue(LocalPasswords.allows(false, false, null, "amira.khan@example.org"));
    }

    @Test
    void offLeavesOnlyTheBootstrapAdministratorInWhateverTheCase() {
        assertTrue(LocalPasswords.allows(false, true, ADMIN, "ida.admin@example.org"));
        assertTrue(LocalPasswords.allows(false, true, " " + ADMIN + " ", "ida.admin@example.org"));
        assertFalse(LocalPasswords.allows(false, true, ADMIN, "amira.khan@example.org"));
        assertFalse(LocalPasswords.allows(false, true, null, "ida.admin@example.org"));
        assertFalse(LocalPasswords.allows(false, true, " ", "ida.admin@example.org"));
    }
}
