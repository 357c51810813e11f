package org.learningsets.ejb.set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;
import org.learningsets.model.set.SetState;

/**
 * The hard rules of allocation, checked again whenever a programme lead changes a set by hand: nobody with their
 * own line manager, nobody facilitated by someone in their line management chain, and no second person of an
 * organisation where another set of the programme has room and nobody from it. A refusal names the people and
 * sets concerned and what to do instead.
 */
@Dependent
public class PlacementRules {

    @PersistenceContext
    EntityManager em;

    /** True when one of the two manages the other, directly or through others. */
    public static boolean lineChainLinked(Person a, Person b) {
        return manages(a, b) || manages(b, a);
    }

    private static boolean manages(Person manager, Person person) {
        for (Person above = person.getLineManager(); above != null; above = above.getLineManager()) {
            if (above.equals(manager)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses with the reasons when {@code person} may not join {@code set} now; {@code leaving} is the set they
     * leave in the same step (a move), or null.
     */
    public void requireCanJoin(LearningSet set, Person person, LearningSet leaving) {
        Map<LearningSet, List<Person>> membersBySet = requireCanJoinNow(set, person, leaving);
        requireOrganisationSpread(set, person, leaving, membersBySet);
    }

    /**
     * The same but for the spread of organisations, which an accepted allocation was judged on as a whole: people
     * are added one by one, and the second of three colleagues must be able to join before the third is placed.
     */
    public void requireCanJoinAsAllocated(LearningSet set, Person person) {
        requireCanJoinNow(set, person, null);
    }

    private Map<LearningSet, List<Person>> requireCanJoinNow(LearningSet set, Person person, LearningSet leaving) {
        if (set.getState() == SetState.CLOSED || set.getState() == SetState.ARCHIVED) {
            throw new StateException(
                    set.getName() + " is " + set.getState().getLabel().toLowerCase() + "; nobody can join it.");
        }
        Map<LearningSet, List<Person>> membersBySet = activeMembersOfProgramme(set);
        List<Person> members = membersBySet.getOrDefault(set, List.of());
        int max = set.getProgramme().getMaxSetSize();
        if (members.size() >= max) {
            throw new StateException(set.getName() + " is full: it has " + members.size() + " members, the most "
                    + "this programme allows.");
        }
        membersBySet.forEach((other, people) -> {
            if (!other.equals(leaving) && people.contains(person)) {
                throw new StateException(person.getFullName() + " is already in " + other.getName()
                        + " of this programme; move them instead.");
            }
        });
        List<FacilitatorAssignment> facilitators = currentFacilitators(set);
        for (FacilitatorAssignment f : facilitators) {
            if (f.getPerson().equals(person)) {
                throw new InvalidInputException(
                        person.getFullName() + " facilitates " + set.getName() + " and cannot also be a member of it.");
            }
            if (lineChainLinked(f.getPerson(), person)) {
                throw new InvalidInputException(person.getFullName() + " cannot join " + set.getName() + ": its "
                        + "facilitator " + f.getPerson().getFullName() + " is in " + person.getFullName()
                        + "'s line management chain.");
            }
        }
        for (Person other : members) {
            if (person.equals(other.getLineManager()) || other.equals(person.getLineManager())) {
                throw new InvalidInputException(person.getFullName() + " cannot join " + set.getName() + ": "
                        + other.getFullName() + " is in it, and one is the other's line manager.");
            }
        }
        return membersBySet;
    }

    /** A second person of one organisation only where no other set has room for them without one. */
    private void requireOrganisationSpread(
            LearningSet set, Person person, LearningSet leaving, Map<LearningSet, List<Person>> membersBySet) {
        List<Person> colleagues = membersBySet.getOrDefault(set, List.of()).stream()
                .filter(p -> !p.equals(person) && p.getOrganisation().equals(person.getOrganisation()))
                .toList();
        if (colleagues.isEmpty()) {
            return;
        }
        int max = set.getProgramme().getMaxSetSize();
        List<String> better = openSetsOf(set).stream()
                .filter(other -> !other.equals(set))
                .filter(other -> {
                    List<Person> there = membersBySet.getOrDefault(other, List.of()).stream()
                            .filter(p -> !p.equals(person))
                            .toList();
                    return there.size() < max
                            && there.stream().noneMatch(p -> p.getOrganisation().equals(person.getOrganisation()));
                })
                .map(other -> other.equals(leaving) ? other.getName() + " (where they are now)" : other.getName())
                .toList();
        if (!better.isEmpty()) {
            String organisation = person.getOrganisation().getName();
            throw new InvalidInputException(set.getName() + " already has " + names(colleagues) + " from "
                    + organisation + ", and " + String.join(", ", better) + (better.size() == 1 ? " has" : " have")
                    + " room and nobody from " + organisation + ": place " + person.getFullName()
                    + " there instead, so that people of one organisation are spread across the sets.");
        }
    }

    /**
     * Why {@code candidate} may not facilitate {@code set}, or empty when they may: a member's line management
     * chain always; a member's organisation only while another facilitator without either conflict is free.
     *
     * @param others the other people who can facilitate, to judge "where the numbers allow"
     */
    public static Optional<String> facilitatorConflict(
            LearningSet set, Person candidate, List<Person> members, List<Person> others) {
        Optional<String> line = lineConflict(set, candidate, members);
        if (line.isPresent()) {
            return line;
        }
        List<Person> colleagues = sameOrganisation(candidate, members);
        if (colleagues.isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> free = others.stream()
                .filter(o -> !o.equals(candidate))
                .filter(o -> !members.contains(o))
                .filter(o -> lineConflict(set, o, members).isEmpty()
                        && sameOrganisation(o, members).isEmpty())
                .findFirst();
        return free.map(o -> candidate.getFullName() + " works for "
                + candidate.getOrganisation().getName()
                + ", as " + names(colleagues) + " in " + set.getName() + " " + (colleagues.size() == 1 ? "does" : "do")
                + "; " + o.getFullName() + " can facilitate it without that, so choose them or another "
                + "facilitator from elsewhere.");
    }

    /** Why {@code candidate} may never facilitate the set: a member in their line management chain. */
    public static Optional<String> lineConflict(LearningSet set, Person candidate, List<Person> members) {
        return members.stream()
                .filter(m -> lineChainLinked(candidate, m))
                .findFirst()
                .map(m -> candidate.getFullName() + " cannot facilitate " + set.getName() + ": " + m.getFullName()
                        + ", a member, is in " + candidate.getFullName() + "'s line management chain.");
    }

    private static List<Person> sameOrganisation(Person candidate, List<Person> members) {
        return members.stream()
                .filter(m -> m.getOrganisation().equals(candidate.getOrganisation()))
                .toList();
    }

    /** The set's current members, by name. */
    public List<Person> activeMembers(LearningSet set) {
        return em.createNamedQuery("Membership.activeOfSet", Membership.class)
                .setParameter("set", set)
                .getResultStream()
                .map(Membership::getPerson)
                .toList();
    }

    public List<FacilitatorAssignment> currentFacilitators(LearningSet set) {
        return em.createNamedQuery("FacilitatorAssignment.currentOfSet", FacilitatorAssignment.class)
                .setParameter("set", set)
                .getResultList();
    }

    /** The programme's sets that people can still join, by name. */
    public List<LearningSet> openSetsOf(LearningSet set) {
        return em.createNamedQuery("LearningSet.findByProgramme", LearningSet.class)
                .setParameter("programme", set.getProgramme())
                .getResultStream()
                .filter(s -> s.getState() != SetState.CLOSED && s.getState() != SetState.ARCHIVED)
                .toList();
    }

    /** Everyone in a set of the programme now, set by set, in one statement. */
    private Map<LearningSet, List<Person>> activeMembersOfProgramme(LearningSet set) {
        Map<LearningSet, List<Person>> bySet = new LinkedHashMap<>();
        em.createNamedQuery("Membership.activeOfProgramme", Membership.class)
                .setParameter("programme", set.getProgramme())
                .getResultStream()
                .forEach(m -> bySet.computeIfAbsent(m.getSet(), s -> new ArrayList<>())
                        .add(m.getPerson()));
        return bySet;
    }

    private static String names(List<Person> people) {
        return people.stream()
                .map(Person::getFullName)
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(" and "));
    }
}
