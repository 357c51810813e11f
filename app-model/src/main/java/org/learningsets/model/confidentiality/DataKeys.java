package org.learningsets.model.confidentiality;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data keys that encrypt confidential text: a Google Tink AEAD keyset of AES-256-GCM keys. One key is primary
 * and encrypts; every enabled key decrypts, so text written before a rotation stays readable. Tink writes the id of
 * the key into each ciphertext (a 5-byte prefix), which is how a value says which key it needs.
 * <p>
 * The keyset lives in the database, encrypted ("wrapped") by the key-encryption key from the key file
 * ({@link KeyEncryptionKey}): envelope encryption, so every node of a cluster reads the same keys and a rotation on
 * one node is seen by the others. Keys of the first releases' key file are imported as keys without a prefix
 * ({@link #withLegacyKeys}), which Tink tries for any ciphertext that names no key of its own.
 * <p>
 * Immutable and safe to share between threads; {@link #toString()} names key ids, never key material.
 */
public final class DataKeys {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD primitives could not be registered", e);
        }
    }

    /** Does nothing but make sure the static block above has run (Tink's AEAD registered). */
    static void registerTink() {
        // The class is initialised by the call itself.
    }

    /** Authenticated with the wrapped keyset, so it cannot be swapped for another wrapped blob. */
    private static final byte[] WRAPPING_CONTEXT =
            "learningsets data keyset v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final KeysetHandle handle;
    private final Aead aead;

    private DataKeys(KeysetHandle handle) {
        this.handle = handle;
        try {
            this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data keyset cannot encrypt: " + e.getMessage(), e);
        }
    }

    /** A new keyset with one random AES-256-GCM key. */
    public static DataKeys generate() {
        try {
            return new DataKeys(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A data key could not be generated: " + e.getMessage(), e);
        }
    }

    /** Rotation: a copy with a new random key added and made primary; the old keys stay, so nothing turns unreadable. */
    public DataKeys withNewPrimary() {
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
            builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId()
                    .makePrimary());
            return new DataKeys(builder.build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A new data key could not be generated: " + e.getMessage(), e);
        }
    }

    /**
     * A copy that also decrypts what the first releases' key file encrypted: each of its AES-256 keys as a Tink key
     * without prefix (its values carry the IV, ciphertext and tag exactly as Tink's AES-GCM does).
     */
    public DataKeys withLegacyKeys(LegacyKeyFile legacy) {
        try {
            AesGcmParameters noPrefix = AesGcmParameters.builder()
                    .setKeySizeBytes(LegacyKeyFile.KEY_BYTES)
                    .setIvSizeBytes(StoredText.IV_BYTES)
                    .setTagSizeBytes(StoredText.TAG_BYTES)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                    .build();
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
            for (String id : legacy.keyIds()) {
                byte[] raw = legacy.key(id);
                try {
                    AesGcmKey key = AesGcmKey.builder()
                            .setParameters(noPrefix)
                            .setKeyBytes(SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get()))
                            .build();
                    builder.addEntry(KeysetHandle.importKey(key).withRandomId());
                } finally {
                    Arrays.fill(raw, (byte) 0);
                }
            }
            return new DataKeys(builder.build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The old key file's keys could not be imported: " + e.getMessage(), e);
        }
    }

    /** The keyset encrypted with the key-encryption key, as stored in the database. */
    byte[] wrapWith(Aead keyEncryptionKey) {
        try {
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, keyEncryptionKey, WRAPPING_CONTEXT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data keyset could not be encrypted: " + e.getMessage(), e);
        }
    }

    /** Opens a wrapped keyset; a wrong key-encryption key or altered bytes are refused with a message saying so. */
    static DataKeys unwrapWith(byte[] wrapped, Aead keyEncryptionKey, String keyFile) {
        try {
            return new DataKeys(
                    TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, keyEncryptionKey, WRAPPING_CONTEXT));
        } catch (GeneralSecurityException e) {
            throw new KeyFileException("The key file " + keyFile + " does not open the data keys stored in the "
                    + "database: it is not the key file this database was set up with (or the stored keys were "
                    + "altered). Restore the key file that belongs to this database.");
        }
    }

    /** The id of the key that encrypts (Tink's key id, also written into each new ciphertext). */
    public int primaryKeyId() {
        return handle.getPrimary().getId();
    }

    /** The ids of every key, oldest first. */
    public List<Integer> keyIds() {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < handle.size(); i++) {
            ids.add(handle.getAt(i).getId());
        }
        return ids;
    }

    /** Whether an enabled key of this keyset has the id (a key that decrypts values naming it). */
    boolean hasEnabledKey(int id) {
        for (int i = 0; i < handle.size(); i++) {
            if (handle.getAt(i).getId() == id && handle.getAt(i).getStatus() == KeyStatus.ENABLED) {
                return true;
            }
        }
        return false;
    }

    Aead aead() {
        return aead;
    }

    /** A key id as people read it: 8 hexadecimal digits. */
    public static String label(int keyId) {
        return String.format("%08x", keyId);
    }

    @Override
    public String toString() {
        return "DataKeys[primary=" + label(primaryKeyId()) + ", keys="
                + keyIds().stream().map(DataKeys::label).toList() + "]";
    }
}
