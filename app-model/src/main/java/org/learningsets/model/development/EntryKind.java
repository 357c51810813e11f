package org.learningsets.model.development;

/** What a development record entry is, and who writes it: the facilitator, or someone they shared the record with. */
public enum EntryKind {
    SELF_ASSESSMENT(true),
    GOAL(true),
    OBSERVATION(false),
    FEEDBACK(false),
    /** A trainee's reflection on a meeting they co-facilitated; only someone in a traineeship writes it. */
    REFLECTION(true),
    /** The mentor's reflection on a meeting their trainee co-facilitated, on the trainee's record. */
    MENTOR_REFLECTION(false);

    private final boolean byFacilitator;

    EntryKind(boolean byFacilitator) {
        this.byFacilitator = byFacilitator;
    }

    /** True for what the facilitator writes about themselves; false for what their supervisor or assessor writes. */
    public boolean byFacilitator() {
        return byFacilitator;
    }

    /** Written about co-facilitation in a traineeship: needs no competency, and only the trainee or mentor writes it. */
    public boolean reflection() {
        return this == REFLECTION || this == MENTOR_REFLECTION;
    }
}
