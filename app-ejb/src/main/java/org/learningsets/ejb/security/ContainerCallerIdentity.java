package org.learningsets.ejb.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The caller according to Jakarta Security, asked afresh on every call. Before sign-in some servers name an
 * unauthenticated caller here (WildFly: "anonymous") where the specification says null; no account has such a name
 * (an account's name is an email address), so Callers refuses it like any caller without an account.
 */
@ApplicationScoped
public class ContainerCallerIdentity implements CallerIdentity {

    @Inject
    SecurityContext securityContext;

    @Override
    public Optional<String> name() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Optional.empty() : Optional.of(principal.getName());
    }
}
