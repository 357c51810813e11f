package org.learningsets.web.platform;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import org.learningsets.model.common.DomainException;

/** Page messages, and running a service call so that a refusal becomes a message instead of an error page. */
public final class Messages {

    private Messages() {
    }

    /** An information message that survives a redirect (POST-redirect-GET). */
    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Runs the call; a domain refusal (validation, state, access, conflict) is shown as an error message and false
     * is returned, so the page keeps what the person typed.
     */
    public static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (DomainException e) {
            error(e.getMessage());
            return false;
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException cause) {
                error(cause.getMessage());
                return false;
            }
            if (e.getCause() instanceof ConstraintViolationException invalid) {
                invalid.getConstraintViolations().forEach(v -> error(v.getMessage()));
                return false;
            }
            throw e;
        }
    }
}
