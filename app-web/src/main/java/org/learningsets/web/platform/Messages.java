package org.learningsets.web.platform;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.learningsets.model.common.DomainException;

/**
 * Page messages, and turning a service's refusal into a message on the page, so the form and everything typed into
 * it stay as they were. Anything that is not a refusal a person can act on is passed on unchanged (error page).
 */
public final class Messages {

    private Messages() {}

    /** An information message that survives a redirect (POST-redirect-GET). */
    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        AfterRedirect.keepMessages(faces);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** An information message for this response only: an ajax update that stays on the page. */
    public static void infoNow(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Runs the call; a refusal becomes an error message for the page and false is returned. */
    public static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            show(e, null);
            return false;
        }
    }

    /** Shows the refusal for the component {@code clientId} (null: for the page); rethrows anything else. */
    public static void show(RuntimeException failure, String clientId) {
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (cause instanceof DomainException domain) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, domain.getMessage(), null));
        } else if (cause instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
            }
        } else {
            throw failure;
        }
        faces.validationFailed();
    }
}
