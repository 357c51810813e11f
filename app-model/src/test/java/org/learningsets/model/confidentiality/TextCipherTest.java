package org.learningsets.model.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.TextIntegrityException.Reason;

class TextCipherTest {

    private static final String NARRATIVE = TextCipher.context("set_issue", "narrative", "row-1");
    private static final String SECRET = "My manager and I disagree about the rota.";

    private DataKeys keys;
    private TextCipher cipher;

    @BeforeEach
    void newKeys() {
        keys = DataKeys.generate();
        cipher = new TextCipher(keys);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                SECRET,
                "Café, naïve, “quotes” – and £5",
                "日本語の文章です。",
                "Cymraeg: ŵ ŷ",
                "Emoji 👩‍⚕️🏥💬 and flags 🇬🇧",
                "Lines\nand\ttabs\r\n"
            })
    void roundTripKeepsTheTextExactly(String text) {
        assertEquals(text, cipher.decrypt(cipher.encrypt(text, NARRATIVE), NARRATIVE));
    }

    @Test
    void roundTripOfTheLongestTexts() {
        List<String> texts = List.of(
                "a".repeat(FieldLengths.LONG_TEXT),
                "€".repeat(FieldLengths.LONG_TEXT),
                "😀".repeat(FieldLengths.LONG_TEXT / 2));
        for (String text : texts) {
            assertEquals(FieldLengths.LONG_TEXT, text.length());
            String stored = cipher.encrypt(text, NARRATIVE);
            assertTrue(stored.length() <= TextCipher.maxStoredLength(FieldLengths.LONG_TEXT));
            assertEquals(text, cipher.decrypt(stored, NARRATIVE));
        }
    }

    @Test
    void worstCaseStoredLengthIsReachedByThreeByteCharacters() {
        assertEquals(16_047, TextCipher.maxStoredLength(FieldLengths.LONG_TEXT));
        String stored = cipher.encrypt("€".repeat(FieldLengths.LONG_TEXT), NARRATIVE);
        assertEquals(TextCipher.maxStoredLength(FieldLengths.LONG_TEXT), stored.length());
        assertEquals(847, TextCipher.maxStoredLength(FieldLengths.NAME));
        // Empty text: header "v2:" (3) + Base64 of key prefix, IV and tag, 33 bytes (44).
        assertEquals(47, TextCipher.maxStoredLength(0));
        assertEquals(47, cipher.encrypt("", NARRATIVE).length());
    }

    @Test
    void nullStaysNull() {
        assertNull(cipher.encrypt(null, NARRATIVE));
        assertNull(cipher.decrypt(null, NARRATIVE));
        assertFalse(cipher.isEncrypted(null));
        assertFalse(cipher.needsReEncryption(null));
    }

    @Test
    void storedFormIsVersionedAsciiAndRevealsNothing() {
        String stored = cipher.encrypt(SECRET, NARRATIVE);
        assertTrue(stored.startsWith("v2:"), stored);
        assertTrue(stored.matches("[A-Za-z0-9:_-]+"), stored);
        assertFalse(stored.contains("rota"));
        assertTrue(cipher.isEncrypted(stored));
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTime() {
        assertNotEquals(cipher.encrypt(SECRET, NARRATIVE), cipher.encrypt(SECRET, NARRATIVE));
        assertNotEquals(cipher.encrypt("", NARRATIVE), cipher.encrypt("", NARRATIVE));
    }

    @Test
    void changingAnyByteOfThePayloadIsRefused() {
        String stored = cipher.encrypt(SECRET, NARRATIVE);
        String header = "v2:";
        byte[] payload = Base64.getUrlDecoder().decode(stored.substring(header.length()));
        // The first 5 bytes name the key: changing them names another key (or none), refused as unknown.
        for (int i = StoredText.PREFIX_BYTES; i < payload.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = payload.clone();
                tampered[i] ^= (byte) (1 << bit);
                String altered =
                        header + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
                assertRefused(Reason.INTEGRITY_CHECK_FAILED, altered, NARRATIVE);
            }
        }
    }

    @Test
    void changingAnyCharacterOfTheStoredValueIsRefused() {
        String stored = cipher.encrypt("short", NARRATIVE);
        for (int i = 0; i < stored.length(); i++) {
            for (char replacement : new char[] {'A', 'z', '-', ':'}) {
                if (stored.charAt(i) == replacement) {
                    continue;
                }
                String altered = stored.substring(0, i) + replacement + stored.substring(i + 1);
                assertThrows(
                        TextIntegrityException.class,
                        () -> cipher.decrypt(altered, NARRATIVE),
                        "position " + i + " changed to " + replacement);
            }
        }
    }

    @Test
    void truncatedOrExtendedValuesAreRefused() {
        String stored = cipher.encrypt(SECRET, NARRATIVE);
        assertThrows(
                TextIntegrityException.class,
                () -> cipher.decrypt(stored.substring(0, stored.length() - 1), NARRATIVE));
        assertThrows(TextIntegrityException.class, () -> cipher.decrypt(stored + "A", NARRATIVE));
        assertThrows(TextIntegrityException.class, () -> cipher.decrypt(stored + "AAAA", NARRATIVE));
    }

    @Test
    void aValueMovedToAnotherRowOrColumnIsRefused() {
        String stored = cipher.encrypt(SECRET, NARRATIVE);
        assertRefused(Reason.INTEGRITY_CHECK_FAILED, stored, TextCipher.context("set_issue", "narrative", "row-2"));
        assertRefused(Reason.INTEGRITY_CHECK_FAILED, stored, TextCipher.context("action", "description", "row-1"));
    }

    @Test
    void aValueNamingAnotherKeyIsRefusedAsUnknown() {
        String stored = cipher.encrypt(SECRET, NARRATIVE);
        byte[] payload = Base64.getUrlDecoder().decode(stored.substring(3));
        payload[4] ^= 1;
        String relabelled = "v2:" + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
        assertRefused(Reason.UNKNOWN_KEY, relabelled, NARRATIVE);
    }

    @Test
    void rotationKeepsOldTextReadableAndMarksItForReEncryption() {
        String before = cipher.encrypt(SECRET, NARRATIVE);
        TextCipher rotated = new TextCipher(keys.withNewPrimary());

        assertEquals(SECRET, rotated.decrypt(before, NARRATIVE));
        assertTrue(rotated.needsReEncryption(before));
        String after = rotated.reEncrypt(before, NARRATIVE);
        assertFalse(rotated.needsReEncryption(after));
        assertEquals(SECRET, rotated.decrypt(after, NARRATIVE));
        assertNotEquals(keys.primaryKeyId(), rotated.keys().primaryKeyId());
        assertEquals(2, rotated.keys().keyIds().size());
        assertRefused(cipher, Reason.UNKNOWN_KEY, after, NARRATIVE);
    }

    @Test
    void unknownKeyMessageNamesTheKeyIdOnly() {
        TextCipher rotated = new TextCipher(keys.withNewPrimary());
        TextIntegrityException refused = assertThrows(
                TextIntegrityException.class, () -> cipher.decrypt(rotated.encrypt(SECRET, NARRATIVE), NARRATIVE));
        assertEquals(
                "This confidential text was encrypted with key "
                        + DataKeys.label(rotated.keys().primaryKeyId())
                        + ", which is not among the data keys, and was not shown.",
                refused.getMessage());
    }

    @Test
    void changingTheVersionIsRefused() {
        String stored = cipher.encrypt(SECRET, NARRATIVE);
        for (String version : List.of("v1", "v0", "V2", "v20", "")) {
            String altered = version + stored.substring(2);
            assertRefused(Reason.MALFORMED, altered, NARRATIVE);
            assertFalse(cipher.isEncrypted(altered));
        }
    }

    @Test
    void otherKeysCannotRead() {
        TextCipher other = new TextCipher(DataKeys.generate());
        assertThrows(TextIntegrityException.class, () -> other.decrypt(cipher.encrypt(SECRET, NARRATIVE), NARRATIVE));
    }

    /** Values the first releases wrote stay readable once their key file's keys are imported, then move to v2. */
    @Test
    void firstReleaseValuesAreReadWithTheImportedKeysAndReEncrypted() throws Exception {
        byte[] k1 = new byte[32];
        byte[] k2 = new byte[32];
        k1[0] = 1;
        k2[0] = 2;
        LegacyKeyFile legacy =
                LegacyKeyFile.parse(("current=k2\nk1=" + Base64.getEncoder().encodeToString(k1) + "\nk2="
                                + Base64.getEncoder().encodeToString(k2) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        String underK1 = FirstRelease.encrypt(k1, "k1", SECRET, NARRATIVE);
        String underK2 = FirstRelease.encrypt(k2, "k2", "Second", NARRATIVE);
        TextCipher upgraded = new TextCipher(DataKeys.generate().withLegacyKeys(legacy));

        assertEquals(SECRET, upgraded.decrypt(underK1, NARRATIVE));
        assertEquals("Second", upgraded.decrypt(underK2, NARRATIVE));
        assertTrue(upgraded.isEncrypted(underK1));
        assertTrue(upgraded.needsReEncryption(underK1));
        String moved = upgraded.reEncrypt(underK1, NARRATIVE);
        assertTrue(moved.startsWith("v2:"));
        assertEquals(SECRET, upgraded.decrypt(moved, NARRATIVE));
        assertRefused(
                upgraded,
                Reason.INTEGRITY_CHECK_FAILED,
                underK1,
                TextCipher.context("set_issue", "narrative", "row-2"));
        assertRefused(upgraded, Reason.INTEGRITY_CHECK_FAILED, underK1.replaceFirst("k1", "k2"), NARRATIVE);
        assertThrows(TextIntegrityException.class, () -> cipher.decrypt(underK1, NARRATIVE), "no legacy keys");
    }

    // Too short, no key id, padding, standard-alphabet characters, id too long, stray ':' or space,
    // non-canonical Base64 (unused trailing bits set), empty.
    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain text",
                "v2:",
                "v2:AAAA",
                "v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "v1:k1:",
                "v1:k1:AAAA",
                "v1::AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/",
                "v1:toolongid:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA:",
                " v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB",
                ""
            })
    void malformedValuesAreRefused(String stored) {
        assertRefused(Reason.MALFORMED, stored, NARRATIVE);
        assertFalse(cipher.isEncrypted(stored));
        assertThrows(TextIntegrityException.class, () -> cipher.needsReEncryption(stored));
    }

    @Test
    void refusalsUseAPlainMessageThatHoldsNoText() {
        String stored = cipher.encrypt(SECRET, NARRATIVE);
        TextIntegrityException moved = assertThrows(
                TextIntegrityException.class,
                () -> cipher.decrypt(stored, TextCipher.context("set_issue", "narrative", "row-2")));
        assertEquals("This confidential text failed its integrity check and was not shown.", moved.getMessage());
        TextIntegrityException plain =
                assertThrows(TextIntegrityException.class, () -> cipher.decrypt(SECRET, NARRATIVE));
        assertEquals(
                "This confidential text is not in a form this application can read and was not shown.",
                plain.getMessage());
        assertFalse(plain.getMessage().contains("rota"));
    }

    @Test
    void plainTextIsNotTakenForEncrypted() {
        assertFalse(cipher.isEncrypted(SECRET));
        assertFalse(cipher.isEncrypted("v2:looks like it"));
        assertFalse(cipher.isEncrypted("v1:k1:looks like it"));
        assertFalse(cipher.isEncrypted("v1:k1:short"));
        assertTrue(cipher.isEncrypted(cipher.encrypt("", NARRATIVE)));
    }

    @Test
    void aBrokenCharacterIsRefusedNotReplaced() {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> cipher.encrypt("half an emoji \uD83D", NARRATIVE));
        assertTrue(refused.getMessage().contains("broken character"));
    }

    @Test
    void aContextIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> cipher.encrypt(SECRET, null));
        assertThrows(IllegalArgumentException.class, () -> cipher.encrypt(SECRET, " "));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(null, ""));
        assertThrows(IllegalArgumentException.class, () -> TextCipher.context("set_issue", "narrative", null));
        assertEquals("set_issue.narrative:row-1", NARRATIVE);
    }

    @Test
    void contextIsComparedExactly() {
        String stored = cipher.encrypt(SECRET, "set_issue.narrative:abc");
        assertRefused(Reason.INTEGRITY_CHECK_FAILED, stored, "set_issue.narrative:ABC");
        assertRefused(Reason.INTEGRITY_CHECK_FAILED, stored, "set_issue.narrative:abc ");
        assertEquals(SECRET, cipher.decrypt(stored, "set_issue.narrative:abc"));
    }

    @Test
    void oneCipherServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                int id = task;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        String text = "task " + id + " value " + i + " ✓";
                        String context = TextCipher.context("learning_log", "what_i_learned", id + "-" + i);
                        if (!text.equals(cipher.decrypt(cipher.encrypt(text, context), context))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertRefused(Reason reason, String stored, String context) {
        assertRefused(cipher, reason, stored, context);
    }

    private static void assertRefused(TextCipher cipher, Reason reason, String stored, String context) {
        TextIntegrityException refused =
                assertThrows(TextIntegrityException.class, () -> cipher.decrypt(stored, context), stored);
        assertEquals(reason, refused.reason(), stored);
    }
}
