package org.learningsets.model.development;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;

/**
 * Co-facilitation as training: a trainee co-facilitates a set with its lead facilitator (their mentor) for an agreed
 * number of meetings, both reflect on each meeting in the trainee's development record, and the programme lead signs
 * the trainee off as a facilitator once the meetings are done.
 */
@Entity
@Table(name = "traineeship")
@NamedQuery(
        name = "Traineeship.ofProgramme",
        query = "select t from Traineeship t join fetch t.trainee join fetch t.mentor join fetch t.set"
                + " where t.set.programme = :programme order by t.startedAt desc")
@NamedQuery(
        name = "Traineeship.ofTrainee",
        query = "select t from Traineeship t join fetch t.mentor join fetch t.set where t.trainee = :trainee"
                + " order by t.startedAt desc")
@NamedQuery(
        name = "Traineeship.inTraining",
        query = "select t from Traineeship t where t.trainee = :trainee"
                + " and t.status = org.learningsets.model.development.TraineeshipStatus.IN_TRAINING")
@NamedQuery(
        name = "Traineeship.signedOff",
        query = "select t from Traineeship t join fetch t.trainee join fetch t.set"
                + " where t.status = org.learningsets.model.development.TraineeshipStatus.SIGNED_OFF"
                + " order by t.signedOffAt desc")
// The meetings a trainee co-facilitated: the set's meetings held from the day the traineeship started.
@NamedQuery(
        name = "Traineeship.meetingsHeldSince",
        query = "select count(m) from Meeting m where m.set = :set"
                + " and m.status = org.learningsets.model.meeting.MeetingStatus.HELD and m.startsAt >= :from")
public class Traineeship extends EditableEntity {

    public static final int FEWEST_MEETINGS = 1;
    public static final int MOST_MEETINGS = 12;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
    private Person trainee;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mentor_id", nullable = false, updatable = false)
    private Person mentor;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false, updatable = false)
    private LearningSet set;

    @Min(FEWEST_MEETINGS)
    @Max(MOST_MEETINGS)
    @Column(name = "agreed_meetings", nullable = false)
    private int agreedMeetings;

    @NotNull
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TraineeshipStatus status = TraineeshipStatus.IN_TRAINING;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signed_off_by")
    private Person signedOffBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Traineeship() {}

    public Traineeship(LearningSet set, Person trainee, Person mentor, int agreedMeetings, Instant startedAt) {
        this.set = Checks.required(set, "Set");
        this.trainee = Checks.required(trainee, "Trainee");
        this.mentor = Checks.required(mentor, "Mentor");
        if (trainee.equals(mentor)) {
            throw new InvalidInputException(trainee.getFullName() + " leads " + set.getName()
                    + " already: a trainee co-facilitates with another, experienced facilitator.");
        }
        this.agreedMeetings = Checks.between(
                agreedMeetings, FEWEST_MEETINGS, MOST_MEETINGS, "The number of meetings to co-facilitate");
        this.startedAt = Checks.required(startedAt, "Time started");
    }

    /** Once the agreed meetings are held, the lead signs the trainee off; earlier is refused with the numbers. */
    public void signOff(Person lead, Instant at, long meetingsHeld) {
        requireInTraining();
        if (meetingsHeld < agreedMeetings) {
            throw new StateException(trainee.getFullName() + " has co-facilitated " + meetingsHeld + " of the "
                    + agreedMeetings + " meetings agreed; sign them off once all " + agreedMeetings + " are held.");
        }
        this.signedOffBy = Checks.required(lead, "Programme lead");
        this.signedOffAt = Checks.required(at, "Time");
        this.status = TraineeshipStatus.SIGNED_OFF;
    }

    /** Ends the traineeship without sign-off (the trainee stopped, or it was started in error). */
    public void end(Instant at) {
        requireInTraining();
        this.endedAt = Checks.required(at, "Time");
        this.status = TraineeshipStatus.ENDED;
    }

    public boolean isInTraining() {
        return status == TraineeshipStatus.IN_TRAINING;
    }

    private void requireInTraining() {
        if (!isInTraining()) {
            throw new StateException(trainee.getFullName() + "'s traineeship in " + set.getName() + " is "
                    + status.getLabel().toLowerCase() + " already.");
        }
    }

    public Person getTrainee() {
        return trainee;
    }

    public Person getMentor() {
        return mentor;
    }

    public LearningSet getSet() {
        return set;
    }

    public int getAgreedMeetings() {
        return agreedMeetings;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public TraineeshipStatus getStatus() {
        return status;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public Person getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
