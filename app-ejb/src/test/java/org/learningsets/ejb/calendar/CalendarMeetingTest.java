package org.learningsets.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.programme.MeetingMode;

class CalendarMeetingTest {

    private static final LocalDateTime START = LocalDateTime.parse("2026-03-10T14:00");
    private static final String LINK = "https://meet.example.nhs.uk/abc";

    @Test
    void textIsTrimmedAndBlankOptionalsBecomeNull() {
        CalendarMeeting meeting = new CalendarMeeting(
                "  m1 ", " Set A ", " P ", 1, START, 60, MeetingMode.VIRTUAL, "  ", " " + LINK + " ", false, 0);
        assertEquals("m1", meeting.meetingId());
        assertEquals("Set A", meeting.setName());
        assertEquals("P", meeting.programmeName());
        assertNull(meeting.place());
        assertEquals(LINK, meeting.link());
    }

    /** Found by fuzzing: iCalendar text cannot carry control characters, so ical4j read them back as nothing. */
    @Test
    void controlCharactersBecomeSpacesAndLineBreaksStay() {
        CalendarMeeting meeting = new CalendarMeeting(
                "m1", "Set\u0000A", "P\r\nQ\rR", 1, START, 60, MeetingMode.IN_PERSON, "Room\t4\u0085", null, false, 0);
        assertEquals("Set A", meeting.setName());
        assertEquals("P\nQ\nR", meeting.programmeName());
        assertEquals("Room 4", meeting.place());
        assertThrows(
                InvalidInputException.class,
                () -> new CalendarMeeting(
                        "m1", "\u0001\u0002", "P", 1, START, 60, MeetingMode.IN_PERSON, "Room", null, false, 0));
    }

    @Test
    void startAndEndAreInLondonAndEndIsRealElapsedTime() {
        CalendarMeeting meeting = new CalendarMeeting(
                "m1",
                "Set A",
                "P",
                1,
                LocalDateTime.parse("2026-10-25T00:30"),
                120,
                MeetingMode.IN_PERSON,
                "Room 4",
                null,
                false,
                0);
        assertEquals(ZonedDateTime.of(meeting.startsAt(), TimeZones.LONDON), meeting.start());
        assertEquals(Duration.ofMinutes(120), Duration.between(meeting.start(), meeting.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIdIsRefused(String id) {
        assertMessage("Meeting id is required.", () -> meeting(id, "Set A", "P", 1, START, 60));
    }

    @Test
    void missingFieldsAreRefusedByName() {
        assertMessage("Meeting id is required.", () -> meeting(null, "Set A", "P", 1, START, 60));
        assertMessage("Set name is required.", () -> meeting("m1", null, "P", 1, START, 60));
        assertMessage("Programme name is required.", () -> meeting("m1", "Set A", " ", 1, START, 60));
        assertMessage("Start time is required.", () -> meeting("m1", "Set A", "P", 1, null, 60));
        assertMessage(
                "Meeting mode is required.",
                () -> new CalendarMeeting("m1", "Set A", "P", 1, START, 60, null, "Room 4", null, false, 0));
    }

    @Test
    void tooLongIdIsRefused() {
        assertMessage(
                "Meeting id must be at most 36 characters (it has 37).",
                () -> meeting("x".repeat(37), "Set A", "P", 1, START, 60));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -30, 1441})
    void durationOutsideADayIsRefused(int minutes) {
        assertMessage(
                "Meeting length must be between 1 and 1440 minutes (it is " + minutes + ").",
                () -> meeting("m1", "Set A", "P", 1, START, minutes));
    }

    @Test
    void meetingNumberStartsAtOne() {
        assertMessage("Meeting number must be 1 or more (it is 0).", () -> meeting("m1", "Set A", "P", 0, START, 60));
    }

    @Test
    void modeNeedsItsPlaceOrLink() {
        assertMessage(
                "Meeting m1 is held in person but has no place.",
                () -> new CalendarMeeting(
                        "m1", "Set A", "P", 1, START, 60, MeetingMode.IN_PERSON, null, LINK, false, 0));
        assertMessage(
                "Meeting m1 is virtual but has no meeting link.",
                () -> new CalendarMeeting(
                        "m1", "Set A", "P", 1, START, 60, MeetingMode.VIRTUAL, "Room 4", null, false, 0));
        assertMessage(
                "Meeting m1 is hybrid but has no meeting link.",
                () -> new CalendarMeeting(
                        "m1", "Set A", "P", 1, START, 60, MeetingMode.HYBRID, "Room 4", " ", false, 0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://files.example.org/x",
                "javascript:alert(1)",
                "https:///no-host",
                "meet link",
                "www.example.org/abc"
            })
    void linkMustBeAWebAddress(String link) {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> new CalendarMeeting("m1", "Set A", "P", 1, START, 60, MeetingMode.VIRTUAL, null, link, false, 0));
        assertTrue(e.getMessage().startsWith("The meeting link \"" + link + "\""), e.getMessage());
    }

    @Test
    void sequenceMustFitICalendar() {
        assertMessage(
                "Revision (sequence) must be between 0 and 2147483647 (it is -1).",
                () -> new CalendarMeeting(
                        "m1", "Set A", "P", 1, START, 60, MeetingMode.IN_PERSON, "Room 4", null, false, -1));
        assertMessage(
                "Revision (sequence) must be between 0 and 2147483647 (it is 2147483648).",
                () -> new CalendarMeeting(
                        "m1", "Set A", "P", 1, START, 60, MeetingMode.IN_PERSON, "Room 4", null, false, 2147483648L));
    }

    private static CalendarMeeting meeting(
            String id, String set, String programme, int number, LocalDateTime startsAt, int minutes) {
        return new CalendarMeeting(
                id, set, programme, number, startsAt, minutes, MeetingMode.IN_PERSON, "Room 4", null, false, 0);
    }

    private static void assertMessage(String expected, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(expected, e.getMessage());
    }
}
