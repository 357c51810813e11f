package org.learningsets.model.security;

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

/**
 * The audit of two-step sign-in: who turned it on or off for which account and when, and each use of a recovery
 * code. Written once, never changed or deleted.
 */
@Entity
@Table(name = "second_factor_event")
@NamedQuery(
        name = "SecondFactorEvent.ofAccount",
        query = "select new org.learningsets.model.security.SecondFactorEventRow(e.kind, e.actor.email, e.happenedAt)"
                + " from SecondFactorEvent e where e.account = :account order by e.happenedAt desc, e.id")
public class SecondFactorEvent extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", nullable = false)
    private Person actor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private SecondFactorEventKind kind;

    @NotNull
    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected SecondFactorEvent() {}

    public SecondFactorEvent(Account account, Person actor, SecondFactorEventKind kind, Instant happenedAt) {
        this.account = Checks.required(account, "Account");
        this.actor = Checks.required(actor, "Who");
        this.kind = Checks.required(kind, "What happened");
        this.happenedAt = Checks.required(happenedAt, "When");
    }

    public Account getAccount() {
        return account;
    }

    public Person getActor() {
        return actor;
    }

    public SecondFactorEventKind getKind() {
        return kind;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
