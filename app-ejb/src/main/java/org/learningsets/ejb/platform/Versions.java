package org.learningsets.ejb.platform;

import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.EditableEntity;

/** Optimistic concurrency made visible: an edit based on an older version is refused, never silently applied. */
public final class Versions {

    private Versions() {}

    public static void check(EditableEntity entity, long expectedVersion, String what) {
        if (entity.getVersion() != expectedVersion) {
            throw new ConflictException(what + " was changed by someone else while you were editing. Reload to see "
                    + "the latest version; your change was not saved.");
        }
    }
}
