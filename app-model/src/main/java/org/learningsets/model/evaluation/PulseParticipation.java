package org.learningsets.model.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;

/**
 * That a person answered the benefits pulse for a meeting, and nothing else (no answers, no time), so it cannot be
 * matched to a response. It stops a second answer.
 */
@Entity
@Table(name = "pulse_participation", uniqueConstraints = @UniqueConstraint(columnNames = {"meeting_id", "person_id"}))
@NamedQuery(
        name = "PulseParticipation.count",
        query = "select count(p) from PulseParticipation p where p.meeting = :meeting and p.person = :person")
public class PulseParticipation extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    protected PulseParticipation() {}

    public PulseParticipation(Meeting meeting, Person person) {
        this.meeting = Checks.required(meeting, "Meeting");
        this.person = Checks.required(person, "Person");
    }
}
