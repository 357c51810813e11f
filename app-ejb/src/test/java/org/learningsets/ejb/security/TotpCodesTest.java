package org.learningsets.ejb.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code rules of two-step sign-in: RFC 6238's own test values, the window of one step, and no replay. */
class TotpCodesTest {

    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static final Instant NOW = Instant.parse("2026-12-02T21:00:10Z");

    @Test
    void codesAreThoseOfRfc6238AppendixB() {
        assertEquals(RFC_SECRET, Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)));
        // The RFC lists eight digits; six-digit codes are their last six.
        assertEquals("287082", TotpCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", TotpCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
        assertEquals("005924", TotpCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890)));
        assertEquals("279037", TotpCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000)));
    }

    @Test
    void theCurrentStepAndOneEitherSideAreAcceptedAndNoOther() {
        String secret = TotpCodes.newSecret();
        long step = TotpCodes.stepAt(NOW);
        for (long offset = -1; offset <= 1; offset++) {
            String code = TotpCodes.codeFor(secret, step + offset);
            assertEquals(
                    OptionalLong.of(step + offset),
                    TotpCodes.matchingStep(secret, code, NOW, Long.MIN_VALUE),
                    "offset " + offset);
        }
        for (long offset : new long[] {-3, -2, 2, 3}) {
            String code = TotpCodes.codeFor(secret, step + offset);
            if (!code.equals(TotpCodes.codeFor(secret, step))
                    && !code.equals(TotpCodes.codeFor(secret, step - 1))
                    && !code.equals(TotpCodes.codeFor(secret, step + 1))) {
                assertTrue(
                        TotpCodes.matchingStep(secret, code, NOW, Long.MIN_VALUE)
                                .isEmpty(),
                        "expired or early, offset " + offset);
            }
        }
    }

    @Test
    void aCodeOfTheLastAcceptedStepOrAnEarlierOneIsAReplay() {
        String secret = TotpCodes.newSecret();
        long step = TotpCodes.stepAt(NOW);
        String code = TotpCodes.codeFor(secret, step);
        assertEquals(OptionalLong.of(step), TotpCodes.matchingStep(secret, code, NOW, step - 1));
        assertTrue(TotpCodes.matchingStep(secret, code, NOW, step).isEmpty(), "the same code again");
        assertTrue(
                TotpCodes.matchingStep(secret, TotpCodes.codeFor(secret, step - 1), NOW, step)
                        .isEmpty(),
                "an older code after a newer one");
        assertEquals(
                OptionalLong.of(step + 1),
                TotpCodes.matchingStep(secret, TotpCodes.codeFor(secret, step + 1), NOW, step),
                "the next step's code still works");
    }

    @Test
    void malformedCodesAreRefusedAndSpacesIgnored() {
        String secret = TotpCodes.newSecret();
        String code = TotpCodes.codeAt(secret, NOW);
        assertTrue(TotpCodes.matchingStep(secret, code.substring(0, 3) + " " + code.substring(3), NOW, 0)
                .isPresent());
        for (String typed : new String[] {null, "", "12345", "1234567", "abcdef", code + "0", "-" + code}) {
            assertTrue(
                    TotpCodes.matchingStep(secret, typed, NOW, Long.MIN_VALUE).isEmpty(), String.valueOf(typed));
        }
    }

    @Test
    void secretsAre160RandomBitsInBase32() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String secret = TotpCodes.newSecret();
            assertEquals(32, secret.length());
            assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
            assertTrue(TotpCodes.isSecret(secret));
            assertEquals(20, Base32.decode(secret).orElseThrow().length);
            assertTrue(seen.add(secret));
        }
        assertFalse(TotpCodes.isSecret("not a secret"));
        assertFalse(TotpCodes.isSecret(RFC_SECRET.substring(1) + "1"), "1 is not Base32");
        assertFalse(TotpCodes.isSecret(null));
    }

    @Test
    void base32RoundTripsAnyLength() {
        for (int length = 0; length < 40; length++) {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++) {
                data[i] = (byte) (i * 37 + length);
            }
            assertArrayEquals(data, Base32.decode(Base32.encode(data)).orElseThrow(), "length " + length);
        }
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)), "RFC 4648 section 10");
        assertArrayEquals(
                "foobar".getBytes(StandardCharsets.US_ASCII),
                Base32.decode("mzxw 6ytb oi======").orElseThrow());
    }

    @Test
    void theOtpauthAddressNamesIssuerAccountAndSecret() {
        String uri = TotpCodes.otpauthUri("Learning Sets", "ann.lee@example.org", RFC_SECRET);
        assertEquals(
                "otpauth://totp/Learning%20Sets:ann.lee%40example.org?secret=" + RFC_SECRET
                        + "&issuer=Learning%20Sets&algorithm=SHA1&digits=6&period=30",
                uri);
        assertNotEquals(TotpCodes.newSecret(), TotpCodes.newSecret());
    }
}
