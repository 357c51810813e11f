package org.learningsets.model.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * Identity assigned when the object is made (not by the database), so equals and hashCode are stable
 * before and after persist.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @Column(name = "id", length = FieldLengths.ID, nullable = false, updatable = false)
    private String id = RandomIds.next();

    public String getId() {
        return id;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || !getClass().equals(other.getClass())) {
            return false;
        }
        return Objects.equals(id, ((AbstractEntity) other).id);
    }

    @Override
    public final int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
