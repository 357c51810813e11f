package org.learningsets.model.common;

/** The object named by an id does not exist (or the caller may not know it does). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
