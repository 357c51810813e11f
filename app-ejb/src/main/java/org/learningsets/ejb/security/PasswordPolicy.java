package org.learningsets.ejb.security;

import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.learningsets.model.common.InvalidInputException;

/**
 * Rules for a new password (NIST SP 800-63B / OWASP ASVS 2.1): at least 12 characters, long passphrases allowed
 * (64), any characters, no composition rules; and not a common or easily guessed one. "Common" is nbvcxz's list of
 * 100,000 most used passwords, and "easily guessed" its zxcvbn-style estimate (dictionary words with digits or leet
 * substitutions, keyboard patterns, repeats, sequences, dates) falling short of its minimum entropy.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;

    static final String TOO_COMMON = "That password is too common or too easy to guess (a well-known password, a "
            + "keyboard pattern, or a word with a few digits). A few unrelated words make a strong one.";

    private PasswordPolicy() {}

    public static void check(char[] password) {
        int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            throw new InvalidInputException("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException("A password can have at most " + MAX_LENGTH + " characters.");
        }
        if (Estimator.isCommon(new String(password))) {
            throw new InvalidInputException(TOO_COMMON);
        }
    }

    /** Loaded on first use (the word lists take a moment and a few megabytes) and kept. */
    private static final class Estimator {
        private static final Nbvcxz NBVCXZ = new Nbvcxz(new ConfigurationBuilder().createConfiguration());
        private static final Dictionary COMMON = ConfigurationBuilder.getDefaultDictionaries().stream()
                .filter(d -> d.getDictionaryName().equals("passwords"))
                .findFirst()
                .orElseThrow();

        static synchronized boolean isCommon(String password) {
            return COMMON.getDictonary().containsKey(password.toLowerCase(Locale.ROOT))
                    || !NBVCXZ.estimate(password).isMinimumEntropyMet();
        }
    }
}
