package org.learningsets.model.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.learningsets.model.common.Checks;

/**
 * The failed sign-ins with one email address (kept as a hash), and until when further attempts are refused. Up to
 * {@link #FREE_ATTEMPTS} attempts are checked one after another; the failure that reaches it, and each one after,
 * blocks the address for twice as long as the one before (30 seconds, 1, 2, 4, 8 minutes), at most
 * {@link #LONGEST_BLOCK}; an hour without failures starts the count again. Slow enough to stop guessing, short enough that a forgetful person is not locked out for long.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailures {

    public static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    @Id
    @Column(name = "email_hash", length = 64, nullable = false)
    private String emailHash;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected SignInFailures() {}

    public SignInFailures(String emailHash) {
        this.emailHash = Checks.required(emailHash, "Email hash");
    }

    /** Counts a failure at {@code now} and, past the free attempts, blocks the address for a while. */
    public void failed(Instant now) {
        Checks.required(now, "Time");
        if (lastFailureAt != null && Duration.between(lastFailureAt, now).compareTo(FORGOTTEN_AFTER) > 0) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= FREE_ATTEMPTS) {
            int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
            Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
            blockedUntil = now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block);
        }
    }

    /** Until when attempts are refused, if they are at {@code now}. */
    public Optional<Instant> blockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil) ? Optional.of(blockedUntil) : Optional.empty();
    }

    public int getFailures() {
        return failures;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignInFailures f && Objects.equals(emailHash, f.emailHash);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(emailHash);
    }
}
