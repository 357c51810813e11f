package org.learningsets.model.development;

import org.learningsets.model.common.Labels;

/**
 * Where an observation stands, as people read it. It happens ({@link #ON}) only when every current member of the set
 * agreed before the meeting started; a decline calls it off without saying whose.
 */
public enum ObservationState {
    AWAITING_ANSWERS,
    ALL_AGREED,
    ON,
    DECLINED,
    WITHDRAWN,
    NOT_AGREED_IN_TIME;

    public String getLabel() {
        return Labels.of(this);
    }

    /** Still to be decided by the members' answers. */
    public boolean open() {
        return this == AWAITING_ANSWERS || this == ALL_AGREED;
    }

    /** Off for good: a new observer cannot be invited for the same meeting. */
    public boolean off() {
        return this == DECLINED || this == WITHDRAWN || this == NOT_AGREED_IN_TIME;
    }
}
