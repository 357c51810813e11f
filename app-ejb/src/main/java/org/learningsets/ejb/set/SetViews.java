package org.learningsets.ejb.set;

import java.time.Instant;

/** What the set services hand to the web layer: plain values, never entities. */
public final class SetViews {

    private SetViews() {
    }

    public record SetView(String id, long version, String programmeId, String name, String state, int members,
            int maxMembers) {
    }

    public record MemberView(String personId, String fullName, String organisation, String profession,
            String clinicalArea, Instant joinedAt, Instant endedAt, String status) {
    }

    public record TransitionView(String from, String to, String changedBy, Instant changedAt) {
    }

    public record FacilitatorView(String personId, String fullName, String role, Instant assignedAt) {
    }

    public record FacilitatorLoad(String personId, String fullName, long sets) {
    }

    public record GroundRulesView(int version, String text, boolean agreedByMe, long agreements, long members) {
    }
}
