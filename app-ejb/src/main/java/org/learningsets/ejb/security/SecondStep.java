package org.learningsets.ejb.security;

/** What a person whose password was right must still do before they are signed in. */
public enum SecondStep {
    /** Nothing: signed in now. */
    NONE,
    /** Type the code their app shows (or a recovery code). */
    CODE,
    /** Turn two-step sign-in on first: their role requires it and it is off. */
    ENROL
}
