package org.learningsets.ejb.allocation;

import java.time.Duration;
import org.learningsets.model.common.InvalidInputException;

/**
 * How long the engine may search. It stops at {@code spentLimit} in any case, and sooner once the best
 * allocation breaks no hard rule and has not improved for {@code unimprovedLimit}.
 *
 * @param spentLimit the most time one allocation may take
 * @param unimprovedLimit how long a feasible allocation may go without improving before the search stops
 * @param randomSeed seed of the search's random choices; the same seed and the same request give the same
 *        sequence of moves, though a time limit may cut that sequence at a different point
 */
public record SolverSettings(Duration spentLimit, Duration unimprovedLimit, long randomSeed) {

    public static final Duration DEFAULT_SPENT_LIMIT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_UNIMPROVED_LIMIT = Duration.ofSeconds(1);

    public SolverSettings {
        if (spentLimit == null || spentLimit.isNegative() || spentLimit.isZero()) {
            throw new InvalidInputException("The time limit for an allocation must be positive.");
        }
        if (unimprovedLimit == null || unimprovedLimit.isNegative() || unimprovedLimit.isZero()) {
            throw new InvalidInputException("The time without improvement before stopping must be positive.");
        }
    }

    /** At most 5 s; stops 1 s after the last improvement once no hard rule is broken. */
    public static SolverSettings defaults() {
        return new SolverSettings(DEFAULT_SPENT_LIMIT, DEFAULT_UNIMPROVED_LIMIT, 0L);
    }

    public SolverSettings withSpentLimit(Duration value) {
        return new SolverSettings(value, unimprovedLimit, randomSeed);
    }

    public SolverSettings withUnimprovedLimit(Duration value) {
        return new SolverSettings(spentLimit, value, randomSeed);
    }

    public SolverSettings withRandomSeed(long value) {
        return new SolverSettings(spentLimit, unimprovedLimit, value);
    }
}
