package org.learningsets.ejb.platform;

import org.learningsets.model.common.DomainException;

/** Start-up cannot go on: the message says what to fix (a folder, a setting), in words an operator can act on. */
public class StartupException extends DomainException {

    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
