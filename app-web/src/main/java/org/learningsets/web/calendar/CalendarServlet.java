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
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.NotFoundException;

/**
 * /calendar/my-meetings.ics: the signed-in person's meetings as a download (behind sign-in, see web.xml).
 * /calendar/feed/SECRET.ics: the same for calendar apps, which cannot sign in (public path; the secret decides).
 * /calendar/meeting/MEETING-ID.ics: one meeting, for a member or facilitator of its set (403 for anyone else).
 */
@WebServlet(
        name = "CalendarServlet",
        urlPatterns = {"/calendar/my-meetings.ics", "/calendar/feed/*", "/calendar/meeting/*"})
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
        } else if (request.getServletPath().equals("/calendar/meeting")) {
            try {
                ics = calendars.oneMeeting(CalendarAddress.nameIn(request.getPathInfo()));
            } catch (AccessDeniedException e) {
                plain(response, HttpServletResponse.SC_FORBIDDEN, e.getMessage());
                return;
            }
            response.setHeader("Content-Disposition", "attachment; filename=\"learning-sets-meeting.ics\"");
        } else {
            try {
                ics = calendars.feed(CalendarAddress.nameIn(request.getPathInfo()));
            } catch (NotFoundException e) {
                plain(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
                return;
            }
        }
        response.setContentType(MeetingCalendarWriter.MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(ics.getBytes(StandardCharsets.UTF_8));
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
