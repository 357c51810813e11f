package org.learningsets.ejb.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The caller according to Jakarta Security, asked afresh on every call. */
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
