package org.learningsets.model.set;

/** Declared lead first: lists show the lead facilitator before co-facilitators. */
public enum FacilitatorRole {
    LEAD,
    CO_FACILITATOR
}
