package org.learningsets.ejb.confidentiality;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.Function;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.action.Action;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;

/**
 * The confidentiality gate. What is said in the set stays in the set: its content (issues, actions, progress) is
 * for its current facilitators and for its current members who agreed the current ground rules. Nobody else,
 * programme leads and administrators included.
 *
 * <p>Services read a set, meeting, issue or action by id through here: each method loads the record and checks the
 * caller against its set in one call, so no service can load one and forget the check. An unknown id is a
 * {@code NotFoundException} (except where a method says otherwise), a refused caller an
 * {@code AccessDeniedException}; access is checked before any state, so a refusal tells nothing about the record.
 * Where a service words its own refusal, it passes the words in. {@code ArchitectureTest} keeps the by-id loads of
 * issues and actions here.
 */
@Dependent
public class SetContentAccess {

    static final String NOT_YOURS = "This belongs to a set you are not part of.";

    @PersistenceContext
    EntityManager em;

    @Inject
    SetAccess access;

    /** The set, for its current facilitators and agreed current members. */
    public LearningSet setForReader(String setId, Person caller) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        requireReader(set, caller);
        return set;
    }

    /** The set, for an agreed current member (issue holders and action owners are members). */
    public LearningSet setForAgreedMember(String setId, Person caller) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        requireAgreedMember(set, caller);
        return set;
    }

    /**
     * The set, for a current member whether or not they agreed its ground rules yet: what such a member may see is
     * the rules themselves and their own consent, never the set's work.
     */
    public LearningSet setForActiveMember(String setId, Person caller, Function<LearningSet, String> refusal) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        if (!access.isActiveMember(set, caller)) {
            throw new AccessDeniedException(refusal.apply(set));
        }
        return set;
    }

    /** The set, for a current member (agreed or not) or facilitator: its ground rules. */
    public LearningSet setForMemberOrFacilitator(String setId, Person caller) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        access.requireMemberOrFacilitator(set, caller);
        return set;
    }

    /** The set, for one of its current facilitators: dashboards, drafts, the audit. */
    public LearningSet setForFacilitator(String setId, Person caller) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        access.requireFacilitator(set, caller);
        return set;
    }

    /** As {@link #setForFacilitator(String, Person)}, with the service's own words for a refusal. */
    public LearningSet setForFacilitator(String setId, Person caller, String refusal) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        if (!access.isCurrentFacilitator(set, caller)) {
            throw new AccessDeniedException(refusal);
        }
        return set;
    }

    /** The set for a facilitator, locked until the transaction ends (serialises changes to its ground rules). */
    public LearningSet setForFacilitatorForUpdate(String setId, Person caller) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        access.requireFacilitator(set, caller);
        return set;
    }

    /** The meeting, for its set's current facilitators and agreed current members. */
    public Meeting meetingForReader(String meetingId, Person caller) {
        Meeting meeting = Find.byId(em, Meeting.class, meetingId, "The meeting");
        requireReader(meeting.getSet(), caller);
        return meeting;
    }

    /** The meeting, for an agreed current member of its set. */
    public Meeting meetingForAgreedMember(String meetingId, Person caller) {
        Meeting meeting = Find.byId(em, Meeting.class, meetingId, "The meeting");
        requireAgreedMember(meeting.getSet(), caller);
        return meeting;
    }

    /** The meeting, for one of its set's current facilitators. */
    public Meeting meetingForFacilitator(String meetingId, Person caller) {
        Meeting meeting = Find.byId(em, Meeting.class, meetingId, "The meeting");
        access.requireFacilitator(meeting.getSet(), caller);
        return meeting;
    }

    /** The meeting, for a current member (agreed or not) or facilitator of its set: its time and place. */
    public Meeting meetingForMemberOrFacilitator(String meetingId, Person caller, String refusal) {
        Meeting meeting = Find.byId(em, Meeting.class, meetingId, "The meeting");
        if (!isMemberOrFacilitator(meeting.getSet(), caller)) {
            throw new AccessDeniedException(refusal);
        }
        return meeting;
    }

    /**
     * As {@link #meetingForMemberOrFacilitator}, but an unknown id and a refused caller are both empty, for
     * answers that must not let ids be probed.
     */
    public Optional<Meeting> meetingIfMemberOrFacilitator(String meetingId, Person caller) {
        Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId);
        return Optional.ofNullable(meeting).filter(m -> isMemberOrFacilitator(m.getSet(), caller));
    }

    /** The issue, for its set's current facilitators and agreed current members. */
    public Issue issueForReader(String issueId, Person caller) {
        Issue issue = Find.byId(em, Issue.class, issueId, "The issue");
        requireReader(issue.getSet(), caller);
        return issue;
    }

    /** The issue, for one of its set's current facilitators; {@code refusal} for anyone else. */
    public Issue issueForFacilitator(String issueId, Person caller, String refusal) {
        Issue issue = Find.byId(em, Issue.class, issueId, "The issue");
        if (!access.isCurrentFacilitator(issue.getSet(), caller)) {
            throw new AccessDeniedException(refusal);
        }
        return issue;
    }

    /**
     * The caller's own issue of this set, the set already passed through the gate; {@code refusal} when the issue is
     * another set's or someone else's.
     */
    public Issue issueHeldIn(LearningSet set, String issueId, Person caller, String refusal) {
        Issue issue = Find.byId(em, Issue.class, issueId, "The issue");
        if (!issue.getSet().equals(set) || !issue.getHolder().equals(caller)) {
            throw new AccessDeniedException(refusal);
        }
        return issue;
    }

    /** The action, for its set's current facilitators and agreed current members. */
    public Action actionForReader(String actionId, Person caller) {
        Action action = Find.byId(em, Action.class, actionId, "The action");
        requireReader(action.getIssue().getSet(), caller);
        return action;
    }

    public void requireReader(LearningSet set, Person caller) {
        if (access.isCurrentFacilitator(set, caller)) {
            return;
        }
        requireAgreedMember(set, caller);
    }

    /** A member (not a facilitator) who agreed the ground rules: issue holders and action owners are members. */
    public void requireAgreedMember(LearningSet set, Person caller) {
        if (!access.isActiveMember(set, caller)) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        if (!access.hasAgreedCurrentRules(set, caller)) {
            throw new AccessDeniedException(
                    "Agree to the ground rules of " + set.getName() + " first; then you can see and add to its work.");
        }
    }

    public boolean isFacilitator(LearningSet set, Person caller) {
        return access.isCurrentFacilitator(set, caller);
    }

    private boolean isMemberOrFacilitator(LearningSet set, Person caller) {
        return access.isActiveMember(set, caller) || access.isCurrentFacilitator(set, caller);
    }
}
