package org.learningsets.model.set;

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
import org.learningsets.model.person.Person;

/** A record that a set changed state: from what, to what, who did it and when. Never edited. */
@Entity
@Table(name = "set_transition")
@NamedQuery(
        name = "SetTransition.closedUnpurgedBefore",
        query =
                "select t.set from SetTransition t where t.toState = org.learningsets.model.set.SetState.CLOSED and t.changedAt <= :cutoff and t.set.contentPurgedAt is null order by t.changedAt")
@NamedQuery(
        name = "SetTransition.ofSet",
        query = "select t from SetTransition t join fetch t.changedBy where t.set = :set order by t.changedAt, t.id")
public class SetTransition extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false)
    private LearningSet set;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private SetState fromState;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", length = 20, nullable = false)
    private SetState toState;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by_id", nullable = false)
    private Person changedBy;

    @NotNull
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SetTransition() {}

    /** {@code from} is null for the creation of the set. */
    public SetTransition(LearningSet set, SetState from, SetState to, Person changedBy, Instant changedAt) {
        this.set = Checks.required(set, "Set");
        this.fromState = from;
        this.toState = Checks.required(to, "New state");
        this.changedBy = Checks.required(changedBy, "Who made the change");
        this.changedAt = Checks.required(changedAt, "Time of the change");
    }

    public LearningSet getSet() {
        return set;
    }

    public SetState getFromState() {
        return fromState;
    }

    public SetState getToState() {
        return toState;
    }

    public Person getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
