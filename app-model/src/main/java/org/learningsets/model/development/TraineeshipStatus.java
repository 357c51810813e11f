package org.learningsets.model.development;

import org.learningsets.model.common.Labels;

/** Where a co-facilitation traineeship stands: training, signed off as a facilitator, or ended without sign-off. */
public enum TraineeshipStatus {
    IN_TRAINING,
    SIGNED_OFF,
    ENDED;

    public String getLabel() {
        return Labels.of(this);
    }
}
