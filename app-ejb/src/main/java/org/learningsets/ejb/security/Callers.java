package org.learningsets.ejb.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Account;

/** Finds the signed-in caller's enabled account and person, per call; deny when there is none. */
@Dependent
public class Callers {

    @Inject
    CallerIdentity identity;

    @PersistenceContext
    EntityManager em;

    public Account account() {
        String email = identity.name().orElseThrow(() -> new AccessDeniedException("Please sign in."));
        return em.createNamedQuery("Account.callerOfEmail", Account.class)
                .setParameter("email", email)
                .getResultStream()
                .filter(Account::isEnabled)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Please sign in again."));
    }

    public Person person() {
        return account().getPerson();
    }
}
