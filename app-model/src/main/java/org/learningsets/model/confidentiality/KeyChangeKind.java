package org.learningsets.model.confidentiality;

/** What happened to the data keys (see KeyChange). */
public enum KeyChangeKind {
    /** A new database got its first data key. */
    CREATED,
    /** The first releases' key file was upgraded: its keys moved into the database's keyset, a new key made primary. */
    OLD_KEY_FILE_IMPORTED,
    /** An administrator rotated: a new primary key, every value re-encrypted with it. */
    ROTATED
}
