package org.learningsets.web.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.confidentiality.ShownRecords;
import org.learningsets.ejb.meeting.LiveMeetingService;
import org.learningsets.ejb.meeting.LiveMeetingViews.CheckInAction;
import org.learningsets.ejb.meeting.LiveMeetingViews.CheckInMember;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeeting;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeetingRead;
import org.learningsets.model.meeting.RoundStep;

/**
 * The live page's session copy (what a clustered node writes to the data grid at every request, and what the node
 * taking over a session reads) carries what the page needs to carry on, not the meeting it read: the decrypted
 * text of the check-in actions stays on the node that read it, and is read again through the gate elsewhere.
 */
class LiveMeetingBackingSessionTest {

    private static final String SECRET = "Ring the ward manager about the rota before Friday";

    @Test
    void theSessionCopyHoldsNoMeetingTextButKeepsWhatThePageNeeds() throws Exception {
        LiveMeetingBacking page = new LiveMeetingBacking();
        page.setId("meeting-1");
        set(page, "meeting", meetingShowing(SECRET));
        set(page, "everRead", true);
        set(page, "shownStep", RoundStep.QUESTIONS);

        byte[] copy = serialize(page);

        assertFalse(
                new String(copy, StandardCharsets.ISO_8859_1).contains(SECRET),
                "the confidential action text is not in the session copy");
        LiveMeetingBacking onTheOtherNode = deserialize(copy);
        assertNull(get(onTheOtherNode, "meeting"), "read again on the node that takes over");
        assertEquals(true, get(onTheOtherNode, "everRead"));
        assertEquals(RoundStep.QUESTIONS, get(onTheOtherNode, "shownStep"), "Next still moves on from the step shown");
        assertEquals("meeting-1", onTheOtherNode.getId());
        assertNotNull(get(onTheOtherNode, "shown"), "what the page has shown, for the audit, travels with it");
    }

    /**
     * On the node that took a session over, the page's first use in a request (a getter while the view is restored)
     * reads the meeting there, already with the change the screen was told of; the re-read that follows must not take
     * that copy for what the screen shows, or it would draw only the revision and the screen would never show the
     * change.
     */
    @Test
    void theFirstReReadOnTheNodeThatTookTheSessionOverDrawsTheWholePage() throws Exception {
        LiveMeeting drawn = meetingShowing("Book the room");
        LiveMeeting changed = meetingShowing("Book the room for June");
        LiveMeetingBacking page = new LiveMeetingBacking();
        page.setId("meeting-1");
        set(page, "meeting", drawn);
        set(page, "everRead", true);
        assertSame(drawn, page.shownOnScreen(), "on the node that drew it, the screen shows the page's copy");

        LiveMeetingBacking onTheOtherNode = deserialize(serialize(page));
        onTheOtherNode.live = new LiveMeetingService() {
            @Override
            public LiveMeetingRead read(String meetingId, ShownRecords shown) {
                return new LiveMeetingRead(2, changed, shown);
            }
        };
        assertSame(changed, onTheOtherNode.getMeeting(), "read again there at its first use");
        assertEquals(
                Optional.empty(),
                LiveRegions.toDraw(onTheOtherNode.shownOnScreen(), changed),
                "what the screen shows is not known there: the re-read draws the whole page");
        assertSame(changed, onTheOtherNode.shownOnScreen(), "once asked, the next re-read compares with this copy");
    }

    @Test
    void aPageThatNeverReadItsMeetingDoesNotReadItOnAGetter() throws Exception {
        // Before load() has read it (or after load() was refused), the page has no meeting and asks nothing.
        LiveMeetingBacking page = new LiveMeetingBacking();
        assertNull(page.getMeeting());
        assertTrue(serialize(page).length > 0);
    }

    private static LiveMeeting meetingShowing(String actionText) {
        CheckInAction action = new CheckInAction("action-1", 0, "Rota gaps", actionText, null, "OPEN", false, false);
        CheckInMember member = new CheckInMember("person-1", "Amira Khan", null, List.of(action));
        return LiveMeetingSamples.meeting("CHECK_IN", List.of(member), List.of(), null, false);
    }

    private static byte[] serialize(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static LiveMeetingBacking deserialize(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (LiveMeetingBacking) in.readObject();
        }
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = LiveMeetingBacking.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static Object get(Object target, String name) throws Exception {
        Field field = LiveMeetingBacking.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
