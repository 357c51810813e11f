package org.learningsets.model.confidentiality;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.TextIntegrityException.Reason;

/**
 * Encrypts confidential free text for its column and decrypts it again, with the data keys' AES-256-GCM (Google Tink,
 * see {@link DataKeys}).
 *
 * <h2>Stored form</h2>
 * {@code v2:<payload>}, ASCII only, where the payload is unpadded Base64url of Tink's ciphertext (key id prefix, a
 * fresh random 12-byte IV, the ciphertext of the UTF-8 text and a 128-bit tag). null stays null; the empty string is
 * encrypted like any other text. Values of the first releases ({@code v1:<key id>:...}) are still read, with the old
 * keys imported into the keyset. See {@link #maxStoredLength(int)} for the column size this needs.
 *
 * <h2>Context</h2>
 * Every call names where the value lives, as {@code <table>.<column>:<row id>} (see
 * {@link #context(String, String, String)}), for example {@code set_issue.narrative:3f0c…}. The context is not
 * stored; it is authenticated as associated data, so a value copied into another row or column, or a ciphertext from
 * another set pasted over this one, is refused rather than shown in the wrong place. The row id is assigned when an
 * entity is made, so it is known before the first encryption.
 *
 * <h2>Why a random 96-bit IV is safe here</h2>
 * GCM breaks if an IV repeats under one key. With random 96-bit IVs NIST SP 800-38D keeps the chance of that below
 * 2^-32 as long as one key encrypts at most 2^32 values. This application writes a few values per set member per
 * meeting: millions over its life at the very most, thousands of times below the limit, and a key rotation starts a
 * new key with a fresh count.
 *
 * <p>Safe to share between threads: the keys are immutable and Tink's primitive is thread-safe.
 */
public final class TextCipher {

    private final DataKeys keys;

    public TextCipher(DataKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The context for a value in {@code table.column} of the row with this id: {@code table.column:rowId}. */
    public static String context(String table, String column, String rowId) {
        return requireText(table, "table") + "." + requireText(column, "column") + ":" + requireText(rowId, "row id");
    }

    /**
     * The longest stored form of a text of up to {@code plaintextChars} Java characters (UTF-16 code units, what
     * {@code String.length()} and the field length checks count). A character takes at most 3 UTF-8 bytes (a
     * surrogate pair is 4 bytes for 2 characters), so the payload is at most 5 + 12 + 3n + 16 bytes, Base64 adds a
     * third, and the header 3 characters. For 4000 characters: 16,047; for 200: 847.
     */
    public static int maxStoredLength(int plaintextChars) {
        if (plaintextChars < 0) {
            throw new IllegalArgumentException("plaintextChars must not be negative");
        }
        long payload = StoredText.PREFIX_BYTES + StoredText.IV_BYTES + 3L * plaintextChars + StoredText.TAG_BYTES;
        return Math.toIntExact(StoredText.VERSION.length() + 1 + StoredText.encodedLength(payload));
    }

    /** The stored form of {@code plaintext} for the given context, under the primary key; null stays null. */
    public String encrypt(String plaintext, String context) {
        requireText(context, "context");
        if (plaintext == null) {
            return null;
        }
        byte[] associated = (StoredText.VERSION + ":" + context).getBytes(StandardCharsets.UTF_8);
        try {
            return StoredText.current(keys.aead().encrypt(utf8(plaintext), associated))
                    .format();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getMessage(), e);
        }
    }

    /**
     * The text a stored value holds, checked against its context; null stays null. Never returns anything the check
     * did not pass: a value that was altered, moved, relabelled, encrypted with a key the keyset lacks, or is not in
     * the stored form is refused with a {@link TextIntegrityException}.
     */
    public String decrypt(String stored, String context) {
        requireText(context, "context");
        if (stored == null) {
            return null;
        }
        StoredText value = parseOrRefuse(stored);
        if (!value.isLegacy() && !keys.hasEnabledKey(value.keyId())) {
            throw new TextIntegrityException(
                    Reason.UNKNOWN_KEY,
                    "This confidential text was encrypted with key " + DataKeys.label(value.keyId())
                            + ", which is not among the data keys, and was not shown.");
        }
        byte[] text;
        try {
            text = keys.aead().decrypt(value.payload(), value.associatedData(context));
        } catch (GeneralSecurityException e) {
            throw new TextIntegrityException(
                    Reason.INTEGRITY_CHECK_FAILED,
                    "This confidential text failed its integrity check and was not shown.");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(text))
                    .toString();
        } catch (CharacterCodingException e) {
            // Unreachable for values this class wrote (they are strict UTF-8); refused rather than shown mangled.
            throw malformed();
        }
    }

    /** Rotation for one value: decrypts with whichever key wrote it, encrypts with the primary key. */
    public String reEncrypt(String stored, String context) {
        return encrypt(decrypt(stored, context), context);
    }

    /**
     * Whether the value has a stored form (not whether it is authentic: that only {@link #decrypt} checks). null is
     * not encrypted.
     */
    public boolean isEncrypted(String stored) {
        return stored != null && StoredText.parse(stored).isPresent();
    }

    /**
     * Whether the value was encrypted with another key than the primary one (or in the first releases' form) and so
     * should be re-encrypted after a rotation. null needs nothing; a value not in the stored form is refused.
     */
    public boolean needsReEncryption(String stored) {
        if (stored == null) {
            return false;
        }
        StoredText value = parseOrRefuse(stored);
        return value.isLegacy() || value.keyId() != keys.primaryKeyId();
    }

    /**
     * Which key a stored value names, as the key page shows key ids (8 hex digits; a first-release value's old id),
     * without decrypting it. For checks and tests; a value not in the stored form is refused.
     */
    public static String keyIdOf(String stored) {
        StoredText value = parseOrRefuse(stored);
        return value.isLegacy() ? value.legacyKeyId() : DataKeys.label(value.keyId());
    }

    /** The data keys this cipher uses (their ids, for the administrators' key page). */
    public DataKeys keys() {
        return keys;
    }

    private static StoredText parseOrRefuse(String stored) {
        return StoredText.parse(stored).orElseThrow(TextCipher::malformed);
    }

    private static TextIntegrityException malformed() {
        return new TextIntegrityException(
                Reason.MALFORMED,
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
