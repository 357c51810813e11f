package org.learningsets.model.confidentiality;

import org.learningsets.model.common.DomainException;

/**
 * The key file is missing, unreadable, badly formed or unsafe. The message names the file and line and says
 * what is wrong; it never repeats a key or the text of the offending line, which could hold one.
 */
public class KeyFileException extends DomainException {

    private static final long serialVersionUID = 1L;

    public KeyFileException(String message) {
        super(message);
    }

    public KeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
