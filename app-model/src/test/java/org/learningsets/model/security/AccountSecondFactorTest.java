package org.learningsets.model.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.confidentiality.TextIntegrityException;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;

/** An account's two-step sign-in: the secret stored encrypted for this account only, the replay rule, turning off. */
class AccountSecondFactorTest {

    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant NOW = Instant.parse("2026-12-02T21:00:00Z");

    private final TextCipher cipher = TestCiphers.fresh();

    private Account account(String email) {
        return new Account(
                new Person("Ann Lee", email, new Organisation("Harbour Trust")),
                "hash",
                EnumSet.of(Role.ADMIN),
                false,
                NOW);
    }

    @Test
    void theSecretIsStoredEncryptedAndReadOnlyWithItsAccountsContext() throws Exception {
        Account ann = account("ann@example.org");
        assertFalse(ann.hasSecondFactor());
        ann.turnOnSecondFactor(SECRET, 100, NOW, cipher);
        assertTrue(ann.hasSecondFactor());
        assertEquals(NOW, ann.getSecondFactorSince());
        assertEquals(SECRET, ann.readSecondFactorSecret(cipher));

        java.lang.reflect.Field stored = Account.class.getDeclaredField("totpSecret");
        stored.setAccessible(true);
        String ciphertext = (String) stored.get(ann);
        assertTrue(ciphertext.startsWith("v2:") && !ciphertext.contains(SECRET), ciphertext);

        Account bob = account("bob@example.org");
        bob.turnOnSecondFactor(TestSecrets.OTHER, 1, NOW, cipher);
        stored.set(bob, ciphertext);
        assertThrows(TextIntegrityException.class, () -> bob.readSecondFactorSecret(cipher), "copied to another row");
    }

    @Test
    void theConfirmingCodesStepAndEveryEarlierOneAreSpent() {
        Account ann = account("ann@example.org");
        ann.turnOnSecondFactor(SECRET, 100, NOW, cipher);
        assertEquals(100, ann.getSecondFactorLastStep());
        assertThrows(StateException.class, () -> ann.secondFactorCodeUsed(100));
        assertThrows(StateException.class, () -> ann.secondFactorCodeUsed(99));
        ann.secondFactorCodeUsed(101);
        assertEquals(101, ann.getSecondFactorLastStep());
        assertThrows(StateException.class, () -> ann.turnOnSecondFactor(SECRET, 102, NOW, cipher), "already on");
    }

    @Test
    void turningOffForgetsSecretAndSteps() {
        Account ann = account("ann@example.org");
        ann.turnOnSecondFactor(SECRET, 100, NOW, cipher);
        ann.turnOffSecondFactor();
        assertFalse(ann.hasSecondFactor());
        assertNull(ann.getSecondFactorSince());
        assertEquals(Long.MIN_VALUE, ann.getSecondFactorLastStep());
        assertThrows(StateException.class, () -> ann.readSecondFactorSecret(cipher));
        assertFalse(ann.reEncrypt(cipher), "nothing to re-encrypt");
    }

    private static final class TestSecrets {
        static final String OTHER = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U";
    }
}
