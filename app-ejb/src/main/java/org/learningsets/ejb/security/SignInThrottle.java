package org.learningsets.ejb.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.learningsets.model.security.SignInFailures;

/**
 * Throttles failed sign-ins per email address (OWASP ASVS 2.2.1), before anyone is signed in. It counts any
 * address typed, with or without an account, so a refusal says nothing about whether an account exists; kept in
 * the database, so every node of a cluster sees the same count.
 */
@Stateless
@PermitAll
public class SignInThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Until when sign-ins with this address are refused, if they are now. */
    public Optional<Instant> blockedUntil(String email) {
        SignInFailures failures = em.find(SignInFailures.class, hash(email));
        return failures == null ? Optional.empty() : failures.blockedAt(clock.instant());
    }

    public void failed(String email) {
        String hash = hash(email);
        SignInFailures failures = em.find(SignInFailures.class, hash, LockModeType.PESSIMISTIC_WRITE);
        if (failures == null) {
            // Counted before persist: Hibernate inserts the row as it was at persist (EclipseLink at commit).
            failures = new SignInFailures(hash);
            failures.failed(clock.instant());
            em.persist(failures);
        } else {
            failures.failed(clock.instant());
        }
    }

    public void succeeded(String email) {
        SignInFailures failures = em.find(SignInFailures.class, hash(email));
        if (failures != null) {
            em.remove(failures);
        }
    }

    static String hash(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
