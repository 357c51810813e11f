package org.learningsets.ejb.confidentiality;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.learningsets.ejb.set.SetAccess;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;

/**
 * What is said in the set stays in the set: its content (issues, actions, progress) is for its current
 * facilitators and for its current members who agreed the current ground rules. Nobody else, programme leads
 * and administrators included. Every content service asks here, per object, before reading or writing.
 */
@Dependent
public class SetContentAccess {

    static final String NOT_YOURS = "This belongs to a set you are not part of.";

    @Inject
    SetAccess access;

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
            throw new AccessDeniedException("Agree to the ground rules of " + set.getName()
                    + " first; then you can see and add to its work.");
        }
    }

    public boolean isFacilitator(LearningSet set, Person caller) {
        return access.isCurrentFacilitator(set, caller);
    }
}
