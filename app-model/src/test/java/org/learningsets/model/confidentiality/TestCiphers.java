package org.learningsets.model.confidentiality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real cipher with a freshly generated key file, for tests of entities that store encrypted text. */
public final class TestCiphers {

    private TestCiphers() {
    }

    public static TextCipher fresh() {
        try {
            Path dir = Files.createTempDirectory("learningsets-key-");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("test.key");
            KeyRing keys = KeyRing.generate(file);
            file.toFile().deleteOnExit();
            return new TextCipher(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
