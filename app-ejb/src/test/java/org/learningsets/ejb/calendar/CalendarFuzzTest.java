package org.learningsets.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningsets.ejb.calendar.CalendarFixtures.onlyEvent;
import static org.learningsets.ejb.calendar.CalendarFixtures.parse;
import static org.learningsets.ejb.calendar.CalendarFixtures.value;
import static org.learningsets.ejb.calendar.CalendarFixtures.writer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.component.VEvent;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.programme.MeetingMode;

/**
 * The iCalendar feed's content under Jazzer: a meeting with fuzzed names, place, link, times and revision either is
 * refused by CalendarMeeting (InvalidInputException, the only exception allowed out) or is written by ical4j so that
 * ical4j reads back exactly what was put in. A plain `mvn test` replays the saved inputs in
 * src/test/resources/org/learningsets/ejb/calendar/CalendarFuzzTestInputs/meetingReadsBackAsWritten/.
 */
class CalendarFuzzTest {

    private static final LocalDateTime FIRST = LocalDateTime.of(2025, 1, 1, 0, 0);

    @FuzzTest(maxDuration = "2m")
    void meetingReadsBackAsWritten(FuzzedDataProvider data) {
        String calendarName = data.consumeString(60);
        CalendarMeeting meeting;
        try {
            // The id is the meeting's UUID, made by the entity, never typed (the first run fed it any text: ical4j
            // writes a UID as it is, so a line break in one would not read back).
            meeting = new CalendarMeeting(
                    new UUID(data.consumeLong(), data.consumeLong()).toString(),
                    data.consumeString(60),
                    data.consumeString(60),
                    data.consumeInt(0, 60),
                    FIRST.plusMinutes(data.consumeLong(0, 5L * 366 * 24 * 60)),
                    data.consumeInt(0, 1441),
                    data.pickValue(MeetingMode.values()),
                    data.consumeBoolean() ? null : data.consumeString(80),
                    link(data),
                    data.consumeBoolean(),
                    data.consumeLong(-1, Integer.MAX_VALUE + 1L));
        } catch (InvalidInputException e) {
            return;
        }
        String ics;
        try {
            ics = writer().toIcs(calendarName, List.of(meeting));
        } catch (InvalidInputException e) {
            return; // a blank or too long calendar name
        }
        assertEquals(MeetingEventText.printable(calendarName).strip(), value(parse(ics), "X-WR-CALNAME"));
        for (String text : new String[] {meeting.setName(), meeting.programmeName(), meeting.place()}) {
            assertTrue(text == null || text.chars().noneMatch(c -> c != '\n' && Character.isISOControl(c)), text);
        }
        VEvent event = onlyEvent(ics);
        assertEquals(meeting.meetingId() + MeetingCalendarWriter.UID_SUFFIX, value(event, "UID"));
        assertEquals(MeetingEventText.summary(meeting), value(event, "SUMMARY"));
        assertEquals(MeetingEventText.location(meeting), value(event, "LOCATION"));
        assertEquals(MeetingEventText.description(meeting), value(event, "DESCRIPTION"));
        assertEquals(meeting.link(), value(event, "URL"));
        assertEquals(String.valueOf(meeting.sequence()), value(event, "SEQUENCE"));
        assertEquals(meeting.cancelled() ? "CANCELLED" : "CONFIRMED", value(event, "STATUS"));
        assertEquals(
                meeting.start().toInstant(),
                Instant.from(event.getDateTimeStart().getDate()));
        assertEquals(
                meeting.end().toInstant(), Instant.from(event.getDateTimeEnd().getDate()));
    }

    /** None, a web address with fuzzed parts (most meeting links), or any text at all. */
    private static String link(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 2)) {
            case 0 -> null;
            case 1 -> "https://" + data.consumeAsciiString(20) + ".example/" + data.consumeString(40);
            default -> data.consumeString(80);
        };
    }
}
