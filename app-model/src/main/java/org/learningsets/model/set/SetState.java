package org.learningsets.model.set;

import java.util.EnumSet;
import java.util.Set;

/** FORMING → ACTIVE → (SELF_FACILITATING) → CLOSED → ARCHIVED. */
public enum SetState {
    FORMING("Forming"),
    ACTIVE("Active"),
    SELF_FACILITATING("Self-facilitating"),
    CLOSED("Closed"),
    ARCHIVED("Archived");

    private final String label;

    SetState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public Set<SetState> next() {
        return switch (this) {
            case FORMING -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(SELF_FACILITATING, CLOSED);
            case SELF_FACILITATING -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(SetState.class);
        };
    }

    public boolean isMeeting() {
        return this == ACTIVE || this == SELF_FACILITATING;
    }
}
