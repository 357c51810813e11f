package org.learningsets.model.confidentiality;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column form of one encrypted value. Only the canonical Base64 spelling is accepted, so no two strings decode to
 * the same bytes and every character of a value is significant.
 * <ul>
 * <li>{@code v2:<payload>} (written now): unpadded Base64url of Tink's AES-GCM ciphertext: a 5-byte prefix naming the
 * key (0x01 and the key id, big-endian), the 12-byte IV, the ciphertext and its 16-byte tag.</li>
 * <li>{@code v1:<key id>:<payload>} (the first releases, read only): the IV, ciphertext and tag, under a key of the old
 * key file named by id.</li>
 * </ul>
 * The associated data authenticated with a value is its header ({@code v2:} or {@code v1:<key id>:}) followed by the
 * caller's context, so a value cannot be relabelled or moved.
 */
final class StoredText {

    static final String VERSION = "v2";
    static final String LEGACY_VERSION = "v1";
    static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;
    /** Tink's output prefix: one version byte (0x01) and the 4-byte key id. */
    static final int PREFIX_BYTES = 5;

    private static final byte TINK_PREFIX = 0x01;

    private static final Pattern FORM = Pattern.compile(VERSION + ":([A-Za-z0-9_-]+)");
    private static final Pattern LEGACY_FORM = Pattern.compile(LEGACY_VERSION + ":(" + LegacyKeyFile.KEY_ID_CHARACTERS
            + "{1," + LegacyKeyFile.MAX_KEY_ID_LENGTH + "}):([A-Za-z0-9_-]+)");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** The legacy key id, or null for a current value. */
    private final String legacyKeyId;

    private final byte[] payload;

    private StoredText(String legacyKeyId, byte[] payload) {
        this.legacyKeyId = legacyKeyId;
        this.payload = payload;
    }

    static StoredText current(byte[] payload) {
        return new StoredText(null, payload);
    }

    /** The value in stored form, or empty if the string is not one. */
    static Optional<StoredText> parse(String stored) {
        Matcher form = FORM.matcher(stored);
        if (form.matches()) {
            return decode(form.group(1), PREFIX_BYTES + IV_BYTES + TAG_BYTES)
                    .filter(p -> p[0] == TINK_PREFIX)
                    .map(p -> new StoredText(null, p));
        }
        Matcher legacy = LEGACY_FORM.matcher(stored);
        if (legacy.matches()) {
            return decode(legacy.group(2), IV_BYTES + TAG_BYTES).map(p -> new StoredText(legacy.group(1), p));
        }
        return Optional.empty();
    }

    private static Optional<byte[]> decode(String encoded, int minimumBytes) {
        byte[] payload;
        try {
            payload = Base64.getUrlDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (payload.length < minimumBytes || !ENCODER.encodeToString(payload).equals(encoded)) {
            return Optional.empty();
        }
        return Optional.of(payload);
    }

    boolean isLegacy() {
        return legacyKeyId != null;
    }

    String legacyKeyId() {
        return legacyKeyId;
    }

    /** The Tink key id a current value names. */
    int keyId() {
        return ((payload[1] & 0xff) << 24)
                | ((payload[2] & 0xff) << 16)
                | ((payload[3] & 0xff) << 8)
                | (payload[4] & 0xff);
    }

    /** Not copied: callers in this package only read it. */
    byte[] payload() {
        return payload;
    }

    byte[] associatedData(String context) {
        return header().concat(context).getBytes(StandardCharsets.UTF_8);
    }

    String header() {
        return legacyKeyId == null ? VERSION + ":" : LEGACY_VERSION + ":" + legacyKeyId + ":";
    }

    String format() {
        return header() + ENCODER.encodeToString(payload);
    }

    /** Unpadded Base64 length of {@code bytes} bytes. */
    static long encodedLength(long bytes) {
        return (bytes * 4 + 2) / 3;
    }
}
