package org.learningsets.ejb.allocation;

/**
 * Two participants who were in a set together in an earlier programme, as the solver sees them: a problem fact.
 *
 * @param first the one listed first among the participants
 * @param second the other
 * @param mustPart whether keeping them apart is a hard rule (else a preference)
 */
record EarlierPair(String first, String second, boolean mustPart) {}
