package org.learningsets.web.it.container;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.learningsets.ejb.security.CallerIdentity;

/**
 * Test deployments only: who the services see as the caller, set by {@link Acting}. The roles the container
 * checks come from the {@code @RunAs} beans, so role checks stay real; this names the person for the per-object
 * checks.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestCallerIdentity implements CallerIdentity {

    static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public Optional<String> name() {
        return Optional.ofNullable(CURRENT.get());
    }
}
