package org.learningsets.model.confidentiality;

/**
 * An entity with confidential text stored encrypted. Key rotation calls {@link #reEncrypt} on each, a batch at a time,
 * so every value ends up under the primary data key.
 */
public interface EncryptedText {

    /** Re-encrypts every value not under the primary key; true when anything changed. */
    boolean reEncrypt(TextCipher cipher);
}
