package org.learningsets.web.platform;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.learningsets.model.common.DomainException;

/**
 * Turns a refusal from a service into messages on the page, so the form and everything typed into it stay as
 * they were. Anything that is not a refusal a person can act on is passed on unchanged.
 */
public final class DomainMessages {

    private DomainMessages() {
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

    /** A confirmation that survives the redirect after a successful change. */
    public static void confirm(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
