package org.learningsets.ejb.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import org.learningsets.model.security.Account;

/** Whether a signed-in person's account still lets them in; asked on every page request (SessionLimitsFilter). */
@Stateless
@PermitAll
public class AccountStatus {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Records a successful sign-in: the programme page counts who has come in at least once. */
    public void signedIn(String email) {
        em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .forEach(a -> a.signedIn(clock.instant()));
    }

    /** False for a disabled account and for an address with no account at all. */
    public boolean enabled(String email) {
        return email != null
                && em.createNamedQuery("Account.enabledOfEmail", Boolean.class)
                        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                        .getResultStream()
                        .anyMatch(Boolean.TRUE::equals);
    }
}
