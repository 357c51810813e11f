package org.learningsets.ejb.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import org.learningsets.model.security.Account;

/** Records each sign-in of an account; the programme page counts who has come in at least once. */
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
}
