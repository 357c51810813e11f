package org.learningsets.model.confidentiality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Base64;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;

/**
 * The one row holding the data keys ({@link DataKeys}) wrapped by the key-encryption key: every node reads its keys
 * from here. Its version changes with every rotation, which is how a node sees that its keys are out of date.
 */
@Entity
@Table(name = "data_keyset")
@NamedQuery(name = "DataKeyset.revision", query = "select k.version from DataKeyset k")
@NamedQuery(name = "DataKeyset.all", query = "select k from DataKeyset k")
public class DataKeyset extends EditableEntity {

    /** Base64 of Tink's encrypted keyset; about 70 characters a key, so room for hundreds of rotations. */
    public static final int WRAPPED_LENGTH = 32000;

    /** Always 1 (unique and checked in the database): there is one keyset. */
    @Column(name = "singleton", nullable = false, updatable = false)
    private int singleton = 1;

    @NotNull
    @Column(name = "wrapped_keys", length = WRAPPED_LENGTH, nullable = false)
    private String wrappedKeys;

    @Column(name = "primary_key_id", nullable = false)
    private long primaryKeyId;

    @NotNull
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DataKeyset() {}

    public DataKeyset(byte[] wrapped, int primaryKeyId, Instant when) {
        replace(wrapped, primaryKeyId, when);
    }

    public final void replace(byte[] wrapped, int primaryKeyId, Instant when) {
        String encoded = Base64.getEncoder().encodeToString(Checks.required(wrapped, "Wrapped keys"));
        if (encoded.length() > WRAPPED_LENGTH) {
            throw new KeyFileException("The data keyset has grown too large to store (" + encoded.length()
                    + " characters); no further rotation is possible without removing old keys.");
        }
        this.wrappedKeys = encoded;
        this.primaryKeyId = Integer.toUnsignedLong(primaryKeyId);
        this.changedAt = Checks.required(when, "When");
    }

    public byte[] wrapped() {
        return Base64.getDecoder().decode(wrappedKeys);
    }

    public int getPrimaryKeyId() {
        return (int) primaryKeyId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    int getSingleton() {
        return singleton;
    }
}
