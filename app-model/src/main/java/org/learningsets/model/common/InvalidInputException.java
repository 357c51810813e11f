package org.learningsets.model.common;

/** A request that breaks a rule of the domain (bad value, impossible combination). */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
