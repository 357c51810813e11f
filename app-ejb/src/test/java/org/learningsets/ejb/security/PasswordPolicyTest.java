package org.learningsets.ejb.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;

class PasswordPolicyTest {

    @Test
    void twelveToSixtyFourCharactersAreAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("twelve chars".toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check("x".repeat(64).toCharArray()));
    }

    @Test
    void shorterOrLongerIsRefusedWithTheRule() {
        assertEquals("A password needs at least 12 characters.", assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("eleven char".toCharArray())).getMessage());
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("x".repeat(65).toCharArray()));
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(null));
    }
}
