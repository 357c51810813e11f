package org.learningsets.model.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;

/**
 * One recovery code of an account with two-step sign-in, for signing in without the phone. Only a SHA-256 hash is
 * stored (the code has 80 random bits, so the hash cannot be searched back); each code works once.
 */
@Entity
@Table(name = "recovery_code")
@NamedQuery(
        name = "RecoveryCode.unusedByHash",
        query = "select r from RecoveryCode r where r.account = :account and r.codeHash = :hash and r.usedAt is null")
@NamedQuery(
        name = "RecoveryCode.countUnused",
        query = "select count(r) from RecoveryCode r where r.account = :account and r.usedAt is null")
@NamedQuery(name = "RecoveryCode.deleteOfAccount", query = "delete from RecoveryCode r where r.account = :account")
public class RecoveryCode extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "code_hash", length = 64, nullable = false, unique = true)
    private String codeHash;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    public RecoveryCode(Account account, String codeHash, Instant createdAt) {
        this.account = Checks.required(account, "Account");
        if (codeHash == null || !codeHash.matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("A recovery code is stored as a SHA-256 hash.");
        }
        this.codeHash = codeHash;
        this.createdAt = Checks.required(createdAt, "Creation time");
    }

    /** Spends the code; a used one is refused. */
    public void use(Instant now) {
        if (usedAt != null) {
            throw new StateException("This recovery code was used already.");
        }
        usedAt = Checks.required(now, "When");
    }

    public Account getAccount() {
        return account;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
