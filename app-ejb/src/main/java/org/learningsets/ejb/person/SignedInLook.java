package org.learningsets.ejb.person;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.learningsets.model.person.AccessibilityPreferences;

/**
 * Whether a signed-in person's account still lets them in, with their display preferences: asked on every page
 * request (SessionLimitsFilter), which ends the session of a disabled account and hands the preferences to the page.
 */
@Stateless
@PermitAll
public class SignedInLook {

    @PersistenceContext
    EntityManager em;

    /**
     * The display preferences of the person with this address while their account lets them in; empty for a
     * disabled account and for an address with no account at all. Both in one statement, which reads two columns,
     * not the whole person.
     */
    public Optional<AccessibilityPreferences> ifEnabled(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.lookOfEnabledEmail", AccessibilityPreferences.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}
