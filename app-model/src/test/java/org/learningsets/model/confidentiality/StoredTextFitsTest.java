package org.learningsets.model.confidentiality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.learningsets.model.common.FieldLengths;

/** The confidential-text columns must hold the longest text a person may type, once encrypted. */
class StoredTextFitsTest {

    @Test
    void theLongestTextFitsItsColumnOnceEncrypted() {
        int worst = TextCipher.maxStoredLength(FieldLengths.LONG_TEXT);
        assertTrue(
                worst <= FieldLengths.LONG_TEXT_STORED,
                "encrypted " + FieldLengths.LONG_TEXT + " characters need " + worst + " but the column holds "
                        + FieldLengths.LONG_TEXT_STORED);
        int title = TextCipher.maxStoredLength(FieldLengths.NAME);
        assertTrue(title <= FieldLengths.NAME_STORED, "an encrypted title needs " + title);
        int secret = TextCipher.maxStoredLength(FieldLengths.TOTP_SECRET);
        assertTrue(secret <= FieldLengths.TOTP_SECRET_STORED, "an encrypted TOTP secret needs " + secret);
    }
}
