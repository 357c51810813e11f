package org.learningsets.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every postback, ajax or not, must carry the CSP nonce its page was rendered with ({@value #NONCE}, which PrimeFaces'
 * script adds to each form); otherwise nothing in it is decoded or run and the person gets the "page has expired" page.
 * PrimeFaces itself compares the nonce only while rendering the answer, after the form's action has already run, and
 * not at all for a post that redirects; this check runs as soon as the view is restored, before any value is applied.
 * <p>
 * The nonce each render uses is kept as an attribute of the view root, so it is saved and restored with the view
 * state itself (PrimeFaces' own copy lives in the view map, which a session renewed during the request, as a failed
 * sign-in does, leaves behind).
 */
public class NonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces' request parameter for the nonce. */
    static final String NONCE = "primefaces.nonce";
    /** Where the view keeps the nonce it was rendered with. */
    static final String RENDERED_WITH = "org.learningsets.renderedWithNonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback()
                || faces.getViewRoot() == null
                || faces.getViewRoot().isTransient()
                || !cspOn(faces)) {
            return;
        }
        Object kept = faces.getViewRoot().getAttributes().get(RENDERED_WITH);
        String sent = faces.getExternalContext().getRequestParameterMap().get(NONCE);
        if (!(kept instanceof String expected)
                || sent == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII))) {
            throw new ViewExpiredException(
                    "The form was sent without this page's security code (CSP nonce).",
                    faces.getViewRoot().getViewId());
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before a phase: the nonce is kept when the view is about to render (Keep).
    }

    /**
     * Keeps the nonce a view is rendered with in the view, once the view is built (PreRenderViewEvent), so it is part
     * of the saved state: an attribute set earlier would count as the page's initial state, which is not saved.
     */
    public static class Keep implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIViewRoot;
        }

        @Override
        public void processEvent(SystemEvent event) {
            FacesContext faces = FacesContext.getCurrentInstance();
            UIViewRoot root = (UIViewRoot) event.getSource();
            if (!root.isTransient() && cspOn(faces)) {
                root.getAttributes()
                        .put(RENDERED_WITH, PrimeFacesContext.getCspState(faces).getNonce());
            }
        }
    }

    /** Without PrimeFaces' CSP (web.xml primefaces.CSP) no page gets a nonce to send back. */
    private static boolean cspOn(FacesContext faces) {
        return PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp();
    }
}
