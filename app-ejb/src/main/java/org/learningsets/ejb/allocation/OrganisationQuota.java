package org.learningsets.ejb.allocation;

/**
 * An organisation as the solver sees it. Its people should be spread one per set; when there are more of them
 * than sets, as evenly as possible, which still leaves {@code unavoidablePairs} pairs of colleagues sharing a set.
 *
 * @param id the organisation id
 * @param participantCount how many of the participants work there
 * @param unavoidablePairs the fewest pairs of its people that must share a set, zero when one per set is possible
 */
record OrganisationQuota(String id, int participantCount, int unavoidablePairs) {}
