package org.learningsets.ejb.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.learningsets.model.common.NotFoundException;

/** Loads an entity by id or refuses with a message that names what was looked for. */
public final class Find {

    private Find() {}

    public static <T> T byId(EntityManager em, Class<T> type, String id, String what) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw new NotFoundException(what + " was not found. It may have been removed, or the link is wrong.");
        }
        return entity;
    }

    /** The same, with a row lock held until the transaction ends (serialises e.g. simultaneous joins). */
    public static <T> T byIdForUpdate(EntityManager em, Class<T> type, String id, String what) {
        T entity = id == null ? null : em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException(what + " was not found. It may have been removed, or the link is wrong.");
        }
        return entity;
    }
}
