package org.learningsets.model.confidentiality;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column form of one encrypted value, {@code v1:<key id>:<payload>}, where the payload is unpadded Base64url
 * of the 12-byte IV followed by the AES-GCM ciphertext and its 16-byte tag. Only the canonical Base64 spelling
 * is accepted, so no two strings decode to the same bytes and every character of a value is significant.
 */
final class StoredText {

    static final String VERSION = "v1";
    static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;

    private static final Pattern FORM = Pattern.compile(
            VERSION + ":(" + KeyRing.KEY_ID_CHARACTERS + "{1," + KeyRing.MAX_KEY_ID_LENGTH + "}):([A-Za-z0-9_-]+)");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final String keyId;
    private final byte[] payload;

    StoredText(String keyId, byte[] payload) {
        this.keyId = keyId;
        this.payload = payload;
    }

    /** The value in stored form, or empty if the string is not one (any other version counts as not one). */
    static Optional<StoredText> parse(String stored) {
        Matcher form = FORM.matcher(stored);
        if (!form.matches()) {
            return Optional.empty();
        }
        String encoded = form.group(2);
        byte[] payload;
        try {
            payload = Base64.getUrlDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (payload.length < IV_BYTES + TAG_BYTES || !ENCODER.encodeToString(payload).equals(encoded)) {
            return Optional.empty();
        }
        return Optional.of(new StoredText(form.group(1), payload));
    }

    String keyId() {
        return keyId;
    }

    /** IV, then ciphertext and tag. Not copied: callers in this package only read it. */
    byte[] payload() {
        return payload;
    }

    /**
     * The GCM associated data: the header and the caller's context. Authenticating the header means a value
     * cannot be relabelled with another version or key id; authenticating the context means it cannot be moved.
     */
    byte[] associatedData(String context) {
        return header(keyId).concat(context).getBytes(StandardCharsets.UTF_8);
    }

    String format() {
        return header(keyId) + ENCODER.encodeToString(payload);
    }

    static String header(String keyId) {
        return VERSION + ":" + keyId + ":";
    }

    /** Unpadded Base64 length of {@code bytes} bytes. */
    static long encodedLength(long bytes) {
        return (bytes * 4 + 2) / 3;
    }
}
