package org.learningsets.ejb.demo;

/** Demo sign-in details, listed in the README. They exist only in a database loaded in demo mode. */
public final class DemoAccounts {
    public static final String PASSWORD = "demo-learning-sets";
    public static final String ADMIN = "programme.lead@example.org";
    public static final String FACILITATOR = "carolyn.robertson@example.org";
    public static final String SECOND_FACILITATOR = "andy.mitchell@example.org";
    public static final String MEMBER = "amira.khan@example.org";
    /** Facilitators of the network's pool with no set yet, for a new programme's sets. */
    public static final String POOL_FACILITATOR = "sam.whitfield@example.org";

    public static final String LEEDS_FACILITATOR = "rachel.adeyemi@example.org";
    /** The forming Frailty Set's facilitator, who has its ground rules still to write. */
    public static final String FRAILTY_FACILITATOR = "nadia.hussain@example.org";

    /** Facilitates the small Estuary Set, whose meetings an assessor may be invited to observe. */
    public static final String OBSERVED_FACILITATOR = "yusuf.adler@example.org";
    /** An assessor of facilitators (a facilitator account with no set of her own). */
    public static final String ASSESSOR = "helena.brooks@example.org";
    /** The Pathway Set's lead facilitator, who mentors a trainee co-facilitator. */
    public static final String MENTOR_FACILITATOR = "fiona.gallagher@example.org";
    /** A member in no set whom the lead can start as Fiona Gallagher's trainee co-facilitator. */
    public static final String TRAINEE = "owen.prescott@example.org";

    private DemoAccounts() {}
}
