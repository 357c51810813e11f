package org.learningsets.ejb.security;

import org.learningsets.model.common.InvalidInputException;

/** Length rules for a new password (NIST SP 800-63B / OWASP ASVS: at least 12, and long passphrases allowed). */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    public static void check(char[] password) {
        int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            throw new InvalidInputException("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException("A password can have at most " + MAX_LENGTH + " characters.");
        }
    }
}
