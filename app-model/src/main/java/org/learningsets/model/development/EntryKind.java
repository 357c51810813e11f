package org.learningsets.model.development;

/** What a development record entry is, and who writes it: the facilitator, or someone they shared the record with. */
public enum EntryKind {
    SELF_ASSESSMENT(true),
    GOAL(true),
    OBSERVATION(false),
    FEEDBACK(false);

    private final boolean byFacilitator;

    EntryKind(boolean byFacilitator) {
        this.byFacilitator = byFacilitator;
    }

    /** True for what the facilitator writes about themselves; false for what their supervisor or assessor writes. */
    public boolean byFacilitator() {
        return byFacilitator;
    }
}
