package org.learningsets.model.development;

/**
 * What is stored of an observation's course: asked (answers may still come), declined by a member, or withdrawn by
 * the facilitator. Whether it happens is worked out from the answers ({@link Observation#state}).
 */
public enum ObservationStatus {
    ASKED,
    DECLINED,
    WITHDRAWN
}
