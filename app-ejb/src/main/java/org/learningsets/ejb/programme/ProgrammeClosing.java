package org.learningsets.ejb.programme;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.set.SetState;

/** Whether a programme can close: a programme never ends under a set that is still forming or meeting. */
@Dependent
public class ProgrammeClosing {

    static final Set<SetState> STILL_GOING = EnumSet.of(SetState.FORMING, SetState.ACTIVE, SetState.SELF_FACILITATING);

    @PersistenceContext
    EntityManager em;

    /** Why the programme cannot close now, or empty when it can. */
    public Optional<String> refusal(Programme programme) {
        if (programme.isClosed()) {
            return Optional.of("The programme is already closed.");
        }
        long going = em.createNamedQuery("LearningSet.countOfProgrammeInStates", Long.class)
                .setParameter("programme", programme)
                .setParameter("states", STILL_GOING)
                .getSingleResult();
        return going == 0
                ? Optional.empty()
                : Optional.of(going + (going == 1 ? " set is" : " sets are")
                        + " still forming or meeting; close them before closing the programme.");
    }
}
