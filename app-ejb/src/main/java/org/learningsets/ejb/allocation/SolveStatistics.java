package org.learningsets.ejb.allocation;

import java.time.Duration;

/**
 * How the search went.
 *
 * @param timeToFirstFeasible from the start of the search to the first allocation that broke no hard rule,
 *        or null when none was found
 * @param solvingTime the time the search took in all
 * @param setCount the number of sets filled
 */
public record SolveStatistics(Duration timeToFirstFeasible, Duration solvingTime, int setCount) {}
