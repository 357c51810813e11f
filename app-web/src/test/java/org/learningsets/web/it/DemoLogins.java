package org.learningsets.web.it;

/** The demo accounts as the README lists them. */
final class DemoLogins {
    static final String PASSWORD = "demo-learning-sets";
    static final String ADMIN = "programme.lead@example.org";
    static final String FACILITATOR = "carolyn.robertson@example.org";
    static final String MEMBER = "amira.khan@example.org";
    static final String OTHER_MEMBER = "ben.carter@example.org";

    private DemoLogins() {
    }
}
