package org.learningsets.model.common;

/** The object is not in a state that allows this (a transition out of order). */
public class StateException extends DomainException {

    private static final long serialVersionUID = 1L;

    public StateException(String message) {
        super(message);
    }
}
