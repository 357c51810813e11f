package org.learningsets.ejb.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsets.ejb.history.ProgrammeChanges;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.set.PlacementRules;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.ChangeKind;
import org.learningsets.model.programme.Enrolment;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.EarlierPlacement;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;
import org.learningsets.model.set.SetState;

/**
 * A programme lead's allocation: propose sets for the participants not yet in a set, pin people and run again,
 * then accept (sets and memberships are written all together, or not at all). A proposal is not stored:
 * rejecting it is simply not accepting it.
 * <p>
 * The sets are either the programme's empty forming sets (target size null) or as many new sets as a target size
 * gives, keyed set-1, set-2, ... and named "Set 1", "Set 2", ...; the same layout is worked out again on accept.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AllocationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SharedAllocationEngine engine;

    @Inject
    Clock clock;

    @EJB
    SetService sets;

    @Inject
    PlacementRules rules;

    @Inject
    ProgrammeChanges changes;

    public void enrol(@NotNull String programmeId, @NotNull String personId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        Person person = Find.byId(em, Person.class, personId, "The person");
        if (programme.isClosed()) {
            throw new StateException("The programme is closed; nobody can be enrolled.");
        }
        if (em.createNamedQuery("Enrolment.exists", Long.class)
                        .setParameter("programme", programme)
                        .setParameter("person", person)
                        .getSingleResult()
                == 0) {
            em.persist(new Enrolment(programme, person, clock.instant()));
        }
    }

    /**
     * @param targetSize null to fill the programme's empty forming sets, otherwise the wanted set size
     * @param pins participant id to set key; the solver never moves them
     * @param facilitatorCapacity facilitator person id to the most sets they can take (may be empty)
     * @param cohortRule how firmly people who shared a set in an earlier programme are kept apart
     */
    public AllocationProposal propose(
            @NotNull String programmeId,
            @Min(2) @Max(10) Integer targetSize,
            Map<String, String> pins,
            Map<String, Integer> facilitatorCapacity,
            @NotNull CohortRule cohortRule) {
        return engine.get().allocate(request(programmeId, targetSize, pins, facilitatorCapacity, cohortRule));
    }

    /** The people enrolled in the programme and not yet in one of its sets, by name: whom a proposal places. */
    public List<Participant> unallocated(@NotNull String programmeId) {
        return participants(Find.byId(em, Programme.class, programmeId, "The programme"));
    }

    /**
     * Judges placements edited by hand (participant id to set key, and set key to facilitator id when facilitators
     * are allocated) against every rule, without solving and without writing anything: what the allocation screen
     * shows after a person is moved, pinned or given another facilitator.
     */
    public List<RuleExplanation> review(
            @NotNull String programmeId,
            @Min(2) @Max(10) Integer targetSize,
            @NotNull Map<String, String> placements,
            Map<String, String> pins,
            Map<String, String> facilitatorOfSet,
            Map<String, Integer> facilitatorCapacity,
            @NotNull CohortRule cohortRule) {
        return engine.get()
                .review(
                        request(programmeId, targetSize, pins, facilitatorCapacity, cohortRule),
                        placements,
                        facilitatorOfSet);
    }

    /**
     * Writes the accepted placements (participant id to set key) and facilitators (set key to person id), after
     * checking them against the hard rules again: an allocation edited by hand into breaking a rule is refused
     * with the reasons, and nothing is written. Earlier setmates together break a rule only when the lead made
     * keeping them apart one that must hold.
     */
    public List<String> accept(
            @NotNull String programmeId,
            @Min(2) @Max(10) Integer targetSize,
            @NotNull Map<String, String> placements,
            Map<String, String> facilitatorOfSet,
            Map<String, Integer> facilitatorCapacity,
            @NotNull CohortRule cohortRule) {
        AllocationRequest request = request(programmeId, targetSize, Map.of(), facilitatorCapacity, cohortRule);
        List<String> broken = engine.get().review(request, placements, facilitatorOfSet).stream()
                .filter(r -> r.isHard() && !r.met())
                .flatMap(r -> r.reasons().stream())
                .toList();
        if (!broken.isEmpty()) {
            throw new InvalidInputException(
                    "This allocation breaks a rule that must hold, so nothing was saved: " + String.join(" ", broken));
        }
        Map<String, String> setIds = new LinkedHashMap<>();
        for (SetDefinition definition : layoutSets(request)) {
            setIds.put(
                    definition.id(),
                    targetSize == null ? definition.id() : sets.create(programmeId, definition.name()));
        }
        Instant now = clock.instant();
        Map<LearningSet, List<String>> placed = new LinkedHashMap<>();
        for (Map.Entry<String, String> placement : placements.entrySet()) {
            LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setIds.get(placement.getValue()), "The set");
            Person person = Find.byId(em, Person.class, placement.getKey(), "The person");
            rules.requireCanJoinAsAllocated(set, person);
            em.persist(new Membership(set, person, now));
            placed.computeIfAbsent(set, s -> new ArrayList<>()).add(person.getFullName());
        }
        placed.forEach((set, names) -> changes.record(
                set,
                ChangeKind.MEMBER_ADDED,
                "The allocation placed "
                        + names.size() + (names.size() == 1 ? " person" : " people") + " in " + set.getName() + ": "
                        + String.join(", ", names) + "."));
        if (facilitatorOfSet != null) {
            for (Map.Entry<String, String> f : facilitatorOfSet.entrySet()) {
                LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setIds.get(f.getKey()), "The set");
                Person person = Find.byId(em, Person.class, f.getValue(), "The facilitator");
                requireCanFacilitate(set, person);
                em.persist(new FacilitatorAssignment(set, person, FacilitatorRole.LEAD, now));
                changes.record(
                        set,
                        ChangeKind.FACILITATOR_ASSIGNED,
                        "The allocation made " + person.getFullName() + " lead facilitator of " + set.getName() + ".");
            }
        }
        return List.copyOf(setIds.values());
    }

    /**
     * The hard rules of facilitation (the role, not a member, nobody of their line management chain in the set);
     * the preference for another organisation was weighed with the whole allocation.
     */
    private void requireCanFacilitate(LearningSet set, Person person) {
        if (!facilitatorIds().contains(person.getId())) {
            throw new InvalidInputException(person.getFullName() + " does not have the facilitator role.");
        }
        if (!rules.currentFacilitators(set).isEmpty()) {
            throw new StateException(set.getName() + " already has a facilitator; change it on the set's page.");
        }
        List<Person> members = rules.activeMembers(set);
        if (members.contains(person)) {
            throw new InvalidInputException(
                    person.getFullName() + " is a member of " + set.getName() + " and cannot also facilitate it.");
        }
        PlacementRules.lineConflict(set, person, members).ifPresent(reason -> {
            throw new InvalidInputException(reason);
        });
    }

    private Set<String> facilitatorIds() {
        return em.createNamedQuery("Person.withEnabledRole", Person.class)
                .setParameter("role", Role.FACILITATOR)
                .setParameter("enabled", true)
                .getResultStream()
                .map(Person::getId)
                .collect(Collectors.toSet());
    }

    private AllocationRequest request(
            String programmeId,
            Integer targetSize,
            Map<String, String> pins,
            Map<String, Integer> facilitatorCapacity,
            CohortRule cohortRule) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        List<Participant> participants = participants(programme);
        if (participants.isEmpty()) {
            throw new StateException("Everyone enrolled in this programme is already in a set; enrol people first.");
        }
        SetLayout layout;
        if (targetSize != null) {
            layout = SetLayout.targetSize(targetSize);
        } else {
            List<SetDefinition> empty = em.createNamedQuery("LearningSet.findByProgramme", LearningSet.class)
                    .setParameter("programme", programme)
                    .getResultStream()
                    .filter(s -> s.getState() == SetState.FORMING)
                    .filter(s -> em.createNamedQuery("Membership.countActiveOfSet", Long.class)
                                    .setParameter("set", s)
                                    .getSingleResult()
                            == 0)
                    .map(s -> new SetDefinition(s.getId(), s.getName()))
                    .toList();
            if (empty.isEmpty()) {
                throw new StateException(
                        "This programme has no empty forming sets; create sets first, or give a " + "target set size.");
            }
            layout = SetLayout.named(empty);
        }
        List<Facilitator> facilitatorList = new ArrayList<>();
        if (facilitatorCapacity != null) {
            List<Person> people = waitingPeople(programme);
            Set<String> canFacilitate = facilitatorIds();
            for (Map.Entry<String, Integer> f : facilitatorCapacity.entrySet()) {
                Person person = Find.byId(em, Person.class, f.getKey(), "The facilitator");
                if (!canFacilitate.contains(person.getId())) {
                    throw new InvalidInputException(person.getFullName() + " does not have the facilitator role.");
                }
                Set<String> lineChain = people.stream()
                        .filter(p -> PlacementRules.lineChainLinked(person, p))
                        .map(Person::getId)
                        .collect(Collectors.toSet());
                facilitatorList.add(new Facilitator(
                        person.getId(),
                        person.getFullName(),
                        f.getValue(),
                        person.getOrganisation().getId(),
                        lineChain));
            }
        }
        return AllocationRequest.of(participants, layout, programme.getMinSetSize(), programme.getMaxSetSize())
                .withPins(pins == null ? Map.of() : new HashMap<>(pins))
                .withFacilitators(facilitatorList)
                .withEarlierSets(earlierSets(programme, facilitatorList), cohortRule);
    }

    /**
     * The sets of programmes that started before this one which hold someone enrolled in it, with their members
     * and, for the facilitators offered, whom they facilitated: two statements, whatever the numbers.
     */
    private List<EarlierSet> earlierSets(Programme programme, List<Facilitator> facilitatorList) {
        Map<String, EarlierPlacement> setsById = new LinkedHashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        Map<String, List<String>> facilitatedBy = new HashMap<>();
        em.createNamedQuery("Membership.earlierOfEnrolled", EarlierPlacement.class)
                .setParameter("programme", programme)
                .setParameter("start", programme.getStartDate())
                .getResultStream()
                .forEach(e -> {
                    setsById.putIfAbsent(e.setId(), e);
                    members.computeIfAbsent(e.setId(), id -> new ArrayList<>()).add(e.personId());
                });
        if (!facilitatorList.isEmpty() && !setsById.isEmpty()) {
            em.createNamedQuery("FacilitatorAssignment.earlierOfPeople", EarlierPlacement.class)
                    .setParameter(
                            "people",
                            facilitatorList.stream().map(Facilitator::id).toList())
                    .setParameter("start", programme.getStartDate())
                    .getResultStream()
                    .filter(e -> setsById.containsKey(e.setId()))
                    .forEach(e -> facilitatedBy
                            .computeIfAbsent(e.setId(), id -> new ArrayList<>())
                            .add(e.personId()));
        }
        return setsById.values().stream()
                .map(e -> new EarlierSet(
                        e.programmeName(),
                        e.setName(),
                        members.get(e.setId()),
                        facilitatedBy.getOrDefault(e.setId(), List.of())))
                .toList();
    }

    private List<Person> waitingPeople(Programme programme) {
        return em.createNamedQuery("Enrolment.unallocated", Person.class)
                .setParameter("programme", programme)
                .getResultList();
    }

    private List<Participant> participants(Programme programme) {
        return waitingPeople(programme).stream()
                .map(p -> Participant.of(
                                p.getId(), p.getFullName(), p.getOrganisation().getId())
                        .withOrganisationName(p.getOrganisation().getName())
                        .withLineManager(
                                p.getLineManager() == null
                                        ? null
                                        : p.getLineManager().getId())
                        .withProfession(p.getProfession())
                        .withClinicalArea(p.getClinicalArea()))
                .toList();
    }

    /** The sets the engine works with for this request, in order (derived ones included). */
    private static List<SetDefinition> layoutSets(AllocationRequest request) {
        return AllocationValidator.validate(request).sets();
    }
}
