package org.learningsets.model.development;

import org.learningsets.model.common.Labels;

/** A member's answer to an observation request; declining needs no reason. */
public enum ConsentAnswer {
    AGREED,
    DECLINED;

    public String getLabel() {
        return Labels.of(this);
    }
}
