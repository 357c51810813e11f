package org.learningsets.web.it.container;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import org.learningsets.web.it.container.Acting.ThrowingRunnable;

/** What a refused service call said, as the page would show it. */
public final class Refusals {

    private Refusals() {}

    /**
     * Asserts that {@code work} is refused with {@code type} (through the EJB container's wrapper, which a refusal by
     * role, an {@link EJBAccessException}, is not) and returns its message; a failed validation's messages come
     * sorted and joined by spaces.
     */
    public static String messageOf(Class<? extends RuntimeException> type, ThrowingRunnable work) {
        RuntimeException e = assertThrows(RuntimeException.class, work::run);
        Throwable cause = e;
        while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(type.isInstance(cause), "expected " + type.getSimpleName() + " but got " + cause);
        if (cause instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().stream()
                    .map(v -> v.getMessage())
                    .sorted()
                    .reduce((a, b) -> a + " " + b)
                    .orElse("");
        }
        return cause.getMessage() == null ? "" : cause.getMessage();
    }
}
