package org.learningsets.ejb.set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.history.ProgrammeChanges;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.Labels;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.ChangeKind;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;

/**
 * Facilitators of sets: assign (lead or co-facilitator), hand over, step down, each facilitator's load, and whom
 * the lead can choose from. Nobody facilitates a set holding someone of their own line management chain, nor,
 * where another facilitator is free of it, someone of their own organisation ({@link PlacementRules}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class FacilitatorService {

    /** The states in which a set needs its facilitator: what counts towards a facilitator's load. */
    static final EnumSet<SetState> HOLDING = EnumSet.of(SetState.FORMING, SetState.ACTIVE, SetState.SELF_FACILITATING);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SetAccess access;

    @Inject
    PlacementRules rules;

    @Inject
    ProgrammeChanges changes;

    public void assign(@NotNull String setId, @NotNull String personId, @NotNull FacilitatorRole role) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        Person person = Find.byId(em, Person.class, personId, "The person");
        List<FacilitatorAssignment> current = rules.currentFacilitators(set);
        requireOpen(set);
        requireCanJoin(set, person, current);
        if (role == FacilitatorRole.LEAD && current.stream().anyMatch(f -> f.getRole() == FacilitatorRole.LEAD)) {
            throw new StateException(set.getName() + " already has a lead facilitator; hand over instead, or "
                    + "add a co-facilitator.");
        }
        if (role == FacilitatorRole.CO_FACILITATOR
                && current.stream().noneMatch(f -> f.getRole() == FacilitatorRole.LEAD)) {
            throw new StateException(set.getName() + " has no lead facilitator yet; choose the lead first.");
        }
        em.persist(new FacilitatorAssignment(set, person, role, clock.instant()));
        changes.record(
                set,
                ChangeKind.FACILITATOR_ASSIGNED,
                person.getFullName() + " is now " + Labels.of(role).toLowerCase() + " of " + set.getName() + ".");
    }

    /** The outgoing facilitator's assignment ends (kept as history); the incoming one takes the same role. */
    public void handOver(@NotNull String setId, @NotNull String fromPersonId, @NotNull String toPersonId) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        List<FacilitatorAssignment> current = rules.currentFacilitators(set);
        FacilitatorAssignment outgoing = current.stream()
                .filter(f -> f.getPerson().getId().equals(fromPersonId))
                .findFirst()
                .orElseThrow(() -> new StateException("That person does not facilitate " + set.getName() + "."));
        Person incoming = Find.byId(em, Person.class, toPersonId, "The new facilitator");
        requireOpen(set);
        requireCanJoin(set, incoming, current);
        outgoing.end(clock.instant());
        em.persist(new FacilitatorAssignment(set, incoming, outgoing.getRole(), clock.instant()));
        changes.record(
                set,
                ChangeKind.FACILITATOR_HANDED_OVER,
                outgoing.getPerson().getFullName()
                        + " handed " + set.getName() + " over to " + incoming.getFullName() + " ("
                        + Labels.of(outgoing.getRole()).toLowerCase() + ").");
    }

    /**
     * A co-facilitator steps down and is not replaced. The lead facilitator hands over instead, or, once the set
     * meets, the set becomes self-facilitating.
     */
    public void stepDown(@NotNull String setId, @NotNull String personId) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        FacilitatorAssignment leaving = rules.currentFacilitators(set).stream()
                .filter(f -> f.getPerson().getId().equals(personId))
                .findFirst()
                .orElseThrow(() -> new StateException("That person does not facilitate " + set.getName() + "."));
        if (leaving.getRole() == FacilitatorRole.LEAD && set.getState() != SetState.SELF_FACILITATING) {
            throw new StateException(leaving.getPerson().getFullName() + " is the lead facilitator of "
                    + set.getName() + ": hand the set over to another facilitator, or make the set "
                    + "self-facilitating, rather than leave it without one.");
        }
        leaving.end(clock.instant());
        changes.record(
                set,
                ChangeKind.FACILITATOR_STEPPED_DOWN,
                leaving.getPerson().getFullName() + " stepped down as "
                        + Labels.of(leaving.getRole()).toLowerCase() + " of " + set.getName() + ".");
    }

    /** The set's facilitators now, lead first. */
    public List<SetViews.FacilitatorView> facilitators(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        return rules.currentFacilitators(set).stream()
                .sorted(Comparator.comparing(FacilitatorAssignment::getRole)
                        .thenComparing(FacilitatorAssignment::getAssignedAt))
                .map(FacilitatorService::view)
                .toList();
    }

    /** Everyone who has facilitated the set, newest first: hand-overs are kept. */
    public List<SetViews.FacilitatorView> history(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        return em.createNamedQuery("FacilitatorAssignment.allOfSet", FacilitatorAssignment.class)
                .setParameter("set", set)
                .getResultStream()
                .map(FacilitatorService::view)
                .toList();
    }

    /** How many forming or meeting sets each facilitator holds now, across all programmes. */
    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
    public List<SetViews.FacilitatorLoad> load() {
        Map<Person, Long> loads = loads();
        return loads.entrySet().stream()
                .map(e -> new SetViews.FacilitatorLoad(
                        e.getKey().getId(), e.getKey().getFullName(), e.getValue()))
                .sorted(Comparator.comparing(SetViews.FacilitatorLoad::fullName))
                .toList();
    }

    /**
     * Everyone who can facilitate (an enabled account with the facilitator role), with their load and whether they
     * may take this set, by name; those who facilitate it already are left out.
     */
    public List<SetViews.FacilitatorCandidate> candidates(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        List<Person> facilitators = facilitatorPeople();
        List<Person> members = rules.activeMembers(set);
        List<Person> current = rules.currentFacilitators(set).stream()
                .map(FacilitatorAssignment::getPerson)
                .toList();
        Map<Person, Long> loads = loads();
        return facilitators.stream()
                .filter(p -> !current.contains(p))
                .map(p -> new SetViews.FacilitatorCandidate(
                        p.getId(),
                        p.getFullName(),
                        p.getOrganisation().getName(),
                        loads.getOrDefault(p, 0L),
                        members.contains(p)
                                ? p.getFullName() + " is a member of " + set.getName() + "."
                                : PlacementRules.facilitatorConflict(set, p, members, facilitators)
                                        .orElse(null)))
                .sorted(Comparator.comparing(SetViews.FacilitatorCandidate::fullName))
                .toList();
    }

    /** Everyone who can facilitate, with their organisation and load, by name: the pool an allocation draws on. */
    public List<SetViews.FacilitatorCandidate> pool() {
        Map<Person, Long> loads = loads();
        return facilitatorPeople().stream()
                .map(p -> new SetViews.FacilitatorCandidate(
                        p.getId(), p.getFullName(), p.getOrganisation().getName(), loads.getOrDefault(p, 0L), null))
                .toList();
    }

    /** The people with an enabled facilitator account. */
    List<Person> facilitatorPeople() {
        return em.createNamedQuery("Person.withEnabledRole", Person.class)
                .setParameter("role", Role.FACILITATOR)
                .setParameter("enabled", true)
                .getResultList();
    }

    private Map<Person, Long> loads() {
        Map<Person, Long> loads = new HashMap<>();
        em.createNamedQuery("FacilitatorAssignment.currentInStates", FacilitatorAssignment.class)
                .setParameter("states", HOLDING)
                .getResultStream()
                .forEach(f -> loads.merge(f.getPerson(), 1L, Long::sum));
        return loads;
    }

    private static SetViews.FacilitatorView view(FacilitatorAssignment f) {
        return new SetViews.FacilitatorView(
                f.getPerson().getId(), f.getPerson().getFullName(), f.getRole(), f.getAssignedAt(), f.getEndedAt());
    }

    private static void requireOpen(LearningSet set) {
        if (!HOLDING.contains(set.getState())) {
            throw new StateException(set.getName() + " is "
                    + set.getState().getLabel().toLowerCase() + "; its facilitators can no longer change.");
        }
    }

    /** A new facilitator of the set: has the role, does not facilitate it already, is free of conflicts with it. */
    private void requireCanJoin(LearningSet set, Person person, List<FacilitatorAssignment> current) {
        List<Person> facilitators = facilitatorPeople();
        if (!facilitators.contains(person)) {
            throw new InvalidInputException(person.getFullName() + " does not have the facilitator role.");
        }
        if (current.stream().anyMatch(f -> f.getPerson().equals(person))) {
            throw new InvalidInputException(person.getFullName() + " already facilitates " + set.getName() + ".");
        }
        if (access.isActiveMember(set, person)) {
            throw new InvalidInputException(
                    person.getFullName() + " is a member of " + set.getName() + " and cannot also facilitate it.");
        }
        PlacementRules.facilitatorConflict(set, person, rules.activeMembers(set), facilitators)
                .ifPresent(reason -> {
                    throw new InvalidInputException(reason);
                });
    }
}
