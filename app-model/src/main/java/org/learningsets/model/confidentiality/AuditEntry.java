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
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;

/**
 * Who read or changed which confidential record, and when; never the text itself. Written once, never edited:
 * there is no setter and no service that changes or deletes an entry. The set is empty for learning log
 * entries, which belong to their author only.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = "AuditEntry.ofSet",
        query = "select a from AuditEntry a join fetch a.actor where a.set = :set order by a.happenedAt desc, a.id")
@NamedQuery(
        name = "AuditEntry.ofRecord",
        query = "select a from AuditEntry a join fetch a.actor where a.recordType = :type and a.recordId = :id"
                + " order by a.happenedAt desc, a.id")
public class AuditEntry extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id")
    private LearningSet set;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", nullable = false)
    private Person actor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "audit_action", length = 10, nullable = false)
    private AuditAction action;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", length = 30, nullable = false)
    private AuditedRecord recordType;

    @NotNull
    @Column(name = "record_id", length = FieldLengths.ID, nullable = false)
    private String recordId;

    @NotNull
    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected AuditEntry() {}

    public AuditEntry(
            LearningSet set,
            Person actor,
            AuditAction action,
            AuditedRecord recordType,
            String recordId,
            Instant happenedAt) {
        this.set = set;
        this.actor = Checks.required(actor, "Who");
        this.action = Checks.required(action, "What was done");
        this.recordType = Checks.required(recordType, "Kind of record");
        this.recordId = Checks.text(recordId, "Record", FieldLengths.ID);
        this.happenedAt = Checks.required(happenedAt, "When");
    }

    public LearningSet getSet() {
        return set;
    }

    public Person getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditedRecord getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
