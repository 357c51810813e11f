package org.learningsets.ejb.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningsets.ejb.platform.StartupException;

class ConfidentialTextKeysTest {

    @TempDir
    Path dir;

    @Test
    void aMissingKeyFileIsGeneratedOnlyWhenNothingCanBeEncryptedYet() {
        Path file = dir.resolve("keys/learningsets.key");
        StartupException refused = assertThrows(StartupException.class,
                () -> new ConfidentialTextKeys().prepare(file, false));
        assertTrue(refused.getMessage().contains("is missing, and the database already holds data"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("LEARNINGSETS_KEY_FILE"), refused.getMessage());
        assertFalse(Files.exists(file), "nothing generated over missing data");

        ConfidentialTextKeys keys = new ConfidentialTextKeys();
        keys.prepare(file, true);
        assertTrue(Files.exists(file));
        String stored = keys.cipher().encrypt("What is said here stays here.", "set_issue.narrative:1");

        ConfidentialTextKeys afterRestart = new ConfidentialTextKeys();
        afterRestart.prepare(file, false);
        assertEquals("What is said here stays here.",
                afterRestart.cipher().decrypt(stored, "set_issue.narrative:1"), "the same key after a restart");
    }

    @Test
    void rotationKeepsOldTextReadableAndEncryptsWithTheNewKey() {
        Path file = dir.resolve("learningsets.key");
        ConfidentialTextKeys keys = new ConfidentialTextKeys();
        keys.prepare(file, true);
        String old = keys.cipher().encrypt("Before rotation", "action_item.description:7");
        String newKey = keys.rotate();
        assertEquals("k2", newKey);
        assertTrue(keys.cipher().needsReEncryption(old));
        assertEquals("Before rotation", keys.cipher().decrypt(old, "action_item.description:7"));
        assertTrue(keys.cipher().encrypt("After", "action_item.description:7").startsWith("v1:k2:"));
        ConfidentialTextKeys reloaded = new ConfidentialTextKeys();
        reloaded.prepare(file, false);
        assertEquals("Before rotation", reloaded.cipher().decrypt(old, "action_item.description:7"),
                "the rotated key file still holds the old key");
    }

    @Test
    void aDamagedKeyFileStopsStartUpWithTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("learningsets.key"), "current=k1\nk1=not-base64\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        StartupException refused = assertThrows(StartupException.class,
                () -> new ConfidentialTextKeys().prepare(file, true));
        assertFalse(refused.getMessage().contains("not-base64"), "no key material in messages");
        assertEquals("not-base64", Files.readString(file).lines().toList().get(1).substring(3), "file untouched");
    }
}
