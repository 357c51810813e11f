package org.learningsets.ejb.allocation;

import java.time.Duration;
import org.learningsets.model.common.InvalidInputException;

/**
 * How long the engine may search after its first complete allocation. The construction step that places every
 * participant always finishes (it takes well under a second for hundreds of people), so there is always a whole
 * allocation to judge; the improving search then stops at {@code spentLimit} in any case, and sooner once the best
 * allocation breaks no hard rule and has not improved for {@code unimprovedLimit}. With a {@code stepLimit} the
 * search stops after that many improving steps instead and ignores the clock, so the same request and seed give
 * the same allocation on a fast and on a loaded machine (tests use this).
 *
 * @param spentLimit the most time the improving search may take
 * @param unimprovedLimit how long a feasible allocation may go without improving before the search stops
 * @param randomSeed seed of the search's random choices
 * @param stepLimit when not null, the number of improving-search steps, instead of the two time limits
 */
public record SolverSettings(Duration spentLimit, Duration unimprovedLimit, long randomSeed, Integer stepLimit) {

    public static final Duration DEFAULT_SPENT_LIMIT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_UNIMPROVED_LIMIT = Duration.ofSeconds(1);

    public SolverSettings {
        if (spentLimit == null || spentLimit.isNegative() || spentLimit.isZero()) {
            throw new InvalidInputException("The time limit for an allocation must be positive.");
        }
        if (unimprovedLimit == null || unimprovedLimit.isNegative() || unimprovedLimit.isZero()) {
            throw new InvalidInputException("The time without improvement before stopping must be positive.");
        }
        if (stepLimit != null && stepLimit < 0) {
            throw new InvalidInputException("The number of search steps must not be negative.");
        }
    }

    /** Time limits only. */
    public SolverSettings(Duration spentLimit, Duration unimprovedLimit, long randomSeed) {
        this(spentLimit, unimprovedLimit, randomSeed, null);
    }

    /** At most 5 s of improving; stops 1 s after the last improvement once no hard rule is broken. */
    public static SolverSettings defaults() {
        return new SolverSettings(DEFAULT_SPENT_LIMIT, DEFAULT_UNIMPROVED_LIMIT, 0L);
    }

    /** Exactly {@code steps} improving steps with this seed, whatever the clock says: reproducible. */
    public static SolverSettings steps(int steps, long randomSeed) {
        return new SolverSettings(DEFAULT_SPENT_LIMIT, DEFAULT_UNIMPROVED_LIMIT, randomSeed, steps);
    }

    public SolverSettings withSpentLimit(Duration value) {
        return new SolverSettings(value, unimprovedLimit, randomSeed, stepLimit);
    }

    public SolverSettings withUnimprovedLimit(Duration value) {
        return new SolverSettings(spentLimit, value, randomSeed, stepLimit);
    }

    public SolverSettings withRandomSeed(long value) {
        return new SolverSettings(spentLimit, unimprovedLimit, value, stepLimit);
    }
}
