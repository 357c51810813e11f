package org.learningsets.model.confidentiality;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.TextIntegrityException.Reason;

/**
 * Encrypts confidential free text for its column and decrypts it again, with AES-256-GCM from the JDK.
 *
 * <h2>Stored form</h2>
 * {@code v1:<key id>:<payload>}, ASCII only, where the payload is unpadded Base64url of a fresh 12-byte random IV
 * followed by the ciphertext of the UTF-8 text and a 128-bit tag. null stays null; the empty string is encrypted
 * like any other text. See {@link #maxStoredLength(int)} for the column size this needs.
 *
 * <h2>Context</h2>
 * Every call names where the value lives, as {@code <table>.<column>:<row id>} (see
 * {@link #context(String, String, String)}), for example {@code set_issue.narrative:3f0c…}. The context is not
 * stored; it is authenticated as GCM associated data, so a value copied into another row or column, or a
 * ciphertext from another set pasted over this one, is refused rather than shown in the wrong place. The row id
 * is assigned when an entity is made, so it is known before the first encryption.
 *
 * <h2>Why a random 96-bit IV is safe here</h2>
 * GCM breaks if an IV repeats under one key. With random 96-bit IVs NIST SP 800-38D keeps the chance of that
 * below 2^-32 as long as one key encrypts at most 2^32 values. This application writes a few values per set
 * member per meeting: millions over its life at the very most, thousands of times below the limit, and a key
 * rotation starts a new key with a fresh count.
 *
 * <p>Safe to share between threads: the key ring is immutable, a {@link Cipher} is made per call and
 * {@link SecureRandom} is thread-safe.
 */
public final class TextCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int TAG_BITS = StoredText.TAG_BYTES * 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyRing keys;

    public TextCipher(KeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The context for a value in {@code table.column} of the row with this id: {@code table.column:rowId}. */
    public static String context(String table, String column, String rowId) {
        return requireText(table, "table") + "." + requireText(column, "column") + ":" + requireText(rowId, "row id");
    }

    /**
     * The longest stored form of a text of up to {@code plaintextChars} Java characters (UTF-16 code units, what
     * {@code String.length()} and the field length checks count). A character takes at most 3 UTF-8 bytes (a
     * surrogate pair is 4 bytes for 2 characters), so the payload is at most 12 + 3n + 16 bytes, Base64 adds a
     * third, and the header adds up to 12 characters. For 4000 characters: 16,050.
     */
    public static int maxStoredLength(int plaintextChars) {
        if (plaintextChars < 0) {
            throw new IllegalArgumentException("plaintextChars must not be negative");
        }
        long payload = StoredText.IV_BYTES + 3L * plaintextChars + StoredText.TAG_BYTES;
        String longestHeader = StoredText.header("k".repeat(KeyRing.MAX_KEY_ID_LENGTH));
        return Math.toIntExact(longestHeader.length() + StoredText.encodedLength(payload));
    }

    /** The stored form of {@code plaintext} for the given context, under the current key; null stays null. */
    public String encrypt(String plaintext, String context) {
        requireText(context, "context");
        if (plaintext == null) {
            return null;
        }
        byte[] text = utf8(plaintext);
        String keyId = keys.currentKeyId();
        byte[] iv = new byte[StoredText.IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] payload = Arrays.copyOf(iv, StoredText.IV_BYTES + text.length + StoredText.TAG_BYTES);
        StoredText stored = new StoredText(keyId, payload);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.currentKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(stored.associatedData(context));
            cipher.doFinal(text, 0, text.length, payload, StoredText.IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption is not available in this Java runtime.", e);
        }
        return stored.format();
    }

    /**
     * The text a stored value holds, checked against its context; null stays null. Never returns anything the
     * check did not pass: a value that was altered, moved, relabelled, encrypted with a key the ring lacks, or is
     * not in the stored form is refused with a {@link TextIntegrityException}.
     */
    public String decrypt(String stored, String context) {
        requireText(context, "context");
        if (stored == null) {
            return null;
        }
        StoredText value = parseOrRefuse(stored);
        SecretKey key = keys.key(value.keyId());
        if (key == null) {
            throw new TextIntegrityException(Reason.UNKNOWN_KEY, "This confidential text was encrypted with key "
                    + value.keyId() + ", which is not in the key file, and was not shown.");
        }
        byte[] payload = value.payload();
        byte[] text;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, payload, 0, StoredText.IV_BYTES));
            cipher.updateAAD(value.associatedData(context));
            text = cipher.doFinal(payload, StoredText.IV_BYTES, payload.length - StoredText.IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new TextIntegrityException(Reason.INTEGRITY_CHECK_FAILED,
                    "This confidential text failed its integrity check and was not shown.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption is not available in this Java runtime.", e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException e) {
            // Unreachable for values this class wrote (they are strict UTF-8); refused rather than shown mangled.
            throw malformed();
        }
    }

    /** Rotation step 2 for one value: decrypts with whichever key wrote it, encrypts with the current key. */
    public String reEncrypt(String stored, String context) {
        return encrypt(decrypt(stored, context), context);
    }

    /**
     * Whether the value has the stored form (not whether it is authentic: that only {@link #decrypt} checks).
     * For migrating columns that still hold plain text; null is not encrypted.
     */
    public boolean isEncrypted(String stored) {
        return stored != null && StoredText.parse(stored).isPresent();
    }

    /**
     * Whether the value was encrypted with a key other than the current one and so should be re-encrypted after
     * a rotation. null needs nothing; a value not in the stored form is refused (migrate it with
     * {@link #isEncrypted} and {@link #encrypt} first).
     */
    public boolean needsReEncryption(String stored) {
        if (stored == null) {
            return false;
        }
        return !parseOrRefuse(stored).keyId().equals(keys.currentKeyId());
    }

    private static StoredText parseOrRefuse(String stored) {
        return StoredText.parse(stored).orElseThrow(TextCipher::malformed);
    }

    private static TextIntegrityException malformed() {
        return new TextIntegrityException(Reason.MALFORMED,
                "This confidential text is not in a form this application can read and was not shown.");
    }

    /** Strict UTF-8: a broken character (an unpaired surrogate) is refused, not silently replaced by '?'. */
    private static byte[] utf8(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The text contains a broken character and could not be stored. "
                    + "Please retype the last symbols or emoji you entered.");
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required.");
        }
        return value;
    }
}
