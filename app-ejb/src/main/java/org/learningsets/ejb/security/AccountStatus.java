package org.learningsets.ejb.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/** Whether a signed-in person's account still lets them in; asked on every page request (SessionLimitsFilter). */
@Stateless
@PermitAll
public class AccountStatus {

    @PersistenceContext
    EntityManager em;

    /** False for a disabled account and for an address with no account at all. */
    public boolean enabled(String email) {
        return email != null && em.createNamedQuery("Account.enabledOfEmail", Boolean.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream()
                .anyMatch(Boolean.TRUE::equals);
    }
}
