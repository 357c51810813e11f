package org.learningsets.ejb.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningsets.model.common.InvalidInputException;

class PasswordPolicyTest {

    @Test
    void twelveToSixtyFourCharactersAreAcceptedWhateverTheyAre() {
        assertDoesNotThrow(() -> PasswordPolicy.check("kettle orbit plum".toCharArray()));
        assertDoesNotThrow(
                () -> PasswordPolicy.check("a long enough passphrase".toCharArray()),
                "the integration tests' passphrase");
        assertDoesNotThrow(() -> PasswordPolicy.check("river side reading lamp".toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check("Wärme-Zug ☕ 7 räder".toCharArray()), "any characters");
        String sixtyFour = "the heron waited by the weir while frost crept over the lockgate";
        assertEquals(64, sixtyFour.length());
        assertDoesNotThrow(() -> PasswordPolicy.check(sixtyFour.toCharArray()));
    }

    @Test
    void shorterOrLongerIsRefusedWithTheRule() {
        assertEquals(
                "A password needs at least 12 characters.",
                assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("eleven char".toCharArray()))
                        .getMessage());
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(("x".repeat(65)).toCharArray()));
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "qwertyuiop123",
                "123456789012",
                "Password12345",
                "xxxxxxxxxxxx",
                "abcdefghijklmn",
                "iloveyou2024!",
                "P@ssw0rd2024"
            })
    void commonOrEasilyGuessedPasswordsAreRefused(String password) {
        assertEquals(
                PasswordPolicy.TOO_COMMON,
                assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(password.toCharArray()))
                        .getMessage());
    }
}
