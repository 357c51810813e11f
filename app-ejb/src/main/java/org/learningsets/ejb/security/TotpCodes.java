package org.learningsets.ejb.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rules of TOTP codes (RFC 6238), computed with java-otp: six digits, a 30-second time step, HMAC-SHA1 (the
 * algorithm every authenticator app supports; RFC 6238's default, and its use in an HMAC is not weakened by SHA-1's
 * collisions). A code is accepted for the current step and one step either side (clocks drift, typing takes time),
 * and only for a step later than the last one accepted: the same code, or an older one, never works twice.
 */
public final class TotpCodes {

    public static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    public static final int WINDOW = 1;
    /** 160 random bits, the key length RFC 4226 recommends for HMAC-SHA1. */
    static final int SECRET_BYTES = 20;

    private static final Pattern CODE = Pattern.compile("[0-9]{" + DIGITS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(
            STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    private TotpCodes() {}

    /** A new secret, as the Base32 text an authenticator app is given. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** Whether the text is a secret {@link #newSecret()} could have made. */
    public static boolean isSecret(String base32) {
        return base32 != null
                && base32.length() == Base32.encodedLength(SECRET_BYTES)
                && Base32.decode(base32).isPresent();
    }

    /** The time step {@code now} falls in: seconds since the epoch divided by 30. */
    public static long stepAt(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), STEP.getSeconds());
    }

    /** The code for the given step. */
    public static String codeFor(String base32Secret, long step) {
        try {
            return GENERATOR.generateOneTimePasswordString(
                    key(base32Secret), Instant.ofEpochSecond(step * STEP.getSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC-SHA1 key of any length is valid", e);
        }
    }

    /** The code an app shows at {@code now}. */
    public static String codeAt(String base32Secret, Instant now) {
        return codeFor(base32Secret, stepAt(now));
    }

    /**
     * The step the typed code belongs to, if it is the code of the current step or one step either side and that
     * step is later than {@code lastUsedStep}; empty otherwise (a wrong, expired, replayed or malformed code). Spaces
     * typed between the digits are ignored. Every candidate is compared in constant time.
     */
    public static OptionalLong matchingStep(String secret, String typed, Instant now, long lastUsedStep) {
        String code = typed == null ? "" : typed.replace(" ", "");
        if (!CODE.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            boolean same = MessageDigest.isEqual(
                    codeFor(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
            if (same && step > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /**
     * The otpauth address the QR code carries (the de facto format of Google Authenticator, read by every app):
     * issuer and account name are shown in the app beside the codes.
     */
    public static String otpauthUri(String issuer, String accountName, String base32Secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.getSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static SecretKeySpec key(String base32Secret) {
        byte[] bytes = Base32.decode(base32Secret)
                .orElseThrow(() -> new IllegalArgumentException("The secret is not Base32 text"));
        return new SecretKeySpec(bytes, GENERATOR.getAlgorithm());
    }
}
