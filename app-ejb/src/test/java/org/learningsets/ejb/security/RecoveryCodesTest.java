package org.learningsets.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsets.model.security.Role;

/** Recovery codes: their form, how typed ones are read, how they are hashed; and the setting of required roles. */
class RecoveryCodesTest {

    @Test
    void tenCodesOfFourGroupsOfFour() {
        List<String> codes = RecoveryCodes.newCodes();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        for (String code : codes) {
            assertTrue(code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"), code);
        }
    }

    @Test
    void aTypedCodeIsReadWhateverItsCaseSpacesAndDashes() {
        assertEquals("abcdefghijkl2345", RecoveryCodes.normalise("abcd-efgh-ijkl-2345"));
        assertEquals("abcdefghijkl2345", RecoveryCodes.normalise(" ABCD EFGH\tijkl 2345 "));
        assertEquals("abcdefghijkl2345", RecoveryCodes.normalise("abcdefghijkl2345"));
        assertNull(RecoveryCodes.normalise("123456"), "a code from the app is no recovery code");
        assertNull(RecoveryCodes.normalise("abcd-efgh-ijkl-234"), "too short");
        assertNull(RecoveryCodes.normalise("abcd-efgh-ijkl-23451"), "too long");
        assertNull(RecoveryCodes.normalise("abcd-efgh-ijkl-2341"), "1 is not in the alphabet");
        assertNull(RecoveryCodes.normalise(null));
    }

    @Test
    void theHashIsSha256OfAccountAndCodeSoOneAccountsHashIsNotAnothers() {
        String hash = RecoveryCodes.hash("account-1", "abcdefghijkl2345");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(Secrets.sha256("account-1:abcdefghijkl2345"), hash);
        assertNotEquals(hash, RecoveryCodes.hash("account-2", "abcdefghijkl2345"));
        assertEquals(hash, RecoveryCodes.hash("account-1", RecoveryCodes.normalise("ABCD-EFGH-IJKL-2345")));
    }

    @Test
    void requiredRolesAreReadFromTheSettingAndAMistakeIsRefused() {
        assertEquals(EnumSet.of(Role.ADMIN), SecondFactorService.requiredRoles("ADMIN"));
        assertEquals(
                EnumSet.of(Role.ADMIN, Role.FACILITATOR), SecondFactorService.requiredRoles(" ADMIN, FACILITATOR "));
        assertEquals(EnumSet.noneOf(Role.class), SecondFactorService.requiredRoles("none"));
        assertEquals(EnumSet.noneOf(Role.class), SecondFactorService.requiredRoles("NONE"));
        IllegalStateException typo =
                assertThrows(IllegalStateException.class, () -> SecondFactorService.requiredRoles("ADMN"));
        assertThrows(
                IllegalStateException.class, () -> SecondFactorService.requiredRoles("admin"), "spelt as the groups");
        assertTrue(typo.getMessage().contains("\"ADMN\", which is not a role"), typo.getMessage());
    }
}
