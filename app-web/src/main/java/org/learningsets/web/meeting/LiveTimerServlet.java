package org.learningsets.web.meeting;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.learningsets.ejb.meeting.LiveMeetingService;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveTimer;
import org.learningsets.ejb.meeting.RunningStep;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.NotFoundException;

/**
 * /meetings/live-timer?id=MEETING-ID: the running step, its timer and the meeting's revisions as JSON, for the live
 * page's script (live.js). After a change within the running round (a timer click, the next step) a screen without
 * controls reads this instead of the whole page through Faces, which costs several times as much; for any other
 * change it reads the page. Behind
 * sign-in (web.xml) and the same check of the caller as the page ({@link LiveMeetingService#timer}): 403 for anyone
 * outside the set, 404 for a meeting that does not exist. Ids and numbers only, never stored by the browser.
 */
@WebServlet(name = "LiveTimerServlet", urlPatterns = "/meetings/live-timer")
public class LiveTimerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /*
     * Made once: each Json.createXxx call looks the JSON-P provider up again, searching every jar of the application
     * for a service entry (5 % of the server's CPU at 225 meetings when made per request). The factories are safe
     * for use by many threads at once.
     */
    private static final JsonBuilderFactory OBJECTS = Json.createBuilderFactory(null);
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(null);

    @EJB
    transient LiveMeetingService live;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String id = request.getParameter("id");
        if (id == null || id.isBlank()) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, message("No meeting was named."));
            return;
        }
        LiveTimer timer;
        try {
            timer = live.timer(id);
        } catch (AccessDeniedException | EJBAccessException e) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, message("This meeting is not yours to follow."));
            return;
        } catch (NotFoundException e) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, message(e.getMessage()));
            return;
        }
        JsonObjectBuilder json = OBJECTS.createObjectBuilder()
                .add("revision", timer.revision())
                .add("contentRevision", timer.contentRevision());
        RunningStep running = timer.running();
        if (running != null) {
            json.add("roundId", timer.roundId())
                    .add("step", running.step().name())
                    .add("stepLabel", running.label())
                    .add("stepMinutes", running.minutes())
                    .add("secondsLeft", running.secondsLeft())
                    .add("paused", running.paused())
                    .add("goldenRules", running.goldenRules())
                    .add("showsActions", running.showsActions())
                    .add("canCapture", timer.canCapture());
        }
        answer(response, HttpServletResponse.SC_OK, json);
    }

    private static JsonObjectBuilder message(String text) {
        return OBJECTS.createObjectBuilder().add("message", text);
    }

    /** JSON-P writes the body (its strings escaped as JSON), in UTF-8, under nosniff (SecurityHeadersFilter). */
    private static void answer(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        try (JsonWriter json = WRITERS.createWriter(response.getOutputStream())) {
            json.writeObject(body.build());
        }
    }
}
