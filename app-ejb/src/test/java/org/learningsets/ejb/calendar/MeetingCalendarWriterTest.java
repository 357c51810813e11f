package org.learningsets.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningsets.ejb.calendar.CalendarFixtures.LINK;
import static org.learningsets.ejb.calendar.CalendarFixtures.NOW;
import static org.learningsets.ejb.calendar.CalendarFixtures.PRODUCT_ID;
import static org.learningsets.ejb.calendar.CalendarFixtures.events;
import static org.learningsets.ejb.calendar.CalendarFixtures.inPerson;
import static org.learningsets.ejb.calendar.CalendarFixtures.onlyEvent;
import static org.learningsets.ejb.calendar.CalendarFixtures.parse;
import static org.learningsets.ejb.calendar.CalendarFixtures.value;
import static org.learningsets.ejb.calendar.CalendarFixtures.writer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.programme.MeetingMode;

class MeetingCalendarWriterTest {

    private static final LocalDateTime TUESDAY_TWO = LocalDateTime.parse("2026-03-10T14:00");

    @Test
    void calendarPropertiesAreThere() {
        Calendar calendar =
                parse(writer().toIcs("Learning Sets: Amira Khan", List.of(inPerson("m1", TUESDAY_TWO, 120))));
        assertEquals("2.0", value(calendar, "VERSION"));
        assertEquals(PRODUCT_ID, value(calendar, "PRODID"));
        assertEquals("PUBLISH", value(calendar, "METHOD"));
        assertEquals("GREGORIAN", value(calendar, "CALSCALE"));
        assertEquals("Learning Sets: Amira Khan", value(calendar, "X-WR-CALNAME"));
        assertEquals("Learning Sets: Amira Khan", value(calendar, "NAME"));
        assertEquals("Europe/London", value(calendar, "X-WR-TIMEZONE"));
    }

    @Test
    void eventCarriesTheMeeting() {
        CalendarMeeting meeting = new CalendarMeeting(
                "3f2a9c1e-7d4b-4e8a-9b1c-2d3e4f5a6b7c",
                "Set A",
                "Leading Change 2026",
                2,
                TUESDAY_TWO,
                120,
                MeetingMode.HYBRID,
                "Boardroom",
                LINK,
                false,
                4);
        VEvent event = onlyEvent(writer().toIcs("Learning Sets", List.of(meeting)));

        assertEquals("3f2a9c1e-7d4b-4e8a-9b1c-2d3e4f5a6b7c@learningsets", value(event, "UID"));
        assertEquals("20260210T091530Z", value(event, "DTSTAMP"));
        assertEquals("20260310T140000", value(event, "DTSTART"));
        assertEquals("20260310T160000", value(event, "DTEND"));
        assertEquals("Set A: meeting 2", value(event, "SUMMARY"));
        assertEquals("Boardroom or online: " + LINK, value(event, "LOCATION"));
        assertEquals(LINK, value(event, "URL"));
        assertEquals("4", value(event, "SEQUENCE"));
        assertEquals("CONFIRMED", value(event, "STATUS"));
        assertEquals("OPAQUE", value(event, "TRANSP"));
    }

    /** Only the set, programme, meeting number and how to join: nothing said in the set. */
    @Test
    void descriptionSaysOnlyHowToJoin() {
        CalendarMeeting hybrid = new CalendarMeeting(
                "m1",
                "Set A",
                "Leading Change 2026",
                2,
                TUESDAY_TWO,
                120,
                MeetingMode.HYBRID,
                "Boardroom",
                LINK,
                false,
                0);
        assertEquals(
                """
                Action learning set Set A, meeting 2.
                Programme: Leading Change 2026.
                Held in person, with the option to join online.
                Place: Boardroom
                Join online: %s""".formatted(LINK), value(onlyEvent(writer().toIcs("Learning Sets", List.of(hybrid))), "DESCRIPTION"));

        CalendarMeeting virtual = new CalendarMeeting(
                "m2", "Set B", "Leading Change 2026", 5, TUESDAY_TWO, 90, MeetingMode.VIRTUAL, null, LINK, true, 1);
        assertEquals(
                """
                This meeting has been cancelled.
                Action learning set Set B, meeting 5.
                Programme: Leading Change 2026.
                Held online.
                Join online: %s""".formatted(LINK),
                value(onlyEvent(writer().toIcs("Learning Sets", List.of(virtual))), "DESCRIPTION"));
    }

    @Test
    void locationAndUrlFollowTheMode() {
        VEvent inPerson = onlyEvent(writer().toIcs("L", List.of(inPerson("m1", TUESDAY_TWO, 60))));
        assertEquals("Boardroom, Whiston Hospital", value(inPerson, "LOCATION"));
        assertNull(value(inPerson, "URL"));

        VEvent virtual = onlyEvent(writer().toIcs(
                        "L",
                        List.of(new CalendarMeeting(
                                "m2", "Set A", "P", 1, TUESDAY_TWO, 60, MeetingMode.VIRTUAL, null, LINK, false, 0))));
        assertEquals(LINK, value(virtual, "LOCATION"));
        assertEquals(LINK, value(virtual, "URL"));
    }

    /** Kept in the feed with STATUS:CANCELLED and a higher SEQUENCE, so clients replace and drop their copy. */
    @Test
    void cancelledMeetingStaysInTheFeed() {
        CalendarMeeting cancelled = new CalendarMeeting(
                "m1", "Set A", "P", 2, TUESDAY_TWO, 120, MeetingMode.IN_PERSON, "Boardroom", null, true, 3);
        VEvent event = onlyEvent(writer().toIcs("L", List.of(cancelled)));
        assertEquals("m1@learningsets", value(event, "UID"));
        assertEquals("CANCELLED", value(event, "STATUS"));
        assertEquals("3", value(event, "SEQUENCE"));
        assertEquals("TRANSPARENT", value(event, "TRANSP"));
        assertEquals("Set A: meeting 2 (cancelled)", value(event, "SUMMARY"));
    }

    @Test
    void uidStaysWhenTheDocumentIsMadeAgain() {
        List<CalendarMeeting> meetings = List.of(inPerson("m1", TUESDAY_TWO, 60));
        VEvent first = onlyEvent(writer().toIcs("L", meetings));
        MeetingCalendarWriter later = new MeetingCalendarWriter(
                PRODUCT_ID, Clock.fixed(Instant.parse("2026-02-11T18:00:00.750Z"), ZoneOffset.UTC));
        VEvent second = onlyEvent(later.toIcs("L", meetings));
        assertEquals(value(first, "UID"), value(second, "UID"));
        assertEquals("20260211T180000Z", value(second, "DTSTAMP"));
    }

    /** ical4j escapes commas, semicolons, backslashes and line breaks; all of it must come back unchanged. */
    @Test
    void textWithSpecialCharactersRoundTrips() throws IOException {
        String place = "St Helens & Knowsley; Room 4, Level 2 — café";
        String setName = "Set A, \"North\"; Wirral \\ Cheshire";
        String programme = "Leading Change:\nSystem Leaders 2026 — ﬁrst cohort";
        CalendarMeeting meeting = new CalendarMeeting(
                "m1", setName, programme, 2, TUESDAY_TWO, 60, MeetingMode.IN_PERSON, place, null, false, 0);
        String calendarName = "Learning Sets: Khan, Amira; Ó Súilleabháin";

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer().writeTo(calendarName, List.of(meeting), bytes);
        Calendar calendar = parse(bytes.toString(StandardCharsets.UTF_8));

        assertEquals(calendarName, value(calendar, "X-WR-CALNAME"));
        VEvent event = events(calendar).get(0);
        assertEquals(place, value(event, "LOCATION"));
        assertEquals(setName + ": meeting 2", value(event, "SUMMARY"));
        assertTrue(value(event, "DESCRIPTION").contains("Programme: " + programme + "."));
        String raw = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(raw.contains("St Helens & Knowsley\\; Room 4\\, Level 2 — café"), raw);
    }

    /**
     * ical4j 4.1.1 can fold a long line between the two halves of an emoji, which UTF-8 cannot carry. Whatever the
     * emoji's position, the bytes sent must read back as the text given.
     */
    @Test
    void emojiSurvivesWhereverALineWouldFold() throws IOException {
        for (int pad = 0; pad < 12; pad++) {
            String place =
                    "Room " + "4".repeat(pad) + " 🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳 garden";
            CalendarMeeting meeting = new CalendarMeeting(
                    "m1", "Set A", "P", 1, TUESDAY_TWO, 60, MeetingMode.IN_PERSON, place, null, false, 0);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer().writeTo("L", List.of(meeting), bytes);
            VEvent event = onlyEvent(bytes.toString(StandardCharsets.UTF_8));
            assertEquals(place, value(event, "LOCATION"), "padding " + pad);
        }
    }

    /** Without characters beyond the basic plane, long lines are folded as RFC 5545 asks (75 octets at most). */
    @Test
    void longLinesAreFoldedWithCrlf() {
        CalendarMeeting meeting = new CalendarMeeting(
                "m1",
                "Set A",
                "A programme with a long name ".repeat(6).strip(),
                1,
                TUESDAY_TWO,
                60,
                MeetingMode.IN_PERSON,
                "Room 4",
                null,
                false,
                0);
        String ics = writer().toIcs("L", List.of(meeting));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends CRLF");
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertTrue(ics.contains("\r\n "), "has folded lines");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(value(onlyEvent(ics), "DESCRIPTION").contains("A programme with a long name A programme"));
    }

    @Test
    void meetingsAreWrittenInStartOrder() {
        Calendar calendar = parse(writer().toIcs(
                        "L",
                        List.of(
                                inPerson("c", TUESDAY_TWO.plusWeeks(2), 60),
                                inPerson("a", TUESDAY_TWO, 60),
                                inPerson("b", TUESDAY_TWO.plusWeeks(1), 60))));
        assertEquals(
                List.of("a@learningsets", "b@learningsets", "c@learningsets"),
                events(calendar).stream().map(e -> value(e, "UID")).toList());
    }

    /** An empty feed still has VERSION, PRODID and one component (the time zone), which RFC 5545 asks for. */
    @Test
    void emptyListGivesACalendarWithoutEvents() {
        String ics = writer().toIcs("Learning Sets: Amira Khan", List.of());
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        Calendar calendar = parse(ics);
        assertEquals("2.0", value(calendar, "VERSION"));
        assertEquals(PRODUCT_ID, value(calendar, "PRODID"));
        assertTrue(events(calendar).isEmpty());
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
        assertNoRfc5545Errors(calendar);
    }

    /**
     * Valid by ical4j's RFC 5545 rules. The iTIP rules for METHOD:PUBLISH also ask for an ORGANIZER, which a feed
     * of meetings has no honest value for, so METHOD is taken off before validating and only that rule is skipped.
     */
    @Test
    void outputIsValidICalendar() {
        List<CalendarMeeting> meetings = List.of(
                inPerson("m1", TUESDAY_TWO, 60),
                new CalendarMeeting(
                        "m2",
                        "Set A",
                        "P",
                        3,
                        LocalDateTime.parse("2026-10-25T00:30"),
                        120,
                        MeetingMode.VIRTUAL,
                        null,
                        LINK,
                        true,
                        2));
        assertNoRfc5545Errors(parse(writer().toIcs("L", meetings)));
    }

    @Test
    void writeToLeavesTheStreamOpen() throws IOException {
        class Recording extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Recording out = new Recording();
        writer().writeTo("L", List.of(inPerson("m1", TUESDAY_TWO, 60)), out);
        assertFalse(out.closed);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("UID:m1@learningsets"));
    }

    @Test
    void badCallsAreRefusedWithReasons() {
        MeetingCalendarWriter writer = writer();
        CalendarMeeting meeting = inPerson("m1", TUESDAY_TWO, 60);

        assertMessage("Calendar name is required.", () -> writer.toIcs(" ", List.of(meeting)));
        assertMessage("The list of meetings is required.", () -> writer.toIcs("L", null));
        List<CalendarMeeting> withGap = new ArrayList<>(Arrays.asList(meeting, null));
        assertMessage("The list of meetings contains an empty entry.", () -> writer.toIcs("L", withGap));
        assertMessage(
                "Meeting m1 appears twice; each meeting can be in a calendar once.",
                () -> writer.toIcs("L", List.of(meeting, inPerson("m1", TUESDAY_TWO.plusDays(7), 60))));
        assertMessage("Output stream is required.", () -> writer.writeTo("L", List.of(meeting), (OutputStream) null));
        assertMessage(
                "Calendar product id is required.",
                () -> new MeetingCalendarWriter("", Clock.fixed(NOW, ZoneOffset.UTC)));
        assertMessage("Clock is required.", () -> new MeetingCalendarWriter(PRODUCT_ID, null));
    }

    private static void assertNoRfc5545Errors(Calendar calendar) {
        Property method = calendar.<Property>getProperty("METHOD").orElseThrow();
        calendar.remove(method);
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
    }

    interface Call {
        void run() throws Exception;
    }

    private static void assertMessage(String expected, Call call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
        assertEquals(expected, e.getMessage());
    }
}
