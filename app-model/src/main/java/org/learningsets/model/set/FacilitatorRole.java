package org.learningsets.model.set;

public enum FacilitatorRole {
    LEAD, CO_FACILITATOR
}
