package org.learningsets.ejb.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.util.Optional;

/**
 * What start-up found: a failure that stops the application from serving (shown as a clear page instead of a
 * stack trace), or a notice for the sign-in page (for example: no account exists yet).
 */
// Readable by anyone (the sign-in page and the unavailable page show it); written by start-up, which runs with no
// caller.
@PermitAll
@Singleton
@Lock(LockType.READ)
public class ApplicationStatus {

    private volatile String failure;
    private volatile String notice;

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    @Lock(LockType.WRITE)
    public void fail(String message) {
        this.failure = message;
    }

    @Lock(LockType.WRITE)
    public void notify(String message) {
        this.notice = message;
    }
}
