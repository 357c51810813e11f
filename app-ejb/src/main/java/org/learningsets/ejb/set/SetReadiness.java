package org.learningsets.ejb.set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;

/** What a forming set lacks before it can start: the three conditions of activation, each said in words. */
@Dependent
public class SetReadiness {

    @PersistenceContext
    EntityManager em;

    /** Empty when the set is ready to start, or is not forming any more. */
    public List<String> missing(LearningSet set) {
        long members = em.createNamedQuery("Membership.countActiveOfSet", Long.class)
                .setParameter("set", set)
                .getSingleResult();
        long facilitators = em.createNamedQuery("FacilitatorAssignment.countCurrentOfSet", Long.class)
                .setParameter("set", set)
                .getSingleResult();
        long planned = em.createNamedQuery("Meeting.countPlannedOfSet", Long.class)
                .setParameter("set", set)
                .getSingleResult();
        return missing(set.getState(), members, set.getProgramme().getMinSetSize(), facilitators, planned);
    }

    /** The same from counts already at hand (the programme page counts many sets at once). */
    public static List<String> missing(SetState state, long members, int minimum, long facilitators, long planned) {
        if (state != SetState.FORMING) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        if (members < minimum) {
            missing.add("It has " + members + " member" + (members == 1 ? "" : "s") + "; the programme needs at least "
                    + minimum + ".");
        }
        if (facilitators == 0) {
            missing.add("It has no facilitator yet.");
        }
        if (planned == 0) {
            missing.add("It has no meetings planned yet.");
        }
        return missing;
    }
}
