package org.learningsets.model.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An entity a person edits: optimistic locking turns a concurrent edit into a visible conflict. */
@MappedSuperclass
public abstract class EditableEntity extends AbstractEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public long getVersion() {
        return version;
    }
}
