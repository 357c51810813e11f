package org.learningsets.web.it.support;

/** The demo accounts as the README lists them. */
public final class DemoLogins {
    public static final String PASSWORD = "demo-learning-sets";
    public static final String ADMIN = "programme.lead@example.org";
    public static final String FACILITATOR = "carolyn.robertson@example.org";
    public static final String MEMBER = "amira.khan@example.org";
    public static final String OTHER_MEMBER = "ben.carter@example.org";

    private DemoLogins() {}
}
