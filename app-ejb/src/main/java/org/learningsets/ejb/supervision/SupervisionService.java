package org.learningsets.ejb.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.programme.ProgrammeDraft;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Cadence;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;

/**
 * Supervision sets: a programme's facilitators meet as a set of their own, to bring their facilitation issues, on the
 * same set, meeting and round machinery as any set and under the same confidentiality. The set lives in a programme
 * of its own that names the programme it supervises, so that the facilitators never count among that programme's
 * participants, sets or figures.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SupervisionService {

    static final String SET_NAME = "Supervision set";
    private static final String SUFFIX = ": facilitators' supervision";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    ProgrammeService programmes;

    @EJB
    SetService sets;

    @EJB
    MembershipService memberships;

    @EJB
    FacilitatorService facilitators;

    /** The supervision of the programme's facilitators, once it has been started. */
    public Optional<Supervision> of(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        return em.createNamedQuery("Programme.supervisionOf", Programme.class)
                .setParameter("programme", programme)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    /** For a supervision programme: the name of the programme whose facilitators it supervises. */
    public Optional<String> supervisedBy(@NotNull String programmeId) {
        return Find.byId(em, Programme.class, programmeId, "The programme")
                .getSupervises()
                .map(Programme::getName);
    }

    /**
     * The members a supervision set would start with (the programme's facilitators now, by name) and who may be
     * offered as supervisor: the network's facilitators, except one of the programme's own who would leave fewer than
     * two members. The placement rules towards the members are checked when the set is started, where a refusal names
     * who could supervise instead (counting them here would cost statements by the facilitator).
     */
    public SupervisionProposal proposal(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        List<Person> current = currentFacilitators(programme);
        Set<String> ids = current.stream().map(Person::getId).collect(Collectors.toSet());
        return new SupervisionProposal(
                current.stream().map(Person::getFullName).toList(),
                facilitators.pool().stream()
                        .filter(c -> ids.size() - (ids.contains(c.personId()) ? 1 : 0) >= Programme.SMALLEST_SET)
                        .toList());
    }

    /**
     * Starts a supervision set for the programme's facilitators, led by {@code supervisorId}: a programme of its own
     * (open, with the programme's dates from today and its meeting pattern), one set in it with every current
     * facilitator of the programme's sets as a member (the supervisor excepted) and the supervisor as its lead
     * facilitator. Facilitators without the member role get it, for the pages of a set's members. The set then forms
     * and meets like any other. Returns the set's id.
     */
    public String start(@NotNull String programmeId, @NotNull String supervisorId) {
        Programme supervised = Find.byIdForUpdate(em, Programme.class, programmeId, "The programme");
        Person supervisor = Find.byId(em, Person.class, supervisorId, "The supervisor");
        if (supervised.isClosed()) {
            throw new StateException(supervised.getName() + " is closed; its facilitators no longer meet.");
        }
        if (supervised.getSupervises().isPresent()) {
            throw new StateException(supervised.getName() + " is itself a supervision programme.");
        }
        of(programmeId).ifPresent(existing -> {
            throw new StateException(supervised.getName() + " already has a supervision set, " + existing.setName()
                    + " in " + existing.programmeName() + ".");
        });
        List<Person> members = currentFacilitators(supervised).stream()
                .filter(p -> !p.equals(supervisor))
                .toList();
        if (members.size() < Programme.SMALLEST_SET) {
            throw new StateException("A supervision set needs at least " + Programme.SMALLEST_SET
                    + " facilitators besides its supervisor; " + supervised.getName() + " has " + members.size()
                    + ". Give its sets their facilitators first.");
        }
        if (members.size() > Programme.LARGEST_SET) {
            throw new StateException(supervised.getName() + " has " + members.size() + " facilitators besides the "
                    + "supervisor, more than the " + Programme.LARGEST_SET + " a set can hold.");
        }
        String supervisionId = programmes.create(draft(supervised, members.size()));
        Programme supervision = em.find(Programme.class, supervisionId);
        supervision.supervise(supervised);
        supervision.ledBy(supervised.getLead());
        programmes.open(supervisionId);
        String setId = sets.create(supervisionId, SET_NAME);
        members.forEach(member -> {
            memberships.add(setId, member.getId());
            // A facilitator's account may have no member role yet: the set's pages for members need it.
            em.createNamedQuery("Account.findByEmail", Account.class)
                    .setParameter("email", member.getEmail())
                    .getResultStream()
                    .findFirst()
                    .ifPresent(account -> account.grant(Role.MEMBER));
        });
        facilitators.assign(setId, supervisor.getId(), FacilitatorRole.LEAD);
        return setId;
    }

    /** The supervised programme's pattern of meetings, from today (or its start) to its end, sized for everyone. */
    private ProgrammeDraft draft(Programme supervised, int members) {
        Cadence cadence = supervised.getCadence();
        LocalDate today = LocalDate.now(clock);
        LocalDate start = supervised.getStartDate().isAfter(today) ? supervised.getStartDate() : today;
        if (!supervised.getEndDate().isAfter(start)) {
            throw new StateException(supervised.getName() + " ends on " + supervised.getEndDate()
                    + "; there is no time left for a supervision set.");
        }
        String name = supervised.getName();
        int room = FieldLengths.NAME - SUFFIX.length();
        return new ProgrammeDraft(
                (name.length() > room ? name.substring(0, room).strip() : name) + SUFFIX,
                supervised.getSponsor().getName(),
                start,
                supervised.getEndDate(),
                cadence.getKind(),
                cadence.getWeekday(),
                cadence.getWeekOfMonth(),
                cadence.getIntervalWeeks(),
                cadence.getStartTime(),
                supervised.getMeetingMinutes(),
                Programme.SMALLEST_SET,
                Math.max(Programme.SMALLEST_SET, members),
                supervised.getMinimumMeetings(),
                supervised.getMode());
    }

    /** Everyone facilitating one of the programme's sets now, each once, by name. */
    private List<Person> currentFacilitators(Programme programme) {
        return em.createNamedQuery("FacilitatorAssignment.currentOfProgramme", FacilitatorAssignment.class)
                .setParameter("programme", programme)
                .getResultStream()
                .map(FacilitatorAssignment::getPerson)
                .distinct()
                .sorted(Comparator.comparing(Person::getFullName))
                .toList();
    }

    private Supervision view(Programme supervision) {
        LearningSet set = em.createNamedQuery("LearningSet.findByProgramme", LearningSet.class)
                .setParameter("programme", supervision)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new StateException(supervision.getName() + " has no set."));
        String supervisor = em.createNamedQuery("FacilitatorAssignment.currentOfSet", FacilitatorAssignment.class)
                .setParameter("set", set)
                .getResultStream()
                .filter(f -> f.getRole() == FacilitatorRole.LEAD)
                .map(f -> f.getPerson().getFullName())
                .findFirst()
                .orElse(null);
        List<String> members = em.createNamedQuery("Membership.activeOfSet", Membership.class)
                .setParameter("set", set)
                .getResultStream()
                .map(m -> m.getPerson().getFullName())
                .sorted()
                .toList();
        return new Supervision(
                supervision.getId(), supervision.getName(), set.getId(), set.getName(), supervisor, members);
    }
}
