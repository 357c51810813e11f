package org.learningsets.model.confidentiality;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * The key-encryption key: a Tink AEAD keyset (one AES-256-GCM key) in the key file {@value #KEY_FILE_SETTING}, outside
 * the database. It only wraps and unwraps the data keys the database holds ({@link DataKeys}), so a copy of the
 * database or its back-ups alone reveals nothing, and rotating the data keys never changes this file.
 * <p>
 * The file is Tink's JSON keyset format (cleartext, so it must stay owner-only: {@code chmod 600}; a file other users
 * can read or change is refused). Files written here are owner-only. {@link #toString()} never shows the key.
 */
public final class KeyEncryptionKey {

    /** The configuration setting (environment variable) that holds the key file's path. */
    public static final String KEY_FILE_SETTING = "LEARNINGSETS_KEY_FILE";

    static {
        DataKeys.registerTink();
    }

    private final Path file;
    private final Aead aead;

    private KeyEncryptionKey(Path file, KeysetHandle handle) {
        this.file = file;
        try {
            this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new KeyFileException("The key file " + file + " does not hold an AEAD key Tink can use.");
        }
    }

    /** Reads the key file, refusing a file that is exposed, in the old format, or not a Tink keyset. */
    public static KeyEncryptionKey load(Path file) {
        byte[] content = KeyFiles.read(file);
        if (LegacyKeyFile.isLegacy(content)) {
            throw new KeyFileException("The key file " + file + " is in the format of the first releases; "
                    + "it is upgraded at start-up, not read as a key-encryption key.");
        }
        String json;
        try {
            json = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new KeyFileException("The key file " + file + " is not UTF-8 text.");
        }
        try {
            return new KeyEncryptionKey(
                    file, TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException e) {
            // Not chained and not quoted: the parser's message may repeat part of the file.
            throw new KeyFileException("The key file " + file + " is not a Tink keyset (JSON).");
        }
    }

    /** Creates a key file with a new random key. Refuses to overwrite an existing file. */
    public static KeyEncryptionKey generate(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw KeyFiles.alreadyExists(file);
        }
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
            KeyFiles.create(file, json.getBytes(StandardCharsets.UTF_8));
            return new KeyEncryptionKey(file, handle);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A key-encryption key could not be generated: " + e.getMessage(), e);
        }
    }

    /** Whether the file at this path is a key file of the first releases (data keys in clear, no Tink keyset). */
    public static boolean isLegacyFile(Path file) {
        return LegacyKeyFile.isLegacy(KeyFiles.read(file));
    }

    /** Moves a complete key file into place (the last step of upgrading a key file), atomically where possible. */
    public static void replace(Path from, Path to) {
        KeyFiles.moveInto(from, to);
    }

    /** The data keys, encrypted for the database. */
    public byte[] wrap(DataKeys keys) {
        return keys.wrapWith(aead);
    }

    /** The data keys from the database; refused when this key file did not wrap them. */
    public DataKeys unwrap(byte[] wrapped) {
        return DataKeys.unwrapWith(wrapped, aead, file.toString());
    }

    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[" + file + "]";
    }
}
