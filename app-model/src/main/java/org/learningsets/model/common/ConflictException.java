package org.learningsets.model.common;

/** Somebody else changed the same record first; nothing was overwritten. */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
