package org.learningsets.ejb.set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.set.GroundRulesViews.MemberAgreement;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.GroundRules;
import org.learningsets.model.set.GroundRulesAgreement;
import org.learningsets.model.set.LearningSet;

/**
 * Who of a set's current members agreed which version of its ground rules, and which rules a member has still to
 * agree: a fixed number of statements whatever the size.
 */
@Dependent
public class RulesAgreements {

    @PersistenceContext
    EntityManager em;

    @Inject
    SetAccess access;

    @Inject
    ConfidentialTextKeys keys;

    /** Every current member, by name, with their agreement to {@code current} (null: none published yet). */
    public List<MemberAgreement> of(LearningSet set, GroundRules current) {
        Map<String, Instant> agreedCurrent = new HashMap<>();
        Map<String, Integer> lastAgreed = new HashMap<>();
        for (GroundRulesAgreement a : em.createQuery(
                        "select a from GroundRulesAgreement a join fetch a.groundRules join fetch a.person "
                                + "where a.groundRules.set = :set",
                        GroundRulesAgreement.class)
                .setParameter("set", set)
                .getResultList()) {
            String person = a.getPerson().getId();
            lastAgreed.merge(person, a.getGroundRules().getVersionNumber(), Math::max);
            if (a.getGroundRules().equals(current)) {
                agreedCurrent.put(person, a.getAgreedAt());
            }
        }
        return em.createNamedQuery("Person.activeMembersOfSet", Person.class)
                .setParameter("set", set)
                .getResultStream()
                .map(p -> new MemberAgreement(
                        p.getId(),
                        p.getFullName(),
                        p.getOrganisation().getName(),
                        p.getProfession(),
                        agreedCurrent.get(p.getId()),
                        lastAgreed.get(p.getId())))
                .toList();
    }

    /**
     * The current ground rules a member has not agreed yet, for many sets in three statements whatever their number:
     * the current published versions, the sets whose current version they agreed, the sets where they agreed any.
     */
    public List<GroundRulesViews.RulesToAgree> toAgree(Collection<LearningSet> sets, Person person) {
        if (sets.isEmpty()) {
            return List.of();
        }
        List<GroundRules> current = em.createNamedQuery("GroundRules.currentOfSets", GroundRules.class)
                .setParameter("sets", sets)
                .getResultList();
        if (current.isEmpty()) {
            return List.of();
        }
        Set<LearningSet> agreed = access.agreedCurrentRulesOf(sets, person);
        Set<LearningSet> everAgreed =
                Set.copyOf(em.createNamedQuery("GroundRulesAgreement.setsEverAgreedBy", LearningSet.class)
                        .setParameter("sets", sets)
                        .setParameter("person", person)
                        .getResultList());
        return current.stream()
                .filter(g -> !agreed.contains(g.getSet()))
                .sorted(Comparator.comparing((GroundRules g) -> g.getSet().getName()))
                .map(g -> new GroundRulesViews.RulesToAgree(
                        g.getSet().getId(),
                        g.getSet().getName(),
                        g.getVersionNumber(),
                        g.readText(keys.cipher()),
                        everAgreed.contains(g.getSet())))
                .toList();
    }
}
