package org.learningsets.model.confidentiality;

/** A real cipher with freshly generated data keys, for tests of entities that store encrypted text. */
public final class TestCiphers {

    private TestCiphers() {}

    public static TextCipher fresh() {
        return new TextCipher(DataKeys.generate());
    }
}
