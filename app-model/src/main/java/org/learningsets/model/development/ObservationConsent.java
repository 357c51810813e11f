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
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.person.Person;

/** One member's answer to an observation request, and when they gave it. No reason is asked for or kept. */
@Entity
@Table(name = "observation_consent")
@NamedQuery(
        name = "ObservationConsent.ofObservation",
        query = "select c from ObservationConsent c where c.observation = :observation")
@NamedQuery(
        name = "ObservationConsent.ofMember",
        query = "select c from ObservationConsent c where c.member = :member order by c.answeredAt")
public class ObservationConsent extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "observation_id", nullable = false, updatable = false)
    private Observation observation;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Person member;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false, length = 20)
    private ConsentAnswer answer;

    @NotNull
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected ObservationConsent() {}

    public ObservationConsent(Observation observation, Person member, ConsentAnswer answer, Instant answeredAt) {
        this.observation = Checks.required(observation, "Observation");
        this.member = Checks.required(member, "Member");
        answer(answer, answeredAt);
    }

    /** A member may change their mind until the meeting starts (the service checks when). */
    public void answer(ConsentAnswer answer, Instant answeredAt) {
        this.answer = Checks.required(answer, "Answer");
        this.answeredAt = Checks.required(answeredAt, "Time answered");
    }

    public Observation getObservation() {
        return observation;
    }

    public Person getMember() {
        return member;
    }

    public ConsentAnswer getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
