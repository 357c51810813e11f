package org.learningsets.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import org.learningsets.ejb.operations.OperatorFigures;
import org.learningsets.ejb.security.SecondFactorService;
import org.learningsets.ejb.security.SecondFactorService.CodeCheck;
import org.learningsets.ejb.security.SecondStep;
import org.learningsets.ejb.security.SignInThrottle;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.web.platform.Messages;
import org.learningsets.web.security.SignInMechanism.PasswordPassed;

/**
 * The second step of signing in: the code from the person's app, or one of their recovery codes. Every refusal (a
 * wrong, expired or already used code, a spent recovery code) gets the same message, and each counts in the same
 * throttle as a wrong password, for the same address.
 */
@Named
@RequestScoped
public class SignInCodeBacking {

    static final String FAILED =
            "The code is not right. Type the code your app shows now, or one of your recovery codes.";
    static final String EXPIRED = "This sign-in has expired, or was started in another browser. Sign in again.";

    @NotBlank(message = "Type the code from your app.")
    @Size(max = FieldLengths.SIGN_IN_CODE, message = "That code is too long.")
    private String code;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    SecondStepSession steps;

    @EJB
    SecondFactorService secondFactors;

    @EJB
    SignInThrottle throttle;

    @Inject
    OperatorFigures figures;

    /** Whether a sign-in is waiting for its code in this session (else the page says to sign in again). */
    public boolean isWaiting() {
        return steps.pending(request(), SecondStep.CODE).isPresent();
    }

    public String verify() {
        HttpServletRequest request = request();
        String typed = code;
        code = null;
        Optional<PasswordPassed> passed = steps.pending(request, SecondStep.CODE);
        if (passed.isEmpty()) {
            Messages.error(EXPIRED);
            return null;
        }
        String address = passed.get().who().name();
        Optional<Instant> blocked = throttle.blockedUntil(address);
        if (blocked.isPresent()) {
            figures.failedSignIn();
            Messages.error(SignInBacking.throttled(blocked.get()));
            return null;
        }
        CodeCheck check = secondFactors.checkAtSignIn(address, typed);
        if (!check.passed()) {
            throttle.failed(address);
            figures.failedSignIn();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
            return null;
        }
        steps.complete(request, (HttpServletResponse) external.getResponse(), passed.get());
        if (check.recoveryCode()) {
            Messages.info("You signed in with a recovery code, which now no longer works; " + check.recoveryCodesLeft()
                    + " are left. If you have lost your phone, ask a programme lead to reset your two-step sign-in.");
        }
        try {
            external.redirect(SecondStepSession.landing(request, passed.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) external.getRequest();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
