package org.learningsets.ejb.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recovery codes: ten per account, each 16 characters of lower-case Base32 (80 random bits), shown once as four
 * groups of four ({@code abcd-efgh-ijkl-mnop}). Stored as the SHA-256 of the account id and the code: with 80 bits
 * of chance a hash cannot be searched back, so the slow hashing a chosen password needs is not needed here, and the
 * account id keeps one account's hash from matching another's.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    static final int LENGTH = 16;

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final Pattern NORMAL = Pattern.compile("[a-z2-7]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    /** Ten new codes, as the person is shown them. */
    public static List<String> newCodes() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /**
     * The code as typed, without spaces and dashes and in lower case, if it has the form of a recovery code; null
     * otherwise (a six-digit code, for instance).
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return NORMAL.matcher(code).matches() ? code : null;
    }

    /** The stored form: SHA-256 of the account id, a colon and the normalised code. */
    public static String hash(String accountId, String normalisedCode) {
        return Secrets.sha256(accountId + ":" + normalisedCode);
    }
}
