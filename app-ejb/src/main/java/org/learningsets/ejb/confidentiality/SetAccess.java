package org.learningsets.ejb.confidentiality;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.GroundRules;
import org.learningsets.model.set.LearningSet;

/**
 * Per-object checks: who stands in which relation to a set, one query each. Deny unless a rule allows. The
 * relations underneath the gate ({@link SetContentAccess}); asked directly only for answers that read no content.
 */
@Dependent
public class SetAccess {

    @PersistenceContext
    EntityManager em;

    public boolean isCurrentFacilitator(LearningSet set, Person person) {
        return em.createNamedQuery("FacilitatorAssignment.isCurrentOf", Long.class)
                        .setParameter("set", set)
                        .setParameter("person", person)
                        .getSingleResult()
                > 0;
    }

    public boolean isActiveMember(LearningSet set, Person person) {
        return em.createQuery(
                                "select count(m) from Membership m where m.set = :set and m.person = :person "
                                        + "and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE",
                                Long.class)
                        .setParameter("set", set)
                        .setParameter("person", person)
                        .getSingleResult()
                > 0;
    }

    /** The set's current ground rules: the latest version recorded, if any. */
    public Optional<GroundRules> currentGroundRules(LearningSet set) {
        return em.createNamedQuery("GroundRules.latestOf", GroundRules.class)
                .setParameter("set", set)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public boolean hasAgreed(GroundRules rules, Person person) {
        return em.createNamedQuery("GroundRulesAgreement.exists", Long.class)
                        .setParameter("rules", rules)
                        .setParameter("person", person)
                        .getSingleResult()
                > 0;
    }

    /** The gate to a set's content for a member: agreement to the current version of its ground rules. */
    public boolean hasAgreedCurrentRules(LearningSet set, Person person) {
        return agreedCurrentRulesOf(List.of(set), person).contains(set);
    }

    /** {@link #hasAgreedCurrentRules} for many sets in one statement: those whose current rules they agreed. */
    public Set<LearningSet> agreedCurrentRulesOf(Collection<LearningSet> sets, Person person) {
        if (sets.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createNamedQuery("GroundRulesAgreement.setsAgreedCurrentlyBy", LearningSet.class)
                .setParameter("sets", sets)
                .setParameter("person", person)
                .getResultList());
    }

    /** Programme leads manage every set's schedule; a facilitator only their own sets'. */
    public void requireLeadOrFacilitator(LearningSet set, Account caller) {
        if (caller.getRoles().contains(Role.ADMIN) || isCurrentFacilitator(set, caller.getPerson())) {
            return;
        }
        throw new AccessDeniedException(
                "Only the programme lead or the facilitator of " + set.getName() + " can do this.");
    }

    public void requireFacilitator(LearningSet set, Person caller) {
        if (!isCurrentFacilitator(set, caller)) {
            throw new AccessDeniedException("Only the facilitator of " + set.getName() + " can do this.");
        }
    }

    public void requireMemberOrFacilitator(LearningSet set, Person caller) {
        if (!isActiveMember(set, caller) && !isCurrentFacilitator(set, caller)) {
            throw new AccessDeniedException("This is for the members and facilitator of " + set.getName() + " only.");
        }
    }
}
