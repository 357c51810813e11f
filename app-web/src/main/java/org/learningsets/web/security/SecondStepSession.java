package org.learningsets.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.learningsets.ejb.security.AccountStatus;
import org.learningsets.ejb.security.SecondStep;
import org.learningsets.ejb.security.SignInThrottle;
import org.learningsets.web.security.SignInMechanism.PasswordPassed;

/**
 * The sign-in between a right password and the second step: what the session holds (SignInMechanism.PasswordPassed)
 * while it lasts, and the end of it, which signs the person in as the password alone does for everyone else.
 */
@ApplicationScoped
public class SecondStepSession {

    static final String CODE_PAGE = "/account/sign-in-code.xhtml";
    static final String ENROL_PAGE = "/account/two-step.xhtml";

    @Inject
    Clock clock;

    @EJB
    SignInThrottle throttle;

    @EJB
    AccountStatus accounts;

    /** The password that passed in this session, unless it is too long ago (then it is forgotten). */
    public Optional<PasswordPassed> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignInMechanism.PASSWORD_PASSED) instanceof PasswordPassed p)) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(p.until())) {
            session.removeAttribute(SignInMechanism.PASSWORD_PASSED);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** The password that passed in this session, if its next step is this one. */
    public Optional<PasswordPassed> pending(HttpServletRequest request, SecondStep step) {
        return pending(request).filter(p -> p.step() == step);
    }

    /**
     * Signs the person in: a new session id (as at every sign-in), the caller in the session as SignInMechanism keeps
     * them, the failure count of their address cleared and the sign-in recorded.
     */
    public void complete(HttpServletRequest request, HttpServletResponse response, PasswordPassed passed) {
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.removeAttribute(SignInMechanism.PASSWORD_PASSED);
        session.setAttribute(SignInMechanism.SIGNED_IN, passed.who());
        throttle.succeeded(passed.who().name());
        accounts.signedIn(passed.who().name());
        SessionCookie.sameSiteLax(request, response);
    }

    /** Where to go once signed in: the page first asked for, or the home page. */
    static String landing(HttpServletRequest request, PasswordPassed passed) {
        return request.getContextPath() + (passed.next() == null ? "/index.xhtml" : passed.next());
    }
}
