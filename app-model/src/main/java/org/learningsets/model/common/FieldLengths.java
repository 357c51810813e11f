package org.learningsets.model.common;

/**
 * Column lengths shared by {@code @Column(length)}, {@code @Size(max)} and the migration scripts, so the three
 * never drift apart. Confidential free text gets room for the ciphertext it will be stored as.
 */
public final class FieldLengths {
    public static final int ID = 36;
    public static final int NAME = 200;
    /** A confidential name-length text (an issue title) once encrypted: 200 characters need at most 847 (tested). */
    public static final int NAME_STORED = 1024;

    public static final int SHORT_TEXT = 100;
    public static final int EMAIL = 254;
    public static final int URL = 500;
    public static final int PASSWORD_HASH = 512;
    /** An OpenID Connect issuer (an https address) and the provider's subject id for a person. */
    public static final int TRUST_ISSUER = 500;

    public static final int TRUST_SUBJECT = 255;
    /** A TOTP secret as Base32 text (20 random bytes: 32 characters), and the column for its ciphertext. */
    public static final int TOTP_SECRET = 32;

    public static final int TOTP_SECRET_STORED = 256;
    /** A code typed at sign-in: 6 digits, or a recovery code (16 characters, with spaces or dashes between groups). */
    public static final int SIGN_IN_CODE = 40;
    /** Why something was done: a withdrawal, a cancelled or moved meeting. */
    public static final int REASON = 300;
    /** A change recorded in words for the programme's history. */
    public static final int CHANGE_DETAIL = 1000;
    /** What a person may type into a long free-text field. */
    public static final int LONG_TEXT = 4000;
    /**
     * What the column holds: the typed text once encrypted and encoded. 4,000 characters of 3-byte UTF-8 come to
     * at most 16,047 characters stored (TextCipher.maxStoredLength; tested), so the column is 16,384.
     */
    public static final int LONG_TEXT_STORED = 16384;
    /** Words to search for (the learning log's search box); not stored. */
    public static final int SEARCH = 200;

    private FieldLengths() {}
}
