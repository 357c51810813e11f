package org.learningsets.ejb.set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;

/**
 * Who is in many sets at once, one query per question whatever the number of sets: for the home page and My sets.
 * Callers check access first; these are names and counts, not set content.
 */
@Dependent
public class SetRosters {

    @PersistenceContext
    EntityManager em;

    /** The current facilitators' names per set (sets without one are absent). */
    public Map<LearningSet, List<String>> facilitatorNames(List<LearningSet> sets) {
        Map<LearningSet, List<String>> names = new HashMap<>();
        for (FacilitatorAssignment f : em.createNamedQuery(
                        "FacilitatorAssignment.currentOfSets", FacilitatorAssignment.class)
                .setParameter("sets", sets)
                .getResultList()) {
            names.computeIfAbsent(f.getSet(), s -> new ArrayList<>())
                    .add(f.getPerson().getFullName());
        }
        return names;
    }

    /** The number of active members per set (sets without one are absent). */
    public Map<LearningSet, Long> activeMemberCounts(List<LearningSet> sets) {
        return em.createNamedQuery("Membership.activeOfSets", Membership.class)
                .setParameter("sets", sets)
                .getResultStream()
                .collect(Collectors.groupingBy(Membership::getSet, Collectors.counting()));
    }
}
