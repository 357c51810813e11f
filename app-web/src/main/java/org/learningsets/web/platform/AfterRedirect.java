package org.learningsets.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a page hands to the page it redirects to (post-redirect-get): its messages, and a value such as an import's
 * result, kept in the person's own session until the next page is drawn or the value is taken.
 *
 * <p>Not the Faces flash: in a distributable application Mojarra 4.0 puts its one flash map for the whole
 * application, every person's flashes, into each session it touches. With sessions in the data grid (two nodes),
 * each request then copied everyone's recent messages to and from the grid, a copy that grew with every request
 * (20 KB of a member's session at 75 live meetings, more than its pages' state), and flashes numbered per node could
 * name another person's flash on the other node. Mojarra's own redirects still mark the flash, so the map is still in
 * a session that was redirected, but it holds no messages and stays small (1 KB).
 */
public final class AfterRedirect {

    private static final String KEEP = AfterRedirect.class.getName() + ".keep";
    private static final String MESSAGES = AfterRedirect.class.getName() + ".messages";
    private static final String VALUE = AfterRedirect.class.getName() + ".value.";

    private AfterRedirect() {}

    /** This request's messages are shown on the next page if it redirects, and on this one if it does not. */
    public static void keepMessages(FacesContext faces) {
        faces.getAttributes().put(KEEP, Boolean.TRUE);
    }

    /** A value for the page this one redirects to, which {@link #take}s it once. */
    public static void put(String key, Serializable value) {
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(VALUE + key, value);
    }

    /** The value put for this page, if any; it is gone afterwards (reloading the page shows it no more). */
    public static <T> T take(String key, Class<T> type) {
        Object value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .remove(VALUE + key);
        return type.isInstance(value) ? type.cast(value) : null;
    }

    /** One message and the component it is for (null: the whole page). */
    record Kept(String clientId, FacesMessage message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Saves the kept messages of a request that redirects, after whichever phase made it redirect, and gives them to
     * the next page drawn in full (an ajax update of another tab does not take them).
     */
    public static class Listener implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.ANY_PHASE;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            FacesContext faces = event.getFacesContext();
            if (event.getPhaseId() != PhaseId.RENDER_RESPONSE
                    || faces.getPartialViewContext().isAjaxRequest()) {
                return;
            }
            ExternalContext external = faces.getExternalContext();
            if (external.getSession(false) == null) {
                return;
            }
            // Removed only when there: otherwise every page drawn would change the session for nothing.
            if (external.getSessionMap().get(MESSAGES) instanceof List<?> messages) {
                external.getSessionMap().remove(MESSAGES);
                for (Object one : messages) {
                    if (one instanceof Kept k) {
                        faces.addMessage(k.clientId(), k.message());
                    }
                }
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext faces = event.getFacesContext();
            if (!faces.getResponseComplete() || faces.getAttributes().remove(KEEP) == null) {
                return;
            }
            Map<String, Object> session = faces.getExternalContext().getSessionMap();
            List<Kept> messages = new ArrayList<>();
            if (session.get(MESSAGES) instanceof List<?> earlier) { // two redirects before a page was drawn
                earlier.forEach(e -> messages.add((Kept) e));
            }
            for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
                String clientId = ids.next();
                faces.getMessages(clientId).forEachRemaining(m -> messages.add(new Kept(clientId, m)));
            }
            if (!messages.isEmpty()) {
                session.put(MESSAGES, messages); // a new list, put: the data grid copies what is put
            }
        }
    }
}
