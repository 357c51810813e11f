package org.learningsets.ejb.set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.set.GroundRulesViews.MemberAgreement;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.GroundRules;
import org.learningsets.model.set.GroundRulesAgreement;
import org.learningsets.model.set.LearningSet;

/** Who of a set's current members agreed which version of its ground rules: two statements whatever the size. */
@Dependent
public class RulesAgreements {

    @PersistenceContext
    EntityManager em;

    /** Every current member, by name, with their agreement to {@code current} (null: none published yet). */
    public List<MemberAgreement> of(LearningSet set, GroundRules current) {
        Map<String, Instant> agreedCurrent = new HashMap<>();
        Map<String, Integer> lastAgreed = new HashMap<>();
        for (GroundRulesAgreement a : em.createQuery("select a from GroundRulesAgreement a join fetch a.groundRules g join fetch a.person "
                + "where g.set = :set", GroundRulesAgreement.class).setParameter("set", set).getResultList()) {
            String person = a.getPerson().getId();
            lastAgreed.merge(person, a.getGroundRules().getVersionNumber(), Math::max);
            if (a.getGroundRules().equals(current)) {
                agreedCurrent.put(person, a.getAgreedAt());
            }
        }
        return em.createNamedQuery("Person.activeMembersOfSet", Person.class).setParameter("set", set)
                .getResultStream()
                .map(p -> new MemberAgreement(p.getId(), p.getFullName(), p.getOrganisation().getName(),
                        p.getProfession(), agreedCurrent.get(p.getId()), lastAgreed.get(p.getId())))
                .toList();
    }
}
