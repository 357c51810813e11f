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
import java.util.List;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;

/** Facilitators of sets: assign (lead or co-facilitator), hand over, and each facilitator's load. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class FacilitatorService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SetAccess access;

    public void assign(@NotNull String setId, @NotNull String personId, @NotNull FacilitatorRole role) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        Person person = Find.byId(em, Person.class, personId, "The person");
        List<FacilitatorAssignment> current = current(set);
        requireCanJoin(set, person, current);
        if (role == FacilitatorRole.LEAD && current.stream().anyMatch(f -> f.getRole() == FacilitatorRole.LEAD)) {
            throw new StateException(set.getName() + " already has a lead facilitator; hand over instead, or "
                    + "add a co-facilitator.");
        }
        em.persist(new FacilitatorAssignment(set, person, role, clock.instant()));
    }

    /** The outgoing facilitator's assignment ends; the incoming one takes the same role from now on. */
    public void handOver(@NotNull String setId, @NotNull String fromPersonId, @NotNull String toPersonId) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        List<FacilitatorAssignment> current = current(set);
        FacilitatorAssignment outgoing = current.stream()
                .filter(f -> f.getPerson().getId().equals(fromPersonId)).findFirst()
                .orElseThrow(() -> new StateException("That person does not facilitate " + set.getName() + "."));
        Person incoming = Find.byId(em, Person.class, toPersonId, "The new facilitator");
        requireCanJoin(set, incoming, current);
        outgoing.end(clock.instant());
        em.persist(new FacilitatorAssignment(set, incoming, outgoing.getRole(), clock.instant()));
    }

    public List<SetViews.FacilitatorView> facilitators(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        return current(set).stream()
                .sorted(Comparator.comparing(FacilitatorAssignment::getRole)
                        .thenComparing(FacilitatorAssignment::getAssignedAt))
                .map(f -> new SetViews.FacilitatorView(f.getPerson().getId(),
                f.getPerson().getFullName(), f.getRole().name(), f.getAssignedAt())).toList();
    }

    /** How many forming or meeting sets each facilitator holds now, across all programmes. */
    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
    public List<SetViews.FacilitatorLoad> load() {
        return em.createNamedQuery("FacilitatorAssignment.load", Object[].class)
                .setParameter("states", EnumSet.of(SetState.FORMING, SetState.ACTIVE, SetState.SELF_FACILITATING))
                .getResultStream()
                .map(r -> new SetViews.FacilitatorLoad((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    private List<FacilitatorAssignment> current(LearningSet set) {
        return em.createNamedQuery("FacilitatorAssignment.currentOfSet", FacilitatorAssignment.class)
                .setParameter("set", set).getResultList();
    }

    /** A new facilitator of the set: has the role, does not facilitate it already, is not one of its members. */
    private void requireCanJoin(LearningSet set, Person person, List<FacilitatorAssignment> current) {
        requireFacilitatorAccount(person);
        if (current.stream().anyMatch(f -> f.getPerson().equals(person))) {
            throw new InvalidInputException(person.getFullName() + " already facilitates " + set.getName() + ".");
        }
        if (access.isActiveMember(set, person)) {
            throw new InvalidInputException(person.getFullName() + " is a member of " + set.getName()
                    + " and cannot also facilitate it.");
        }
    }

    private void requireFacilitatorAccount(Person person) {
        boolean facilitator = em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", person.getEmail()).getResultStream()
                .anyMatch(a -> a.isEnabled() && a.getRoles().contains(Role.FACILITATOR));
        if (!facilitator) {
            throw new InvalidInputException(person.getFullName() + " does not have the facilitator role.");
        }
    }
}
