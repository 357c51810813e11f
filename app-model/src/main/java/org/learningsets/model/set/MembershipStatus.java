package org.learningsets.model.set;

public enum MembershipStatus {
    ACTIVE,
    MOVED,
    WITHDRAWN
}
