package org.learningsets.model.confidentiality;

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
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;

/** The record of a member's data request (download or erasure): who, what, when asked, when and by whom done. */
@Entity
@Table(name = "data_request")
@NamedQuery(
        name = "DataRequest.ofPerson",
        query = "select r from DataRequest r where r.person = :person order by r.requestedAt desc, r.id")
@NamedQuery(
        name = "DataRequest.pendingOfKind",
        query =
                "select r from DataRequest r join fetch r.person where r.kind = :kind and r.status = org.learningsets.model.confidentiality.DataRequestStatus.PENDING order by r.requestedAt, r.id")
public class DataRequest extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false)
    private DataRequestKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private DataRequestStatus status = DataRequestStatus.PENDING;

    @NotNull
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "completed_by")
    private Person completedBy;

    /** How many records the download held or the erasure changed. */
    @Column(name = "records")
    private Integer records;

    protected DataRequest() {}

    public DataRequest(Person person, DataRequestKind kind, Instant requestedAt) {
        this.person = Checks.required(person, "Member");
        this.kind = Checks.required(kind, "Kind of request");
        this.requestedAt = Checks.required(requestedAt, "Time asked");
    }

    public void complete(Person by, int recordCount, Instant when) {
        if (status == DataRequestStatus.DONE) {
            throw new StateException("This request has already been carried out.");
        }
        this.completedBy = Checks.required(by, "Who carried it out");
        this.records = recordCount;
        this.completedAt = Checks.required(when, "Time done");
        this.status = DataRequestStatus.DONE;
    }

    public Person getPerson() {
        return person;
    }

    public DataRequestKind getKind() {
        return kind;
    }

    public DataRequestStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Person getCompletedBy() {
        return completedBy;
    }

    public Integer getRecords() {
        return records;
    }
}
