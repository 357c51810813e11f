package org.learningsets.model.security;

/** The three roles a signed-in person can hold; names are the Jakarta Security group names. */
public enum Role {
    /** A programme lead: sets up programmes and sets, sees counts and dates but never set content. */
    ADMIN,
    FACILITATOR,
    MEMBER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String FACILITATOR_NAME = "FACILITATOR";
    public static final String MEMBER_NAME = "MEMBER";
}
