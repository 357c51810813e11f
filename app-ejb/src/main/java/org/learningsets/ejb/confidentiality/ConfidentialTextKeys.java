package org.learningsets.ejb.confidentiality;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.learningsets.ejb.platform.StartupException;
import org.learningsets.model.confidentiality.DataKeys;
import org.learningsets.model.confidentiality.KeyChangeKind;
import org.learningsets.model.confidentiality.KeyEncryptionKey;
import org.learningsets.model.confidentiality.KeyFileException;
import org.learningsets.model.confidentiality.LegacyKeyFile;
import org.learningsets.model.confidentiality.TextCipher;

/**
 * The keys for confidential text (envelope encryption). The key file, LEARNINGSETS_KEY_FILE, holds the key-encryption
 * key, outside the database; the data keys that encrypt the text are in the database, wrapped by it, so every node of
 * a cluster reads the same ones. Each use checks the keyset row's revision (one small read) and reloads the keys when
 * another node has rotated them, so a rotation anywhere is in force everywhere from the next request.
 * <p>
 * At start-up: a missing key file is generated only when nothing can have been encrypted yet (demo mode, or a first
 * start with no account); a key file of the first releases (data keys in clear) is upgraded: its keys move into the
 * database's keyset, wrapped by a new key-encryption key that replaces the file (the old one is kept beside it as
 * {@code <name>.before-upgrade} until the operator deletes it).
 */
@ApplicationScoped
public class ConfidentialTextKeys {

    private static final Logger LOG = Logger.getLogger(ConfidentialTextKeys.class.getName());

    /** The keys as last read, with the revision they were read at. */
    private record Loaded(long revision, TextCipher cipher) {}

    /** The transaction's cipher, once its revision was checked. */
    private static final String CHECKED = ConfidentialTextKeys.class.getName() + ".checked";

    @Inject
    KeysetRow row;

    /** Absent outside a container (unit tests): then every call reads the revision. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile KeyEncryptionKey kek;
    private volatile Loaded loaded;
    private volatile boolean legacyImported;

    /**
     * Reads (or creates) the key-encryption key and the data keys; returns true when the first releases' key file was
     * upgraded just now, so its values should be re-encrypted under the new primary key.
     */
    public boolean prepare(Path keyFile, boolean mayGenerate) {
        Path path = keyFile.toAbsolutePath().normalize();
        Path pending = path.resolveSibling(path.getFileName() + ".new");
        try {
            Optional<KeysetRow.Wrapped> stored = row.read();
            if (!Files.exists(path) && Files.exists(pending)) {
                KeyEncryptionKey.replace(pending, path); // an upgrade that stopped just before its last step
            }
            boolean upgraded = false;
            if (Files.exists(path) && KeyEncryptionKey.isLegacyFile(path)) {
                kek = upgrade(path, pending, stored);
                upgraded = true;
            } else if (Files.exists(path)) {
                kek = KeyEncryptionKey.load(path);
                if (stored.isPresent()) {
                    kek.unwrap(stored.get().bytes()); // refused here, at start-up, if it is another database's file
                } else {
                    createKeys(DataKeys.generate(), KeyChangeKind.CREATED);
                }
            } else if (mayGenerate && stored.isEmpty()) {
                Files.createDirectories(path.getParent());
                kek = KeyEncryptionKey.generate(path);
                createKeys(DataKeys.generate(), KeyChangeKind.CREATED);
                LOG.warning(() -> "Generated a new key file for confidential text at " + path + ". Back it up "
                        + "with the database: without it the confidential text cannot be read.");
            } else {
                throw new StartupException("The key file " + path + " is missing, and the database already holds "
                        + "data: confidential text cannot be read without it. Restore it from your back-up, or set "
                        + "LEARNINGSETS_KEY_FILE to where it is.");
            }
            legacyImported = upgraded;
            TextCipher cipher = cipher();
            LOG.info(() -> "Confidential text keys: key-encryption key from " + path + ", data keys from the "
                    + "database: " + cipher.keys());
            return upgraded;
        } catch (KeyFileException e) {
            throw new StartupException(e.getMessage(), e);
        } catch (IOException e) {
            throw new StartupException(
                    "The folder for the key file " + path + " cannot be created ("
                            + e.getClass().getSimpleName() + "). Set LEARNINGSETS_KEY_FILE to a writable place.",
                    e);
        }
    }

    /**
     * The first releases' key file: its AES keys go into the database's keyset (where they still decrypt what they
     * wrote), a new key is made primary, and a new key-encryption key replaces the file. Each step can be repeated,
     * so a start that stops half-way finishes next time.
     */
    private KeyEncryptionKey upgrade(Path path, Path pending, Optional<KeysetRow.Wrapped> stored) {
        LegacyKeyFile legacy = LegacyKeyFile.load(path);
        KeyEncryptionKey next =
                Files.exists(pending) ? KeyEncryptionKey.load(pending) : KeyEncryptionKey.generate(pending);
        if (stored.isEmpty()) {
            DataKeys keys = DataKeys.generate().withLegacyKeys(legacy);
            row.create(next.wrap(keys), keys, KeyChangeKind.OLD_KEY_FILE_IMPORTED);
        } else {
            try {
                next.unwrap(stored.get().bytes());
            } catch (KeyFileException e) {
                throw new StartupException(
                        "The key file " + path + " is in the first releases' format, but the "
                                + "database's keys were already moved into it by another node, with that node's new key file. "
                                + "Copy the key file of the node that started first to " + path + " and start again.",
                        e);
            }
        }
        Path before = path.resolveSibling(path.getFileName() + ".before-upgrade");
        if (Files.exists(before)) {
            before = path.resolveSibling(
                    path.getFileName() + ".before-upgrade-" + Instant.now().toEpochMilli());
        }
        KeyEncryptionKey.replace(path, before);
        KeyEncryptionKey.replace(pending, path);
        Path kept = before;
        LOG.warning(() -> "Upgraded the key file " + path + ": the data keys are now in the database, wrapped by the "
                + "new key-encryption key in this file. Back up the database and this key file together, then delete "
                + kept + " (the old file, which holds the old data keys in clear).");
        return KeyEncryptionKey.load(path);
    }

    private void createKeys(DataKeys keys, KeyChangeKind kind) {
        row.create(kek.wrap(keys), keys, kind);
    }

    /** True when this start upgraded a key file of the first releases. */
    public boolean importedOldKeyFile() {
        return legacyImported;
    }

    /**
     * The cipher with the current data keys: reloaded when the stored keyset has changed since last read. The keyset's
     * revision is read once per transaction (a request's service call), not once per value.
     */
    public TextCipher cipher() {
        KeyEncryptionKey key = kek;
        if (key == null) {
            throw new IllegalStateException("The key file has not been read; start-up did not finish.");
        }
        boolean inTransaction = transactions != null && transactions.getTransactionKey() != null;
        if (inTransaction && transactions.getResource(CHECKED) instanceof TextCipher checked) {
            return checked;
        }
        TextCipher cipher = current(key);
        if (inTransaction) {
            transactions.putResource(CHECKED, cipher);
        }
        return cipher;
    }

    private TextCipher current(KeyEncryptionKey key) {
        long revision = row.revision();
        Loaded current = loaded;
        if (current == null || current.revision() != revision) {
            KeysetRow.Wrapped stored = row.read()
                    .orElseThrow(() ->
                            new IllegalStateException("The database holds no data keys; start-up did not finish."));
            current = new Loaded(stored.revision(), new TextCipher(key.unwrap(stored.bytes())));
            loaded = current;
        }
        return current.cipher();
    }

    /** Wraps data keys for the database (key rotation). */
    public byte[] wrap(DataKeys keys) {
        return kek.wrap(keys);
    }

    /** Opens the data keys read from the database (key rotation). */
    public DataKeys unwrap(byte[] wrapped) {
        return kek.unwrap(wrapped);
    }
}
