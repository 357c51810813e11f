package org.learningsets.web.platform;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.learningsets.model.common.DomainException;

/**
 * What a person should read when a service refused an action: the domain message, or the messages of the
 * parameter constraints the service declares (which reach the web layer wrapped in an EJBException). Anything
 * else is not a person's mistake and is left to the error page.
 */
public final class ServiceProblems {

    private ServiceProblems() {
    }

    public static Optional<String> messageFor(RuntimeException e) {
        if (e instanceof DomainException domain) {
            return Optional.of(domain.getMessage());
        }
        if (e instanceof EJBException) {
            Throwable cause = e.getCause();
            while (cause != null) {
                if (cause instanceof DomainException domain) {
                    return Optional.of(domain.getMessage());
                }
                if (cause instanceof ConstraintViolationException violations) {
                    return Optional.of(violations.getConstraintViolations().stream()
                            .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining(" ")));
                }
                cause = cause.getCause();
            }
        }
        return Optional.empty();
    }
}
