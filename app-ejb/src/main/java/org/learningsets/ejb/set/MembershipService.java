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
import java.util.List;
import org.learningsets.ejb.history.ProgrammeChanges;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.ChangeKind;
import org.learningsets.model.programme.Enrolment;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;
import org.learningsets.model.set.MembershipStatus;

/**
 * Who is in which set: add, move, withdraw, with the history kept and each change recorded. The set's row is
 * locked while a member is added, so simultaneous additions can never take a set past its maximum size; every
 * addition is checked against the hard rules of allocation ({@link PlacementRules}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class MembershipService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PlacementRules rules;

    @Inject
    ProgrammeChanges changes;

    /** Adds someone (a late joiner) to a set; they are enrolled in its programme if they were not yet. */
    public void add(@NotNull String setId, @NotNull String personId) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        Person person = Find.byId(em, Person.class, personId, "The person");
        rules.requireCanJoin(set, person, null);
        enrol(set, person);
        em.persist(new Membership(set, person, clock.instant()));
        changes.record(set, ChangeKind.MEMBER_ADDED, person.getFullName() + " joined " + set.getName() + ".");
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
        rules.requireCanJoin(to, person, from);
        current.end(MembershipStatus.MOVED, clock.instant(), null);
        em.flush();
        em.persist(new Membership(to, person, clock.instant()));
        changes.record(
                from,
                ChangeKind.MEMBER_MOVED,
                person.getFullName() + " moved from " + from.getName() + " to " + to.getName() + ".");
        changes.record(
                to,
                ChangeKind.MEMBER_MOVED,
                person.getFullName() + " moved from " + from.getName() + " to " + to.getName() + ".");
    }

    /**
     * Ends a membership with the reason kept; what the person wrote stays theirs (nothing of it is removed), and
     * they stay enrolled, counted as withdrawn.
     */
    public void withdraw(
            @NotNull String setId,
            @NotNull String personId,
            @NotBlank(message = "Give the reason for the withdrawal.")
                    @Size(
                            max = FieldLengths.REASON,
                            message = "Keep the reason to " + FieldLengths.REASON + " characters.")
                    String reason) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        Person person = Find.byId(em, Person.class, personId, "The person");
        activeMembership(set, person).end(MembershipStatus.WITHDRAWN, clock.instant(), reason);
        changes.record(
                set,
                ChangeKind.MEMBER_WITHDRAWN,
                person.getFullName() + " withdrew from " + set.getName() + ": " + reason.strip());
    }

    /** Everyone who has been in the set, current members first in joining order, then the ones who left. */
    public List<SetViews.MemberView> history(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        return em.createNamedQuery("Membership.historyOfSet", Membership.class)
                .setParameter("set", set)
                .getResultStream()
                .map(m -> new SetViews.MemberView(
                        m.getPerson().getId(),
                        m.getPerson().getFullName(),
                        m.getPerson().getOrganisation().getName(),
                        m.getPerson().getProfession(),
                        m.getPerson().getClinicalArea(),
                        m.getJoinedAt(),
                        m.getEndedAt(),
                        m.getStatus(),
                        m.getEndReason()))
                .toList();
    }

    private void enrol(LearningSet set, Person person) {
        if (em.createNamedQuery("Enrolment.exists", Long.class)
                        .setParameter("programme", set.getProgramme())
                        .setParameter("person", person)
                        .getSingleResult()
                == 0) {
            em.persist(new Enrolment(set.getProgramme(), person, clock.instant()));
        }
    }

    private Membership activeMembership(LearningSet set, Person person) {
        return em.createQuery(
                        "select m from Membership m where m.set = :set and m.person = :person and "
                                + "m.status = org.learningsets.model.set.MembershipStatus.ACTIVE",
                        Membership.class)
                .setParameter("set", set)
                .setParameter("person", person)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new StateException(person.getFullName() + " is not a member of " + set.getName() + "."));
    }
}
