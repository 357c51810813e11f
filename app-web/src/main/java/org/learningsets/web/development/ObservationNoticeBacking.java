package org.learningsets.web.development;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.learningsets.ejb.development.ObservationService;
import org.learningsets.ejb.development.ObservationViews.ObservationPage;

/**
 * The observation request on a member's preparation page (its {@code id} parameter), where members look before a
 * meeting. Read once per request, and only by the page that shows it.
 */
@Named
@RequestScoped
public class ObservationNoticeBacking {

    @EJB
    ObservationService observations;

    private ObservationPage page;
    private boolean read;

    /** Null when the page has no meeting or the caller may not see its observation. */
    public ObservationPage getPage() {
        if (!read) {
            read = true;
            String meetingId = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("id");
            if (meetingId != null && !meetingId.isBlank()) {
                try {
                    page = observations.page(meetingId);
                } catch (RuntimeException e) {
                    // The preparation page itself refuses whoever may not see the meeting.
                    page = null;
                }
            }
        }
        return page;
    }
}
