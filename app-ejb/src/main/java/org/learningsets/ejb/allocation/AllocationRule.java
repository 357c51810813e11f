package org.learningsets.ejb.allocation;

/** The rules an allocation is judged by. Hard rules must hold; soft rules are kept as far as possible. */
public enum AllocationRule {
    SET_SIZE(true, "Every set has between the minimum and maximum number of members"),
    LINE_MANAGER_APART(true, "Nobody is in the same set as their own line manager"),
    ONE_PER_ORGANISATION(true, "At most one person from each organisation in a set, where the numbers allow it"),
    PINS_KEPT(true, "Pinned people stay in the set they were pinned to"),
    EARLIER_SETMATES_APART(
            true, "Nobody shares a set again with someone they were in a set with in an earlier programme"),
    FACILITATOR_CAPACITY(true, "No facilitator has more sets than they can take on"),
    FACILITATOR_LINE_MANAGEMENT(true, "No facilitator has someone of their own line management chain in their set"),
    PROFESSION_MIX(false, "People in a set come from different professions"),
    CLINICAL_AREA_MIX(false, "People in a set come from different clinical areas"),
    EARLIER_SETMATES_PREFERRED(
            false,
            "People who were in a set together in an earlier programme are in different sets, "
                    + "wherever the numbers allow"),
    FACILITATOR_BALANCE(false, "Sets are shared fairly between facilitators"),
    FACILITATOR_OWN_ORGANISATION(
            false,
            "Facilitators facilitate people of other organisations than their own, " + "wherever the numbers allow"),
    FACILITATOR_NEW_PEOPLE(
            false, "Facilitators facilitate people they have not facilitated before, wherever the numbers allow");

    private final boolean hard;
    private final String description;

    AllocationRule(boolean hard, String description) {
        this.hard = hard;
        this.description = description;
    }

    /** A hard rule must hold for the allocation to be usable; a soft one is a preference. */
    public boolean isHard() {
        return hard;
    }

    /** The rule in plain words, for a programme lead. */
    public String description() {
        return description;
    }
}
