package org.learningsets.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.learningsets.ejb.security.SecondFactorService;
import org.learningsets.ejb.security.SecondFactorService.Enrolment;
import org.learningsets.ejb.security.SecondFactorService.Status;
import org.learningsets.ejb.security.SecondStep;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.web.platform.Messages;
import org.learningsets.web.security.SignInMechanism.PasswordPassed;

/**
 * Two-step sign-in, set up and turned off. For a signed-in person: its state, setting it up (a QR code and the secret
 * as text, then a code from the app to confirm) and turning it off (after a code; not where the role requires it).
 * For someone whose password was just accepted and whose role requires it: setting it up before anything else,
 * which then signs them in. Either way the ten recovery codes are shown once, when it is turned on. The secret shown
 * is kept only in this view until a right code confirms it.
 */
@Named
@ViewScoped
public class TwoStepBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SecondFactorService secondFactors;

    @Inject
    SecondStepSession steps;

    /** The caller's state when signed in; null for someone setting it up during sign-in, or nobody. */
    private Status status;

    /** The secret being set up, until confirmed. */
    private Enrolment enrolment;

    private String qrCode;
    private boolean atSignIn;
    private List<String> recoveryCodes;
    private String continueTo;

    @NotBlank(message = "Type the code from your app.")
    @Size(max = FieldLengths.SIGN_IN_CODE, message = "That code is too long.")
    private String code;

    public void load() {
        HttpServletRequest request = request();
        if (request.getUserPrincipal() != null) {
            status = secondFactors.mine();
            if (!status.on()) {
                start(secondFactors.newEnrolmentForMe());
            }
            return;
        }
        Optional<PasswordPassed> passed = steps.pending(request, SecondStep.ENROL);
        if (passed.isPresent()) {
            atSignIn = true;
            start(secondFactors.newEnrolmentAtSignIn(passed.get().who().name()));
        }
    }

    private void start(Enrolment started) {
        enrolment = started;
        qrCode = QrCodes.svgDataUri(started.otpauthUri());
    }

    /** Turns two-step sign-in on with the code from the app; shows the recovery codes. */
    public void confirm() {
        String typed = code;
        code = null;
        if (enrolment == null) {
            return;
        }
        HttpServletRequest request = request();
        try {
            if (atSignIn) {
                Optional<PasswordPassed> passed = steps.pending(request, SecondStep.ENROL);
                if (passed.isEmpty()) {
                    Messages.error(SignInCodeBacking.EXPIRED);
                    enrolment = null;
                    atSignIn = false;
                    return;
                }
                recoveryCodes = secondFactors.enrolAtSignIn(passed.get().who().name(), enrolment.secret(), typed);
                steps.complete(request, (HttpServletResponse) external().getResponse(), passed.get());
                continueTo = SecondStepSession.landing(request, passed.get());
            } else {
                recoveryCodes = secondFactors.enrolMe(enrolment.secret(), typed);
                status = secondFactors.mine();
                continueTo = request.getContextPath() + "/index.xhtml";
            }
            enrolment = null;
            qrCode = null;
            Messages.infoNow("Two-step sign-in is on. Keep your recovery codes now: they are not shown again.");
        } catch (RuntimeException e) {
            Messages.show(e, null);
        }
    }

    /** Turns two-step sign-in off with a code from the app. */
    public void turnOff() {
        String typed = code;
        code = null;
        if (Messages.attempt(() -> secondFactors.turnOffMine(typed))) {
            status = secondFactors.mine();
            start(secondFactors.newEnrolmentForMe());
            Messages.infoNow("Two-step sign-in is off. You sign in with your password alone.");
        }
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    /** Signed in (this page shows their state), rather than setting it up during sign-in or neither. */
    public boolean isSignedIn() {
        return status != null;
    }

    public boolean isAtSignIn() {
        return atSignIn;
    }

    public Status getStatus() {
        return status;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public String getSecretInGroups() {
        return enrolment == null ? null : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrCode() {
        return qrCode;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
