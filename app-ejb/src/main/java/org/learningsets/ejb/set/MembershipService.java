package org.learningsets.ejb.set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;
import org.learningsets.model.set.MembershipStatus;
import org.learningsets.model.set.SetState;

/**
 * Who is in which set: add, move, withdraw, with the history kept. The set's row is locked while a member is
 * added, so simultaneous additions can never take a set past its maximum size.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class MembershipService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SetAccess access;

    public void add(@NotNull String setId, @NotNull String personId) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        Person person = Find.byId(em, Person.class, personId, "The person");
        join(set, person);
    }

    /** Moves a member to another set of the same programme; the old membership is kept as MOVED. */
    public void move(@NotNull String personId, @NotNull String fromSetId, @NotNull String toSetId) {
        if (fromSetId.equals(toSetId)) {
            throw new InvalidInputException("Choose a different set to move to.");
        }
        LearningSet from = Find.byId(em, LearningSet.class, fromSetId, "The set to move from");
        LearningSet to = Find.byIdForUpdate(em, LearningSet.class, toSetId, "The set to move to");
        if (!from.getProgramme().equals(to.getProgramme())) {
            throw new InvalidInputException("People move between sets of the same programme only.");
        }
        Person person = Find.byId(em, Person.class, personId, "The person");
        Membership current = activeMembership(from, person);
        current.end(MembershipStatus.MOVED, clock.instant());
        em.flush();
        join(to, person);
    }

    public void withdraw(@NotNull String setId, @NotNull String personId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        Person person = Find.byId(em, Person.class, personId, "The person");
        activeMembership(set, person).end(MembershipStatus.WITHDRAWN, clock.instant());
    }

    /** Everyone who has been in the set, current members first in joining order, then the ones who left. */
    public List<SetViews.MemberView> history(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        return em.createNamedQuery("Membership.historyOfSet", Membership.class).setParameter("set", set)
                .getResultStream()
                .map(m -> new SetViews.MemberView(m.getPerson().getId(), m.getPerson().getFullName(),
                        m.getPerson().getOrganisation().getName(), m.getPerson().getProfession(),
                        m.getPerson().getClinicalArea(), m.getJoinedAt(), m.getEndedAt(), m.getStatus().name()))
                .toList();
    }

    private void join(LearningSet set, Person person) {
        if (set.getState() == SetState.CLOSED || set.getState() == SetState.ARCHIVED) {
            throw new StateException(set.getName() + " is " + set.getState().getLabel().toLowerCase()
                    + "; nobody can join it.");
        }
        List<Membership> members = em.createNamedQuery("Membership.activeOfSet", Membership.class)
                .setParameter("set", set).getResultList();
        int max = set.getProgramme().getMaxSetSize();
        if (members.size() >= max) {
            throw new StateException(set.getName() + " is full: it has " + members.size() + " members, the most "
                    + "this programme allows.");
        }
        em.createNamedQuery("Membership.activeInProgramme", Membership.class).setParameter("person", person)
                .setParameter("programme", set.getProgramme()).getResultStream().findFirst().ifPresent(m -> {
                    throw new StateException(person.getFullName() + " is already in " + m.getSet().getName()
                            + " of this programme; move them instead.");
                });
        if (access.isCurrentFacilitator(set, person)) {
            throw new InvalidInputException(person.getFullName() + " facilitates " + set.getName()
                    + " and cannot also be a member of it.");
        }
        for (Membership m : members) {
            Person other = m.getPerson();
            if (person.equals(other.getLineManager()) || other.equals(person.getLineManager())) {
                throw new InvalidInputException(person.getFullName() + " cannot join " + set.getName() + ": "
                        + other.getFullName() + " is in it, and one is the other's line manager.");
            }
        }
        em.persist(new Membership(set, person, clock.instant()));
    }

    private Membership activeMembership(LearningSet set, Person person) {
        return em.createQuery("select m from Membership m where m.set = :set and m.person = :person and "
                + "m.status = org.learningsets.model.set.MembershipStatus.ACTIVE", Membership.class)
                .setParameter("set", set).setParameter("person", person).getResultStream().findFirst()
                .orElseThrow(() -> new StateException(person.getFullName() + " is not a member of "
                        + set.getName() + "."));
    }
}
