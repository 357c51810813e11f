package org.learningsets.ejb.set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.history.ProgrammeChanges;
import org.learningsets.ejb.meeting.Rota;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.ChangeKind;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;
import org.learningsets.model.set.SetTransition;

/**
 * A set's life: FORMING → ACTIVE → (SELF_FACILITATING) → CLOSED → ARCHIVED. Each move is guarded and recorded
 * with who made it and when.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SetService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Rota rota;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    SetAccess access;

    @Inject
    SetReadiness readiness;

    @Inject
    ProgrammeChanges changes;

    public String create(
            @NotNull String programmeId,
            @NotBlank(message = "Give the set a name.") @Size(max = FieldLengths.SHORT_TEXT) String name) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        if (programme.isClosed()) {
            throw new StateException("The programme is closed; no new sets can be added.");
        }
        boolean taken = em.createNamedQuery("LearningSet.findByProgramme", LearningSet.class)
                .setParameter("programme", programme)
                .getResultStream()
                .anyMatch(s -> s.getName().equalsIgnoreCase(name.strip()));
        if (taken) {
            throw new InvalidInputException("This programme already has a set called \"" + name.strip() + "\".");
        }
        LearningSet set = new LearningSet(programme, name, clock.instant());
        em.persist(set);
        em.persist(new SetTransition(set, null, SetState.FORMING, callers.person(), clock.instant()));
        changes.record(set, ChangeKind.SET_STATE, set.getName() + " was created, forming.");
        return set.getId();
    }

    public void activate(@NotNull String setId) {
        moveTo(setId, SetState.ACTIVE);
    }

    /** The programme lead, or the set's facilitator stepping back: a member then runs each meeting. */
    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
    public void selfFacilitate(@NotNull String setId) {
        access.requireLeadOrFacilitator(Find.byId(em, LearningSet.class, setId, "The set"), callers.account());
        moveTo(setId, SetState.SELF_FACILITATING);
    }

    /** Closing cancels every planned meeting still to come. */
    public void close(@NotNull String setId) {
        moveTo(setId, SetState.CLOSED);
    }

    public void archive(@NotNull String setId) {
        moveTo(setId, SetState.ARCHIVED);
    }

    public SetViews.SetView view(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        return new SetViews.SetView(
                set.getId(),
                set.getVersion(),
                set.getProgramme().getId(),
                set.getName(),
                set.getState(),
                (int) activeMembers(set),
                set.getProgramme().getMaxSetSize());
    }

    public List<SetViews.TransitionView> history(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        return em.createNamedQuery("SetTransition.ofSet", SetTransition.class)
                .setParameter("set", set)
                .getResultStream()
                .map(t -> new SetViews.TransitionView(
                        t.getFromState(), t.getToState(), t.getChangedBy().getFullName(), t.getChangedAt()))
                .toList();
    }

    /**
     * What a forming set still lacks before it can start meeting, in words: enough members, a facilitator, planned
     * meetings. Empty when it is ready (or no longer forming).
     */
    public List<String> missingToStart(@NotNull String setId) {
        return readiness.missing(Find.byId(em, LearningSet.class, setId, "The set"));
    }

    private void moveTo(String setId, SetState target) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        SetState from = set.getState();
        if (target == SetState.ACTIVE) {
            requireReadyToMeet(set);
        }
        set.moveTo(target);
        // The facilitator's role rotates among the members from the next meeting on: a default rota they adjust.
        rota.fillGaps(set);
        int cancelled = 0;
        if (target == SetState.CLOSED) {
            LocalDateTime now = LocalDateTime.now(clock.withZone(TimeZones.LONDON));
            List<Meeting> future = em.createNamedQuery("Meeting.plannedOfSetFrom", Meeting.class)
                    .setParameter("set", set)
                    .setParameter("from", now)
                    .getResultList();
            future.forEach(Meeting::cancel);
            cancelled = future.size();
        }
        Person me = callers.person();
        em.persist(new SetTransition(set, from, target, me, clock.instant()));
        changes.record(
                set,
                ChangeKind.SET_STATE,
                set.getName() + " went from " + from.getLabel().toLowerCase()
                        + " to " + target.getLabel().toLowerCase()
                        + (cancelled > 0
                                ? "; " + cancelled + " planned meeting" + (cancelled == 1 ? " was" : "s were")
                                        + " cancelled."
                                : "."));
    }

    private void requireReadyToMeet(LearningSet set) {
        List<String> missing = readiness.missing(set);
        if (!missing.isEmpty()) {
            throw new StateException(set.getName() + " cannot start yet: " + String.join(" ", missing));
        }
    }

    private long activeMembers(LearningSet set) {
        return em.createNamedQuery("Membership.countActiveOfSet", Long.class)
                .setParameter("set", set)
                .getSingleResult();
    }
}
