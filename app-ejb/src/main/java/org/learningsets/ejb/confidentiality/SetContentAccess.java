package org.learningsets.ejb.confidentiality;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.learningsets.ejb.set.SetAccess;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.GroundRules;
import org.learningsets.model.set.LearningSet;

/**
 * What is said in the set stays in the set: its content (issues, actions, progress) is for its current
 * facilitators and for its current members who agreed the current ground rules. Nobody else, programme leads
 * and administrators included. Every content service asks here, per object, before reading or writing.
 */
@Dependent
public class SetContentAccess {

    static final String NOT_YOURS = "This belongs to a set you are not part of.";

    @PersistenceContext
    EntityManager em;

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
        GroundRules current = em.createNamedQuery("GroundRules.latestOf", GroundRules.class).setParameter("set", set)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        boolean agreed = current != null && em.createNamedQuery("GroundRulesAgreement.exists", Long.class)
                .setParameter("rules", current).setParameter("person", caller).getSingleResult() > 0;
        if (!agreed) {
            throw new AccessDeniedException("Agree to the ground rules of " + set.getName()
                    + " first; then you can see and add to its work.");
        }
    }

    public boolean isFacilitator(LearningSet set, Person caller) {
        return access.isCurrentFacilitator(set, caller);
    }
}
