package org.learningsets.ejb.history;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.programme.ChangeKind;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.programme.ProgrammeChange;
import org.learningsets.model.set.LearningSet;

/** Records each change to a programme or its sets with who and when, in the caller's transaction. */
@Dependent
public class ProgrammeChanges {

    /** A recorded change as pages show it. */
    public record ChangeView(ChangeKind kind, String detail, String by, Instant at) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    public void record(Programme programme, ChangeKind kind, String detail) {
        em.persist(new ProgrammeChange(programme, null, callers.person(), kind, detail, clock.instant()));
    }

    public void record(LearningSet set, ChangeKind kind, String detail) {
        em.persist(new ProgrammeChange(set.getProgramme(), set, callers.person(), kind, detail, clock.instant()));
    }

    /** The newest first, at most {@code limit}. */
    public List<ChangeView> of(Programme programme, int limit) {
        return views(em.createNamedQuery("ProgrammeChange.ofProgramme", ProgrammeChange.class)
                .setParameter("programme", programme)
                .setMaxResults(limit)
                .getResultList());
    }

    /** The newest first, at most {@code limit}. */
    public List<ChangeView> of(LearningSet set, int limit) {
        return views(em.createNamedQuery("ProgrammeChange.ofSet", ProgrammeChange.class)
                .setParameter("set", set)
                .setMaxResults(limit)
                .getResultList());
    }

    private static List<ChangeView> views(List<ProgrammeChange> changes) {
        return changes.stream()
                .map(c ->
                        new ChangeView(c.getKind(), c.getDetail(), c.getActor().getFullName(), c.getHappenedAt()))
                .toList();
    }
}
