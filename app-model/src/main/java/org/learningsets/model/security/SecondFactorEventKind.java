package org.learningsets.model.security;

/** What happened to an account's two-step sign-in. */
public enum SecondFactorEventKind {
    /** Turned on: the person confirmed a code from their app. */
    ENROLLED,
    /** Turned off by the person, after a code. */
    TURNED_OFF,
    /** Turned off by an administrator (a lost phone); the person enrols again at their next sign-in. */
    RESET,
    /** A recovery code signed the person in. */
    RECOVERY_CODE_USED
}
