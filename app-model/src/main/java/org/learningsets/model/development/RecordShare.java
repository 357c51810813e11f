package org.learningsets.model.development;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.person.Person;

/** A facilitator's record shared with one person (their supervisor or assessor); revoking deletes it. */
@Entity
@Table(name = "development_record_share")
@NamedQuery(
        name = "RecordShare.ofRecord",
        query = "select s from RecordShare s where s.record = :record order by s.person.fullName")
@NamedQuery(
        name = "RecordShare.find",
        query = "select s from RecordShare s where s.record = :record and s.person = :person")
@NamedQuery(
        name = "RecordShare.withPerson",
        query = "select s from RecordShare s where s.person = :person order by s.record.facilitator.fullName")
public class RecordShare extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    private DevelopmentRecord record;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @NotNull
    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    protected RecordShare() {}

    public RecordShare(DevelopmentRecord record, Person person, Instant sharedAt) {
        this.record = Checks.required(record, "Record");
        this.person = Checks.required(person, "Person");
        this.sharedAt = Checks.required(sharedAt, "Time shared");
        if (record.isFacilitator(person)) {
            throw new InvalidInputException("Your record is yours already: share it with your supervisor or assessor.");
        }
    }

    public DevelopmentRecord getRecord() {
        return record;
    }

    public Person getPerson() {
        return person;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }
}
