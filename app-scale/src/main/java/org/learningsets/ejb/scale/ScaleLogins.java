package org.learningsets.ejb.scale;

/**
 * Sign-in details of generated people, listed in docs/performance.md for benchmarks. Numbers start at 1 in the
 * addresses (number 0 in {@link ScaleShape} is {@code -001}). Leads hold the ADMIN role (programme lead),
 * facilitators FACILITATOR, members MEMBER. Every generated account has the same password, hashed once per generation.
 */
public final class ScaleLogins {

    public static final String PASSWORD = "scale-learning-sets";
    public static final String DOMAIN = "@scale.example.org";

    private ScaleLogins() {}

    /** The lead of programme {@code programme} (0-based), e.g. lead-001@scale.example.org. */
    public static String lead(int programme) {
        return "lead-%03d%s".formatted(programme + 1, DOMAIN);
    }

    public static String facilitator(int number) {
        return "facilitator-%04d%s".formatted(number + 1, DOMAIN);
    }

    public static String member(int number) {
        return "member-%05d%s".formatted(number + 1, DOMAIN);
    }
}
