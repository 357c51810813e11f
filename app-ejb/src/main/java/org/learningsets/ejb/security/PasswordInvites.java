package org.learningsets.ejb.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.PasswordInvite;

/** Issues one-time links to set a password; a new link ends the account's earlier unused ones. */
@Dependent
public class PasswordInvites {

    public static final Duration VALID_FOR = Duration.ofDays(7);
    /** The page the link opens, relative to the application's address. */
    public static final String PAGE = "account/set-password.xhtml?token=";
    /** The hash stored for an account that has no password yet; it is disabled, so it is never checked. */
    public static final String NO_PASSWORD_YET = "no password yet: invited";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Returns the secret for the link; only its SHA-256 is stored. */
    public String issue(Account account) {
        // No flush before this query: an import issues thousands in one transaction, and flushing the growing
        // persistence context each time made it quadratic (measured: see docs/performance.md).
        em.createNamedQuery("PasswordInvite.openOfAccount", PasswordInvite.class)
                .setParameter("account", account)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(i -> i.withdraw(clock.instant()));
        String token = Secrets.newToken();
        em.persist(new PasswordInvite(account, Secrets.sha256(token), clock.instant(), VALID_FOR));
        return token;
    }

    /** The full link: {@code base} is the application's address ending in "/". */
    public static String link(String base, String token) {
        return (base.endsWith("/") ? base : base + "/") + PAGE + token;
    }
}
