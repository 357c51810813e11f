package org.learningsets.ejb.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningsets.ejb.platform.StartupException;
import org.learningsets.model.confidentiality.DataKeys;
import org.learningsets.model.confidentiality.KeyChangeKind;
import org.learningsets.model.confidentiality.KeyEncryptionKey;
import org.learningsets.model.confidentiality.TextCipher;

/**
 * Start-up's handling of the key file and the data keys, with the database row in memory: generation only while
 * nothing can be encrypted yet, the same keys after a restart, a rotation made elsewhere (another node) in force at
 * the next use, and the first releases' key file upgraded with its old values still readable.
 */
class ConfidentialTextKeysTest {

    private static final String CONTEXT = "set_issue.narrative:1";

    @TempDir
    Path dir;

    private final MemoryRow row = new MemoryRow();

    @Test
    void aMissingKeyFileIsGeneratedOnlyWhenNothingCanBeEncryptedYet() {
        Path file = dir.resolve("keys/learningsets.key");
        StartupException refused = assertThrows(StartupException.class, () -> keys().prepare(file, false));
        assertTrue(
                refused.getMessage().contains("is missing, and the database already holds data"), refused.getMessage());
        assertTrue(refused.getMessage().contains("LEARNINGSETS_KEY_FILE"), refused.getMessage());
        assertFalse(Files.exists(file), "nothing generated over missing data");

        ConfidentialTextKeys keys = keys();
        assertFalse(keys.prepare(file, true));
        assertTrue(Files.exists(file));
        assertEquals(List.of(KeyChangeKind.CREATED), row.changes);
        String stored = keys.cipher().encrypt("What is said here stays here.", CONTEXT);

        ConfidentialTextKeys afterRestart = keys();
        afterRestart.prepare(file, false);
        assertEquals(
                "What is said here stays here.",
                afterRestart.cipher().decrypt(stored, CONTEXT),
                "the same keys after a restart");
        assertEquals(1, row.changes.size(), "a restart makes no new keys");
    }

    @Test
    void aRotationStoredByAnotherNodeIsUsedAtTheNextUse() {
        Path file = dir.resolve("learningsets.key");
        ConfidentialTextKeys nodeA = keys();
        nodeA.prepare(file, true);
        ConfidentialTextKeys nodeB = keys();
        nodeB.prepare(file, false);
        String before = nodeB.cipher().encrypt("Before rotation", CONTEXT);

        DataKeys rotated = nodeA.unwrap(row.wrapped).withNewPrimary(); // what KeyChanges.rotate does on node A
        row.replace(nodeA.wrap(rotated));

        TextCipher b = nodeB.cipher();
        assertEquals(rotated.primaryKeyId(), b.keys().primaryKeyId(), "node B writes with the new key at once");
        String after = b.encrypt("After rotation", CONTEXT);
        assertFalse(b.needsReEncryption(after));
        assertTrue(b.needsReEncryption(before));
        assertEquals("After rotation", nodeA.cipher().decrypt(after, CONTEXT), "node A reads node B's new text");
        assertEquals("Before rotation", nodeA.cipher().decrypt(before, CONTEXT), "old text stays readable");
    }

    @Test
    void aKeyFileOfAnotherDatabaseIsRefusedAtStartUp() {
        keys().prepare(dir.resolve("first.key"), true);
        KeyEncryptionKey.generate(dir.resolve("other.key"));
        StartupException refused =
                assertThrows(StartupException.class, () -> keys().prepare(dir.resolve("other.key"), false));
        assertTrue(
                refused.getMessage().contains("does not open the data keys stored in the database"),
                refused.getMessage());
    }

    @Test
    void theFirstReleasesKeyFileIsUpgradedAndItsValuesStayReadable() throws Exception {
        byte[] k1 = new byte[32];
        k1[7] = 42;
        Path file = dir.resolve("learningsets.key");
        Files.writeString(
                file,
                "# Learning Sets encryption keys\ncurrent=k1\nk1="
                        + Base64.getEncoder().encodeToString(k1) + "\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        String old = firstRelease(k1, "Written by the first release", CONTEXT);

        ConfidentialTextKeys keys = keys();
        assertTrue(keys.prepare(file, false), "an upgrade, so start-up re-encrypts");
        assertTrue(keys.importedOldKeyFile());
        assertEquals(List.of(KeyChangeKind.OLD_KEY_FILE_IMPORTED), row.changes);
        assertFalse(KeyEncryptionKey.isLegacyFile(file), "the key file now holds the key-encryption key");
        assertTrue(Files.exists(dir.resolve("learningsets.key.before-upgrade")), "the old file kept beside it");
        assertFalse(Files.exists(dir.resolve("learningsets.key.new")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        TextCipher cipher = keys.cipher();
        assertEquals("Written by the first release", cipher.decrypt(old, CONTEXT));
        assertTrue(cipher.needsReEncryption(old));
        assertTrue(cipher.reEncrypt(old, CONTEXT).startsWith("v2:"));

        ConfidentialTextKeys restarted = keys();
        assertFalse(restarted.prepare(file, false), "upgraded once");
        assertEquals("Written by the first release", restarted.cipher().decrypt(old, CONTEXT));
        assertNotEquals(0, restarted.cipher().keys().keyIds().size());
    }

    @Test
    void anUpgradeCutShortAfterTheDatabaseStepFinishesAtTheNextStart() throws Exception {
        Path file = dir.resolve("learningsets.key");
        Files.writeString(file, "current=k1\nk1=" + Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        // The new key file was written and the database step done, then the server stopped before the files moved.
        KeyEncryptionKey pending = KeyEncryptionKey.generate(dir.resolve("learningsets.key.new"));
        DataKeys keys = DataKeys.generate();
        row.create(pending.wrap(keys), keys, KeyChangeKind.OLD_KEY_FILE_IMPORTED);

        ConfidentialTextKeys restarted = keys();
        restarted.prepare(file, false);
        assertEquals(keys.primaryKeyId(), restarted.cipher().keys().primaryKeyId());
        assertFalse(KeyEncryptionKey.isLegacyFile(file));
        assertEquals(1, row.changes.size(), "the database step is not repeated");
    }

    @Test
    void aDamagedKeyFileStopsStartUpWithTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("learningsets.key"), "current=k1\nk1=not-base64\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        StartupException refused = assertThrows(StartupException.class, () -> keys().prepare(file, true));
        assertFalse(refused.getMessage().contains("not-base64"), "no key material in messages");
        assertEquals(
                "not-base64", Files.readString(file).lines().toList().get(1).substring(3), "file untouched");
    }

    private ConfidentialTextKeys keys() {
        ConfidentialTextKeys keys = new ConfidentialTextKeys();
        keys.row = row;
        return keys;
    }

    private static String firstRelease(byte[] key, String text, String context) throws Exception {
        byte[] iv = new byte[12];
        iv[0] = 9;
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(("v1:k1:" + context).getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        byte[] payload = new byte[iv.length + sealed.length];
        System.arraycopy(iv, 0, payload, 0, iv.length);
        System.arraycopy(sealed, 0, payload, iv.length, sealed.length);
        return "v1:k1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    }

    /** The data_keyset row, and the kinds of change recorded, in memory. */
    private static final class MemoryRow implements KeysetRow {
        byte[] wrapped;
        long revision = -1;
        final List<KeyChangeKind> changes = new ArrayList<>();

        @Override
        public Optional<Wrapped> read() {
            return wrapped == null ? Optional.empty() : Optional.of(new Wrapped(wrapped, revision));
        }

        @Override
        public long revision() {
            return revision;
        }

        @Override
        public void create(byte[] bytes, DataKeys keys, KeyChangeKind kind) {
            wrapped = bytes;
            revision = 0;
            changes.add(kind);
        }

        void replace(byte[] bytes) {
            wrapped = bytes;
            revision++;
        }
    }
}
