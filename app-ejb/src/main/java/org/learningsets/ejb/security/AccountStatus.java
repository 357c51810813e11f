package org.learningsets.ejb.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.learningsets.ejb.person.AccessibilityPreferences;
import org.learningsets.model.person.Person;
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

    /**
     * The display preferences of the person with this address while their account lets them in; empty for a
     * disabled account and for an address with no account at all. Both in one statement, since every page request
     * asks whether the account is still enabled and every page then draws itself in the person's colours.
     */
    public Optional<AccessibilityPreferences> lookIfEnabled(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.personOfEnabledEmail", Person.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(AccessibilityPreferences::of);
    }
}
