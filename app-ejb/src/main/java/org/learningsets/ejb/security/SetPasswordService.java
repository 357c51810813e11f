package org.learningsets.ejb.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.learningsets.model.common.StateException;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.PasswordInvite;

/**
 * Setting a password from an invitation link. Nobody is signed in yet: the link's secret decides, it works once and
 * until it expires, and an unknown, used or expired link gets the same answer.
 */
@Stateless
@PermitAll
public class SetPasswordService {

    public static final String LINK_NOT_USABLE =
            "This link has expired or was used already. Ask your programme " + "lead to send you a new invitation.";

    /** Who the link is for, to greet them and show the email they will sign in with. */
    public record Invitee(String fullName, String email, Instant expiresAt) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public Optional<Invitee> invitee(String token) {
        return usable(token, false)
                .map(i -> new Invitee(
                        i.getAccount().getPerson().getFullName(),
                        i.getAccount().getPerson().getEmail(),
                        i.getExpiresAt()));
    }

    /** Sets the password and enables the account; the link is spent. Returns the email to sign in with. */
    public String setPassword(String token, @NotNull(message = "Type a password.") char[] password) {
        PasswordInvite invite = usable(token, true).orElseThrow(() -> new StateException(LINK_NOT_USABLE));
        PasswordPolicy.check(password);
        Instant now = clock.instant();
        invite.use(now);
        Account account = invite.getAccount();
        account.changePasswordHash(passwords.hash(password));
        account.enable();
        em.createNamedQuery("PasswordInvite.openOfAccount", PasswordInvite.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(i -> i.withdraw(now));
        return account.getPerson().getEmail();
    }

    private Optional<PasswordInvite> usable(String token, boolean lock) {
        if (token == null || !Secrets.TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<PasswordInvite> invite = em.createNamedQuery("PasswordInvite.byTokenHash", PasswordInvite.class)
                .setParameter("hash", Secrets.sha256(token))
                .getResultStream()
                .findFirst();
        if (lock) {
            // Two tabs submitting the same link: the second waits, then finds it used.
            invite.ifPresent(i -> em.refresh(i, LockModeType.PESSIMISTIC_WRITE));
        }
        return invite.filter(i -> i.usableAt(clock.instant()));
    }
}
