package org.learningsets.ejb.allocation;

/**
 * How firmly an allocation keeps apart people who were in a set together in an earlier programme: the programme
 * lead's choice, made for each allocation. Words in Labels.properties.
 */
public enum CohortRule {
    /** Never together again: a proposal that cannot keep them apart is refused. */
    MUST_HOLD,
    /** Apart wherever the numbers allow: kept before any mixing preference, never at the cost of a hard rule. */
    PREFERENCE;

    /** The rule the explanation reports under. */
    public AllocationRule rule() {
        return this == MUST_HOLD ? AllocationRule.EARLIER_SETMATES_APART : AllocationRule.EARLIER_SETMATES_PREFERRED;
    }
}
