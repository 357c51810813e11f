package org.learningsets.web.calendar;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.learningsets.ejb.calendar.CalendarService;
import org.learningsets.ejb.calendar.MeetingCalendarWriter;
import org.learningsets.model.common.NotFoundException;

/**
 * /calendar/my-meetings.ics: the signed-in person's meetings as a download (behind sign-in, see web.xml).
 * /calendar/feed/SECRET.ics: the same for calendar apps, which cannot sign in (public path; the secret decides).
 */
@WebServlet(name = "CalendarServlet", urlPatterns = {"/calendar/my-meetings.ics", "/calendar/feed/*"})
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CalendarService calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ics;
        if (request.getServletPath().equals("/calendar/my-meetings.ics")) {
            ics = calendars.myMeetings();
            response.setHeader("Content-Disposition", "attachment; filename=\"learning-sets-meetings.ics\"");
        } else {
            String path = request.getPathInfo();
            String token = path == null || !path.endsWith(".ics") ? "" : path.substring(1, path.length() - 4);
            try {
                ics = calendars.feed(token);
            } catch (NotFoundException e) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(e.getMessage());
                return;
            }
        }
        response.setContentType(MeetingCalendarWriter.MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(ics.getBytes(StandardCharsets.UTF_8));
    }
}
