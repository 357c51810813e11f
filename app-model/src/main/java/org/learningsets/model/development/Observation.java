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
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Collection;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;

/**
 * An assessor or supervisor invited to observe how a facilitator runs one meeting of their set. It happens only when
 * every current member agreed before the meeting started ({@link #state}); one decline calls it off.
 */
@Entity
@Table(name = "observation")
@NamedQuery(name = "Observation.ofMeeting", query = "select o from Observation o where o.meeting = :meeting")
@NamedQuery(
        name = "Observation.ofObserver",
        query = "select o from Observation o join fetch o.meeting where o.observer = :observer"
                + " order by o.meeting.startsAt")
public class Observation extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false, unique = true)
    private Meeting meeting;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facilitator_id", nullable = false, updatable = false)
    private Person facilitator;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "observer_id", nullable = false, updatable = false)
    private Person observer;

    @NotNull
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ObservationStatus status;

    protected Observation() {}

    public Observation(Meeting meeting, Person facilitator, Person observer, Instant invitedAt) {
        this.meeting = Checks.required(meeting, "Meeting");
        this.facilitator = Checks.required(facilitator, "Facilitator");
        this.observer = Checks.required(observer, "Observer");
        if (facilitator.equals(observer)) {
            throw new InvalidInputException("Invite someone else to observe you: an assessor or supervisor.");
        }
        this.invitedAt = Checks.required(invitedAt, "Time invited");
        this.status = ObservationStatus.ASKED;
    }

    /** A member declined: the observation is off, whatever the others answered. */
    public void declined() {
        requireAsked();
        status = ObservationStatus.DECLINED;
    }

    /** The facilitator calls it off. */
    public void withdraw() {
        requireAsked();
        status = ObservationStatus.WITHDRAWN;
    }

    /**
     * Where it stands, from the set's current members and their answers. {@code startedAt} is when the meeting was
     * opened in live meeting mode (null: not yet); only answers given before it count.
     */
    public ObservationState state(
            Collection<Person> currentMembers, Collection<ObservationConsent> answers, Instant startedAt) {
        if (status == ObservationStatus.WITHDRAWN) {
            return ObservationState.WITHDRAWN;
        }
        if (status == ObservationStatus.DECLINED) {
            return ObservationState.DECLINED;
        }
        boolean allAgreed = !currentMembers.isEmpty()
                && currentMembers.stream()
                        .allMatch(m -> answers.stream()
                                .anyMatch(a -> a.getMember().equals(m)
                                        && a.getAnswer() == ConsentAnswer.AGREED
                                        && (startedAt == null
                                                || a.getAnsweredAt().isBefore(startedAt))));
        if (startedAt == null) {
            return allAgreed ? ObservationState.ALL_AGREED : ObservationState.AWAITING_ANSWERS;
        }
        return allAgreed ? ObservationState.ON : ObservationState.NOT_AGREED_IN_TIME;
    }

    public boolean isObserver(Person person) {
        return observer.equals(person);
    }

    private void requireAsked() {
        if (status != ObservationStatus.ASKED) {
            throw new StateException("This observation is off already.");
        }
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getFacilitator() {
        return facilitator;
    }

    public Person getObserver() {
        return observer;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public ObservationStatus getStatus() {
        return status;
    }
}
