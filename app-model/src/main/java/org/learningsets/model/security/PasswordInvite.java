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
import java.time.Duration;
import java.time.Instant;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;

/**
 * A one-time invitation to set a password, sent by email. Only the SHA-256 of the link's secret is stored; the
 * link works once and until it expires.
 */
@Entity
@Table(name = "password_invite")
@NamedQuery(
        name = "PasswordInvite.byTokenHash",
        query = "select i from PasswordInvite i join fetch i.account where i.tokenHash = :hash")
@NamedQuery(
        name = "PasswordInvite.openOfAccount",
        query = "select i from PasswordInvite i where i.account = :account and i.usedAt is null")
public class PasswordInvite extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordInvite() {}

    public PasswordInvite(Account account, String tokenHash, Instant createdAt, Duration validFor) {
        this.account = Checks.required(account, "Account");
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("An invitation secret is stored as a SHA-256 hash.");
        }
        this.tokenHash = tokenHash;
        this.createdAt = Checks.required(createdAt, "Creation time");
        if (validFor == null || validFor.isNegative() || validFor.isZero()) {
            throw new InvalidInputException("An invitation must be valid for some time.");
        }
        this.expiresAt = createdAt.plus(validFor);
    }

    /** Usable: not used yet and not expired at {@code now}. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the invitation; a used or expired one is refused. */
    public void use(Instant now) {
        if (!usableAt(now)) {
            throw new StateException("This link has expired or was used already.");
        }
        usedAt = now;
    }

    /** Ends an invitation that was not used, e.g. because a newer one was sent or the password was set. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
