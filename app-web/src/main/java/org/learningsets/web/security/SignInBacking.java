package org.learningsets.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.learningsets.ejb.operations.OperatorFigures;
import org.learningsets.ejb.platform.ApplicationStatus;
import org.learningsets.ejb.security.AccountStatus;
import org.learningsets.ejb.security.SecondStep;
import org.learningsets.ejb.security.SignInThrottle;
import org.learningsets.ejb.security.trust.TrustSignInResult;
import org.learningsets.model.common.FieldLengths;

/**
 * The sign-in form. The failure message is the same whether or not the account exists, and so is the throttle
 * after repeated failures (counted per address typed, see SignInThrottle). A right password of an account with
 * two-step sign-in leads on to the code page, whose wrong codes count in the same throttle.
 */
@Named
@RequestScoped
public class SignInBacking {

    static final String FAILED = "The email address or password is not right.";
    static final String THROTTLED = "Too many failed sign-ins with this email address. Wait until %s, then try "
            + "again; if you have forgotten your password, ask your programme lead for a new invitation.";
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern(
                    "HH:mm:ss")
            .withZone(org.learningsets.model.common.TimeZones.LONDON);

    @NotBlank(message = "Enter your email address.")
    @Size(max = FieldLengths.EMAIL, message = "An email address has at most " + FieldLengths.EMAIL + " characters.")
    private String email;

    @NotBlank(message = "Enter your password.")
    @Size(max = 1024, message = "That password is too long.")
    private String password;

    /** The page opened before signing in (see ReturnAddress); anything else is ignored. */
    private String next;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @EJB
    ApplicationStatus status;

    @EJB
    SignInThrottle throttle;

    @EJB
    AccountStatus accounts;

    @Inject
    SecondStepSession steps;

    /** For operators (/metrics): a climbing count of failed sign-ins means someone is guessing passwords. */
    @Inject
    OperatorFigures figures;

    public String signIn() {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // A new session id at sign-in: an id known before signing in (session fixation) is worthless after.
        if (request.getSession(false) != null) {
            request.changeSessionId();
            // A password accepted earlier in this session counts for nothing now: only this attempt's can.
            request.getSession().removeAttribute(SignInMechanism.PASSWORD_PASSED);
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        Optional<Instant> blocked = throttle.blockedUntil(address);
        if (blocked.isPresent()) {
            password = null;
            figures.failedSignIn();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, throttled(blocked.get()), null));
            return null;
        }
        AuthenticationStatus result = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(address, password))
                        .newAuthentication(true));
        password = null;
        Optional<SignInMechanism.PasswordPassed> passed = steps.pending(request);
        if (passed.isPresent()) {
            // The password was right; the code (or setting two-step sign-in up) comes next, on its own page. Whatever
            // status the container reports (Payara answers SUCCESS for a mechanism that did nothing), nobody is signed
            // in: SignInMechanism keeps no caller in the session, and this attempt's record was made just now.
            SignInMechanism.PasswordPassed next =
                    passed.get().withNext(ReturnAddress.of(this.next).orElse(null));
            request.getSession().setAttribute(SignInMechanism.PASSWORD_PASSED, next);
            redirect(request.getContextPath()
                    + (next.step() == SecondStep.ENROL ? SecondStepSession.ENROL_PAGE : SecondStepSession.CODE_PAGE));
            return null;
        }
        switch (result) {
            case SEND_CONTINUE:
                faces.responseComplete();
                return null;
            case SUCCESS:
                throttle.succeeded(address);
                accounts.signedIn(address);
                SessionCookie.sameSiteLax(request, response);
                Optional<String> back = ReturnAddress.of(next);
                if (back.isPresent()) {
                    redirect(request.getContextPath() + back.get());
                    return null;
                }
                return "/index?faces-redirect=true";
            default:
                // Nothing of a failed attempt stays behind: the next page starts a clean session.
                request.getSession().invalidate();
                throttle.failed(address);
                figures.failedSignIn();
                if (request.getAttribute(TrustDirectoryIdentityStore.REFUSED)
                        instanceof TrustSignInResult.Outcome refused) {
                    // The trust's directory took the password, but no account here may sign in: say what to do,
                    // as the sign-in through the trust's provider does.
                    redirect(request.getContextPath()
                            + (refused == TrustSignInResult.Outcome.DISABLED
                                    ? TrustSignInServlet.DISABLED_PAGE
                                    : TrustSignInServlet.NOT_KNOWN_PAGE));
                    return null;
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
                return null;
        }
    }

    /** The throttle's refusal, the same on the password and the code page. */
    static String throttled(Instant until) {
        return String.format(THROTTLED, TIME.format(until));
    }

    private void redirect(String location) {
        try {
            external.redirect(location);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    /** Shown on the sign-in page when start-up has something to say, e.g. that no account exists yet. */
    public String getNotice() {
        return status.notice().orElse(null);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
