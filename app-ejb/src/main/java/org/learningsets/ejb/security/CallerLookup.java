package org.learningsets.ejb.security;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;
import java.security.Principal;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.security.Account;

/** Finds the signed-in caller's account from the container's principal (the email address), per call. */
public final class CallerLookup {

    private CallerLookup() {
    }

    public static Account account(EJBContext context, EntityManager em) {
        Principal principal = context.getCallerPrincipal();
        String email = principal == null ? null : principal.getName();
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getResultStream()
                .filter(Account::isEnabled)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Please sign in again."));
    }
}
