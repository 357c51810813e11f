package org.learningsets.model.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file holds the key-encryption key (a Tink keyset), which wraps the data keys kept in the database. */
class KeyEncryptionKeyTest {

    private static final String CONTEXT = TextCipher.context("progress_update", "note", "row-7");

    @TempDir
    Path folder;

    @Test
    void generateWritesAnOwnerOnlyTinkKeysetThatOpensWhatItWrapped() throws IOException {
        Path file = folder.resolve("learningsets.key");
        KeyEncryptionKey generated = KeyEncryptionKey.generate(file);
        assumeTrue(isPosix());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).contains("\"primaryKeyId\""), "Tink's JSON keyset format");
        assertFalse(KeyEncryptionKey.isLegacyFile(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }

        DataKeys keys = DataKeys.generate();
        byte[] wrapped = generated.wrap(keys);
        DataKeys opened = KeyEncryptionKey.load(file).unwrap(wrapped);
        assertEquals(keys.primaryKeyId(), opened.primaryKeyId());
        String stored = new TextCipher(keys).encrypt("the same key", CONTEXT);
        assertEquals("the same key", new TextCipher(opened).decrypt(stored, CONTEXT));
    }

    @Test
    void eachGeneratedKeyIsItsOwn() {
        KeyEncryptionKey one = KeyEncryptionKey.generate(folder.resolve("one"));
        KeyEncryptionKey two = KeyEncryptionKey.generate(folder.resolve("two"));
        byte[] wrapped = one.wrap(DataKeys.generate());
        KeyFileException refused = assertThrows(KeyFileException.class, () -> two.unwrap(wrapped));
        assertTrue(
                refused.getMessage()
                        .startsWith("The key file " + folder.resolve("two") + " does not open the "
                                + "data keys stored in the database"),
                refused.getMessage());
    }

    @Test
    void alteredWrappedKeysAreRefused() {
        KeyEncryptionKey kek = KeyEncryptionKey.generate(folder.resolve("kek"));
        byte[] wrapped = kek.wrap(DataKeys.generate());
        wrapped[wrapped.length / 2] ^= 1;
        assertThrows(KeyFileException.class, () -> kek.unwrap(wrapped));
    }

    @Test
    void generateNeverOverwritesAKeyFile() throws IOException {
        Path file = folder.resolve("existing");
        Files.writeString(file, "precious");
        KeyFileException refused = assertThrows(KeyFileException.class, () -> KeyEncryptionKey.generate(file));
        assertTrue(refused.getMessage().contains("already exists and was not overwritten"));
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void anOldKeyFileIsRecognisedAndNotReadAsAKeyEncryptionKey() throws IOException {
        Path file = write("# keys\ncurrent=k1\nk1=" + "A".repeat(43) + "=\n");
        assertTrue(KeyEncryptionKey.isLegacyFile(file));
        KeyFileException refused = assertThrows(KeyFileException.class, () -> KeyEncryptionKey.load(file));
        assertTrue(refused.getMessage().contains("is in the format of the first releases"), refused.getMessage());
    }

    @Test
    void somethingElseIsRefusedWithoutQuotingIt() throws IOException {
        Path file = write("{\"not\": \"a keyset secret-words\"}");
        KeyFileException refused = assertThrows(KeyFileException.class, () -> KeyEncryptionKey.load(file));
        assertEquals("The key file " + file + " is not a Tink keyset (JSON).", refused.getMessage());
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws IOException {
        Path file = folder.resolve("open.key");
        KeyEncryptionKey.generate(file);
        assumeTrue(isPosix());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        KeyFileException refused = assertThrows(KeyFileException.class, () -> KeyEncryptionKey.load(file));
        assertTrue(refused.getMessage().contains("so other users can read or change it"), refused.getMessage());
    }

    @Test
    void rotationAddsAKeyAndTheWrappedKeysetKeepsThemAll() {
        KeyEncryptionKey kek = KeyEncryptionKey.generate(folder.resolve("kek"));
        DataKeys first = DataKeys.generate();
        DataKeys second = first.withNewPrimary();
        DataKeys reopened = kek.unwrap(kek.wrap(second));
        assertEquals(second.keyIds(), reopened.keyIds());
        assertEquals(2, reopened.keyIds().size());
        assertNotEquals(first.primaryKeyId(), reopened.primaryKeyId());
        assertEquals(first.primaryKeyId(), reopened.keyIds().get(0));
    }

    @Test
    void noKeyMaterialInToString() throws IOException {
        Path file = folder.resolve("kek");
        KeyEncryptionKey kek = KeyEncryptionKey.generate(file);
        String json = Files.readString(file);
        String material = json.substring(json.indexOf("\"value\":") + 9, json.indexOf("\"value\":") + 40);
        DataKeys keys = DataKeys.generate();
        assertFalse(kek.toString().contains(material));
        assertTrue(
                keys.toString().matches("DataKeys\\[primary=[0-9a-f]{8}, keys=\\[[0-9a-f]{8}\\]\\]"), keys.toString());
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(folder, "keys-", ".txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        if (isPosix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    private boolean isPosix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
