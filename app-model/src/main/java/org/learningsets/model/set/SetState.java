package org.learningsets.model.set;

import java.util.EnumSet;
import java.util.Set;
import org.learningsets.model.common.Labels;

/** FORMING → ACTIVE → (SELF_FACILITATING) → CLOSED → ARCHIVED. */
public enum SetState {
    FORMING,
    ACTIVE,
    SELF_FACILITATING,
    CLOSED,
    ARCHIVED;

    public String getLabel() {
        return Labels.of(this);
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
