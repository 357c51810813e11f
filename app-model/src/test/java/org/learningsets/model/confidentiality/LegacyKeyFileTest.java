package org.learningsets.model.confidentiality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first releases' key file, read strictly once to upgrade it (the same checks as then). */
class LegacyKeyFileTest {

    @TempDir
    Path folder;

    @Test
    void loadAcceptsCommentsBlankLinesSpacesCrLfAndAByteOrderMark() throws IOException {
        String k1 = key();
        Path file = write("\uFEFF# keys\r\n\r\n  # indented comment\r\n current = k2 \r\nk1 =" + k1 + "\r\nk2= " + key()
                + "\r\n");
        LegacyKeyFile loaded = LegacyKeyFile.load(file);
        assertEquals("k2", loaded.currentKeyId());
        assertEquals(List.of("k1", "k2"), List.copyOf(loaded.keyIds()));
        assertArrayEquals(Base64.getDecoder().decode(k1), loaded.key("k1"));
        assertTrue(LegacyKeyFile.isLegacy(Files.readAllBytes(file)));
    }

    @Test
    void missingFile() {
        assertMessage(
                "does not exist. Set LEARNINGSETS_KEY_FILE to the path of the key file.", folder.resolve("nowhere"));
    }

    @Test
    void folderInsteadOfFile() {
        assertMessage("is not a regular file.", folder);
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = write("current=k1\nk1=" + key() + "\n");
        assumeTrue(isPosix());
        Files.setPosixFilePermissions(file, Set.of());
        assumeFalse(Files.isReadable(file), "the superuser can read any file");
        assertMessage("could not be read (permission denied).", file);
    }

    @Test
    void wrongKeyLength() throws IOException {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertMessage(
                "line 2: key k1 is 16 bytes long; an AES-256 key must be exactly 32 bytes (44 Base64 " + "characters).",
                write("current=k1\nk1=" + shortKey + "\n"));
        assertMessage("line 2: key k1 is 0 bytes long", write("current=k1\nk1=\n"));
    }

    @Test
    void badBase64() throws IOException {
        assertMessage("line 3: key k2 is not valid Base64.", write("current=k1\nk1=" + key() + "\nk2=ab$d\n"));
        assertMessage("line 2: key k1 is not valid Base64.", write("current=k1\nk1=" + key().replace('=', '*')));
    }

    @Test
    void duplicateKeyId() throws IOException {
        assertMessage(
                "line 4: key id k1 is already defined on line 2; each key id must appear once.",
                write("current=k1\nk1=" + key() + "\n\nk1=" + key() + "\n"));
    }

    @Test
    void currentMissing() throws IOException {
        assertMessage("has no 'current=<key id>' line naming the key that encrypts.", write("k1=" + key() + "\n"));
    }

    @Test
    void currentNotDefined() throws IOException {
        assertMessage(
                "names k2 as the current key (line 1) but does not define it.",
                write("current=k2\nk1=" + key() + "\n"));
    }

    @Test
    void currentTwice() throws IOException {
        assertMessage(
                "line 3: 'current' is already set on line 1; it must appear once.",
                write("current=k1\nk1=" + key() + "\ncurrent=k1\n"));
    }

    @Test
    void currentIsNotAKeyId() throws IOException {
        assertMessage(
                "line 1: 'current' must name a key id (1 to 8 letters, digits, '-' or '_').",
                write("current=\nk1=" + key() + "\n"));
    }

    @Test
    void noKeys() throws IOException {
        assertMessage("holds no keys.", write("# nothing yet\ncurrent=k1\n"));
    }

    @Test
    void badKeyId() throws IOException {
        for (String id : List.of("k 1", "k:1", "waytoolong", "", "ключ")) {
            assertMessage(
                    "line 2: a key id must be 1 to 8 letters, digits, '-' or '_'.",
                    write("current=k1\n" + id + "=" + key() + "\n"));
        }
    }

    @Test
    void lineWithoutEqualsSign() throws IOException {
        String pasted = key().replace("=", ""); // a key pasted without its id
        assertMessage(
                "line 2: expected 'current=<key id>' or '<key id>=<Base64 key>'.",
                write("current=k1\n" + pasted + "\nk1=" + key() + "\n"));
    }

    @Test
    void notUtf8() throws IOException {
        Path file = folder.resolve("binary");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A});
        ownerOnly(file);
        assertMessage("is not UTF-8 text.", file);
    }

    @Test
    void muchTooLarge() throws IOException {
        assertMessage("is larger than 64 KiB, so it is not a key file.", write("#".repeat(70_000)));
    }

    @Test
    void fileOthersCanReadIsRefused() throws IOException {
        Path file = write("current=k1\nk1=" + key() + "\n");
        assumeTrue(isPosix());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertMessage(
                "has permissions rw-r--r--, so other users can read or change it. Restrict it to its owner "
                        + "(chmod 600), then check whether the keys need replacing.",
                file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals("k1", LegacyKeyFile.load(file).currentKeyId(), "group read is allowed");
    }

    @Test
    void noKeyMaterialInMessagesOrToString() throws IOException {
        String k1 = key();
        String k2 = key();
        Path good = write("current=k2\nk1=" + k1 + "\nk2=" + k2 + "\n");
        LegacyKeyFile ring = LegacyKeyFile.load(good);
        assertEquals("LegacyKeyFile[current=k2, keys=[k1, k2]]", ring.toString());
        assertNoKeyIn(ring.toString(), k1, k2);

        List<String> broken = List.of(
                "current=k1\nk1=" + k1.substring(0, 40) + "\n",
                "current=k1\nk1=" + k1.replace(k1.charAt(3), '!') + "\n",
                "current=k1\n" + k1 + "\n",
                "current=" + k1 + "\nk1=" + k1 + "\n",
                k1 + "=" + k2 + "\ncurrent=k1\n",
                "current=k9\nk1=" + k1 + "\n",
                "current=k1\nk1=" + k1 + "\nk1=" + k2 + "\n");
        for (String content : broken) {
            KeyFileException refused = assertThrows(KeyFileException.class, () -> LegacyKeyFile.load(write(content)));
            assertNoKeyIn(refused.getMessage(), k1, k2);
            assertTrue(
                    refused.getCause() == null || !refused.getCause().toString().contains(k1.substring(0, 8)));
        }
    }

    private static void assertNoKeyIn(String text, String... keys) {
        for (String key : keys) {
            // Any 8-character run of a key would be a leak, not only the whole key.
            for (int i = 0; i + 8 <= key.length(); i++) {
                assertFalse(text.contains(key.substring(i, i + 8)), text);
            }
        }
    }

    private void assertMessage(String expectedEnding, Path file) {
        KeyFileException refused = assertThrows(KeyFileException.class, () -> LegacyKeyFile.load(file));
        assertTrue(refused.getMessage().startsWith("The key file " + file), refused.getMessage());
        assertTrue(refused.getMessage().contains(expectedEnding), refused.getMessage());
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(folder, "keys-", ".txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ownerOnly(file);
        return file;
    }

    private void ownerOnly(Path file) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Owner-only is promised where the file system has POSIX permissions; elsewhere there is nothing to check. */
    private void assertOwnerOnly(Path file) throws IOException {
        if (isPosix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    private boolean isPosix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String key() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
