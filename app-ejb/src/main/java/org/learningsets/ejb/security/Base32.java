package org.learningsets.ejb.security;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Base32 (RFC 4648, upper case, no padding): how TOTP secrets are written for authenticator apps. A few lines here
 * rather than another library; java-otp takes the key as bytes.
 */
final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    static int encodedLength(int bytes) {
        return (bytes * 8 + 4) / 5;
    }

    static String encode(byte[] data) {
        StringBuilder text = new StringBuilder(encodedLength(data.length));
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /** The bytes, or empty for text with a character outside the alphabet (any case; spaces and '=' ignored). */
    static Optional<byte[]> decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            if (c == ' ' || c == '=') {
                continue;
            }
            // Lower-case ASCII letters by arithmetic: no locale-dependent case mapping of what was typed.
            int value = c >= 'a' && c <= 'z' ? c - 'a' : ALPHABET.indexOf(c);
            if (value < 0) {
                return Optional.empty();
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return Optional.of(bytes.toByteArray());
    }
}
