package org.learningsets.model.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity assigned by the application (not by the database), so equals and hashCode are stable before and after
 * persist. A new object takes its random id when it is first asked for it (at the latest when it is persisted): the
 * persistence provider makes an object for every row it reads and every copy it registers in a transaction, and a
 * random id made there, only to be overwritten by the row's, cost a lock on the shared secure random each time.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @Column(name = "id", length = FieldLengths.ID, nullable = false, updatable = false)
    private String id;

    public String getId() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        return id;
    }

    @PrePersist
    void assignId() {
        getId();
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || !getClass().equals(other.getClass())) {
            return false;
        }
        return Objects.equals(getId(), ((AbstractEntity) other).getId());
    }

    @Override
    public final int hashCode() {
        return getId().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getId() + "]";
    }
}
