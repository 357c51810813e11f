package org.learningsets.web.meeting;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeeting;

/**
 * Which parts of the live page a screen's re-read draws again. Every screen of a meeting re-reads it at each change,
 * and most changes touch one part of the page: a mark at check-in the check-in table, a timer click or a step the
 * running round. Drawing only that part (and the revision the page has read) makes the answer a fraction of the
 * whole form. The parts are chosen by comparing the meeting as the screen showed it with the meeting just read; any
 * other difference, or a screen with nothing shown before, draws the whole form as before.
 */
final class LiveRegions {

    /** The revision the page has read, which every re-read draws (live.js compares it with the messages). */
    static final String REVISION = "live:revision";

    static final String CHECK_IN = "live:checkIn";
    static final String ROUND = "live:roundRegion";

    private LiveRegions() {}

    /** The client ids to draw instead of the whole form, or empty for the whole form. */
    static Optional<List<String>> toDraw(LiveMeeting shown, LiveMeeting read) {
        if (shown == null || read == null) {
            return Optional.empty();
        }
        Set<String> changed = changedParts(shown, read);
        if (changed.isEmpty()) {
            return Optional.of(List.of(REVISION));
        }
        // At check-in only the check-in table shows the members; the agenda lines (which carry whether each
        // issue's holder is here) are not on the page until the agenda.
        if (shown.atCheckIn() && read.atCheckIn() && Set.of("members", "agenda").containsAll(changed)) {
            return Optional.of(List.of(REVISION, CHECK_IN));
        }
        if (shown.atRounds()
                && read.atRounds()
                && changed.equals(Set.of("round"))
                && shown.round() != null
                && read.round() != null
                && shown.round().roundId().equals(read.round().roundId())) {
            return Optional.of(List.of(REVISION, ROUND));
        }
        return Optional.empty();
    }

    /** The names of the meeting's record components whose values differ. */
    static Set<String> changedParts(LiveMeeting before, LiveMeeting after) {
        Set<String> changed = new HashSet<>();
        for (RecordComponent c : LiveMeeting.class.getRecordComponents()) {
            if (!Objects.equals(valueOf(c, before), valueOf(c, after))) {
                changed.add(c.getName());
            }
        }
        return changed;
    }

    private static Object valueOf(RecordComponent component, LiveMeeting of) {
        try {
            return component.getAccessor().invoke(of);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not read " + component.getName(), e);
        }
    }
}
