package org.learningsets.model.common;

import jakarta.ejb.ApplicationException;

/**
 * Root of the application's one unchecked exception tree. Its message is written for the person using the
 * product and may be shown to them; it never carries confidential text.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }

    public DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
