package org.learningsets.ejb.demo;

/** Demo sign-in details, listed in the README. They exist only in a database loaded in demo mode. */
public final class DemoAccounts {
    public static final String PASSWORD = "demo-learning-sets";
    /**
     * {@link #PASSWORD} hashed once, ahead of time, with the parameters of {@code PasswordHashing} (PBKDF2 with
     * HMAC-SHA512, 210,000 iterations, a 32-byte salt, a 64-byte key) in the form Jakarta Security's
     * {@code Pbkdf2PasswordHash} reads: a fresh hash would cost the demo start a second or more of CPU for a password
     * that is published anyway. Every demo account shares it, as they shared the one hash made at each load before.
     * DemoAccountsTest checks that it matches the password and the current parameters.
     */
    public static final String PASSWORD_HASH =
            "PBKDF2WithHmacSHA512:210000:zE+hyUQBabrTJ16xWVo31/ETWHBgnJjsqF6GADW3PlM="
                    + ":RZ4eWZu2EUa1BQEFPmLi6NVocIZQYlb9IJgmt135hoW0/k+snjFkyRDsPUsLia3Vot3cI6UsjlZ05BEldTcw/g==";

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
