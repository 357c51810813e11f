package org.learningsets.ejb.development;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.development.DevelopmentViews.MentorSet;
import org.learningsets.ejb.development.DevelopmentViews.TraineeshipView;
import org.learningsets.ejb.history.ProgrammeChanges;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.set.PlacementRules;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.development.DevelopmentRecord;
import org.learningsets.model.development.RecordShare;
import org.learningsets.model.development.Traineeship;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.ChangeKind;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;

/**
 * Co-facilitation as training, for programme leads: a trainee co-facilitates a set with its lead facilitator as
 * mentor for an agreed number of meetings; the lead follows the progress (counts and dates, never the reflections'
 * text) and signs the trainee off as a facilitator once the meetings are held.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TraineeshipService {

    /** A set a trainee can join: forming or meeting with its facilitator, not self-facilitating or over. */
    private static final EnumSet<SetState> TRAINING = EnumSet.of(SetState.FORMING, SetState.ACTIVE);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    @Inject
    SetAccess access;

    @Inject
    ProgrammeChanges changes;

    @Inject
    DevelopmentRecordAccess records;

    /** The programme's traineeships, newest first, with their progress. */
    public List<TraineeshipView> ofProgramme(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        return em.createNamedQuery("Traineeship.ofProgramme", Traineeship.class)
                .setParameter("programme", programme)
                .getResultStream()
                .map(t -> TraineeshipProgress.view(em, t))
                .toList();
    }

    /** The programme's forming or meeting sets with a lead facilitator, who would mentor a trainee there. */
    public List<MentorSet> mentorSets(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        return em.createNamedQuery("FacilitatorAssignment.currentOfProgramme", FacilitatorAssignment.class)
                .setParameter("programme", programme)
                .getResultStream()
                .filter(f -> f.getRole() == FacilitatorRole.LEAD
                        && TRAINING.contains(f.getSet().getState()))
                .map(f -> new MentorSet(
                        f.getSet().getId(), f.getSet().getName(), f.getPerson().getFullName()))
                .sorted(Comparator.comparing(MentorSet::setName))
                .toList();
    }

    /** Everyone signed off through co-facilitation, newest first: for the facilitator assessments page. */
    public List<TraineeshipView> signedOff() {
        return em.createNamedQuery("Traineeship.signedOff", Traineeship.class)
                .getResultStream()
                .map(t -> TraineeshipProgress.view(em, t))
                .toList();
    }

    /**
     * Starts a traineeship: the person who signs in as {@code traineeEmail} co-facilitates the set with its lead
     * facilitator as mentor for {@code agreedMeetings} meetings. They are assigned as co-facilitator and given the
     * facilitator role (for the live meeting's controls and a development record of their own, which is shared with
     * the mentor so both can write their reflections there); until signed off they are not offered as a facilitator
     * elsewhere. Returns the traineeship's id.
     */
    public String start(
            @NotNull String setId, @Size(max = FieldLengths.EMAIL) String traineeEmail, int agreedMeetings) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        if (!TRAINING.contains(set.getState())) {
            throw new StateException(
                    set.getName() + " is " + set.getState().getLabel().toLowerCase()
                            + ": a trainee co-facilitates a set that is forming or meeting with its facilitator.");
        }
        List<FacilitatorAssignment> current = em.createNamedQuery(
                        "FacilitatorAssignment.currentOfSet", FacilitatorAssignment.class)
                .setParameter("set", set)
                .getResultList();
        Person mentor = current.stream()
                .filter(f -> f.getRole() == FacilitatorRole.LEAD)
                .map(FacilitatorAssignment::getPerson)
                .findFirst()
                .orElseThrow(() -> new StateException(set.getName()
                        + " has no lead facilitator to mentor a trainee; choose its lead facilitator first."));
        if (!inTraining(mentor).isEmpty()) {
            throw new StateException(mentor.getFullName() + ", the lead facilitator of " + set.getName()
                    + ", is in training themselves and cannot mentor a trainee yet.");
        }
        String address = Checks.email(traineeEmail);
        Account account = em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst()
                .filter(Account::isEnabled)
                .orElseThrow(() -> new InvalidInputException(
                        "Nobody signs in as " + address + ". A trainee needs an account of their own."));
        Person trainee = account.getPerson();
        if (current.stream().anyMatch(f -> f.getPerson().equals(trainee))) {
            throw new InvalidInputException(trainee.getFullName() + " already facilitates " + set.getName() + ".");
        }
        if (access.isActiveMember(set, trainee)) {
            throw new InvalidInputException(
                    trainee.getFullName() + " is a member of " + set.getName() + " and cannot also facilitate it.");
        }
        inTraining(trainee).stream().findFirst().ifPresent(t -> {
            throw new ConflictException(trainee.getFullName() + " is in training already, co-facilitating "
                    + t.getSet().getName() + " with " + t.getMentor().getFullName() + ".");
        });
        PlacementRules.lineConflict(set, trainee, activeMembers(set)).ifPresent(reason -> {
            throw new InvalidInputException(reason);
        });
        Instant now = clock.instant();
        Traineeship traineeship = new Traineeship(set, trainee, mentor, agreedMeetings, now);
        account.grant(Role.FACILITATOR);
        em.persist(new FacilitatorAssignment(set, trainee, FacilitatorRole.CO_FACILITATOR, now));
        shareWithMentor(trainee, mentor, now);
        em.persist(traineeship);
        changes.record(
                set,
                ChangeKind.FACILITATOR_ASSIGNED,
                trainee.getFullName() + " is now co-facilitator of " + set.getName() + " in training, mentored by "
                        + mentor.getFullName() + ", for " + agreedMeetings + " meetings.");
        return traineeship.getId();
    }

    /**
     * Signs the trainee off as a facilitator once the set has held the agreed meetings since the start; earlier is
     * refused with the numbers. From then on they are offered as a facilitator like any other.
     */
    public void signOff(@NotNull String traineeshipId) {
        Traineeship t = Find.byIdForUpdate(em, Traineeship.class, traineeshipId, "The traineeship");
        t.signOff(callers.person(), clock.instant(), TraineeshipProgress.meetingsHeld(em, t));
    }

    /** Ends a traineeship without sign-off; the trainee stops co-facilitating the set. */
    public void end(@NotNull String traineeshipId) {
        Traineeship t = Find.byIdForUpdate(em, Traineeship.class, traineeshipId, "The traineeship");
        Instant now = clock.instant();
        t.end(now);
        em.createNamedQuery("FacilitatorAssignment.currentOfSet", FacilitatorAssignment.class)
                .setParameter("set", t.getSet())
                .getResultStream()
                .filter(f -> f.getPerson().equals(t.getTrainee()))
                .forEach(f -> f.end(now));
        changes.record(
                t.getSet(),
                ChangeKind.FACILITATOR_STEPPED_DOWN,
                t.getTrainee().getFullName() + "'s traineeship in " + t.getSet().getName()
                        + " ended without sign-off; they no longer co-facilitate it.");
    }

    private List<Traineeship> inTraining(Person person) {
        return em.createNamedQuery("Traineeship.inTraining", Traineeship.class)
                .setParameter("trainee", person)
                .getResultList();
    }

    private List<Person> activeMembers(LearningSet set) {
        return em.createNamedQuery("Person.activeMembersOfSet", Person.class)
                .setParameter("set", set)
                .getResultList();
    }

    /** The trainee's development record (started if need be), shared with the mentor for their reflections. */
    private void shareWithMentor(Person trainee, Person mentor, Instant now) {
        DevelopmentRecord record = DevelopmentRecordService.recordOf(em, trainee, now);
        if (records.shareOf(record, mentor) == null) {
            em.persist(new RecordShare(record, mentor, now));
        }
    }
}
