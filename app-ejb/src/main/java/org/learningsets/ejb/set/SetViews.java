package org.learningsets.ejb.set;

import java.io.Serializable;
import java.time.Instant;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.model.set.MembershipStatus;
import org.learningsets.model.set.SetState;

/** What the set services hand to the web layer: plain values, never entities. */
public final class SetViews {

    private SetViews() {}

    public record SetView(
            String id, long version, String programmeId, String name, SetState state, int members, int maxMembers)
            implements Serializable {}

    /** {@code endReason} is the reason given for a withdrawal, else null. */
    public record MemberView(
            String personId,
            String fullName,
            String organisation,
            String profession,
            String clinicalArea,
            Instant joinedAt,
            Instant endedAt,
            MembershipStatus status,
            String endReason)
            implements Serializable {

        public boolean isCurrent() {
            return status == MembershipStatus.ACTIVE;
        }
    }

    public record TransitionView(SetState from, SetState to, String changedBy, Instant changedAt)
            implements Serializable {}

    /** {@code endedAt} is null while they facilitate the set. */
    public record FacilitatorView(
            String personId, String fullName, FacilitatorRole role, Instant assignedAt, Instant endedAt)
            implements Serializable {

        public boolean isLead() {
            return role == FacilitatorRole.LEAD;
        }
    }

    public record FacilitatorLoad(String personId, String fullName, long sets) implements Serializable {}

    /**
     * Someone who can facilitate, as the lead picks a facilitator for a set: their organisation, how many forming or
     * meeting sets they hold now across all programmes, and why they may not take this set (null when they may).
     */
    public record FacilitatorCandidate(
            String personId, String fullName, String organisation, long load, String conflict) implements Serializable {

        public boolean isAllowed() {
            return conflict == null;
        }
    }

    public record GroundRulesView(int version, String text, boolean agreedByMe, long agreements, long members)
            implements Serializable {}
}
