package org.learningsets.ejb.development;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import org.learningsets.ejb.development.DevelopmentViews.TraineeshipView;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.development.EntryKind;
import org.learningsets.model.development.Traineeship;

/** A traineeship's progress, counted: the lead's page and the trainee's record show the same numbers. */
final class TraineeshipProgress {

    private TraineeshipProgress() {}

    /** The set's meetings held from the day the traineeship started (London), that day's included. */
    static long meetingsHeld(EntityManager em, Traineeship t) {
        LocalDateTime from = LocalDateTime.ofInstant(t.getStartedAt(), TimeZones.LONDON)
                .toLocalDate()
                .atStartOfDay();
        return em.createNamedQuery("Traineeship.meetingsHeldSince", Long.class)
                .setParameter("set", t.getSet())
                .setParameter("from", from)
                .getSingleResult();
    }

    static TraineeshipView view(EntityManager em, Traineeship t) {
        return new TraineeshipView(
                t.getId(),
                t.getTrainee().getFullName(),
                t.getMentor().getFullName(),
                t.getSet().getId(),
                t.getSet().getName(),
                t.getAgreedMeetings(),
                meetingsHeld(em, t),
                reflections(em, t, EntryKind.REFLECTION),
                reflections(em, t, EntryKind.MENTOR_REFLECTION),
                t.getStartedAt(),
                t.getStatus(),
                t.getSignedOffAt(),
                t.getSignedOffBy() == null ? null : t.getSignedOffBy().getFullName(),
                t.getEndedAt());
    }

    /** Counted, never read: the count is all the programme lead sees of them. */
    private static long reflections(EntityManager em, Traineeship t, EntryKind kind) {
        return em.createNamedQuery("DevelopmentEntry.countReflections", Long.class)
                .setParameter("trainee", t.getTrainee())
                .setParameter("kinds", List.of(kind))
                .setParameter("since", t.getStartedAt())
                .getSingleResult();
    }
}
