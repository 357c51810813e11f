package org.learningsets.web.calendar;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import org.learningsets.ejb.calendar.CalendarService;

/** My calendar: download the meetings, or make (and show once) a subscription address for a calendar app. */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CalendarService calendars;

    @Inject
    ExternalContext external;

    private String newAddress;

    public void makeAddress() {
        String token = calendars.newFeedSecret();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        newAddress = base + "/calendar/feed/" + token + ".ics";
    }

    public void stop() {
        calendars.stopFeed();
        newAddress = null;
    }

    public Instant getFeedCreatedAt() {
        return calendars.feedCreatedAt().orElse(null);
    }

    public String getNewAddress() {
        return newAddress;
    }
}
