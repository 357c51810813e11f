package org.learningsets.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningsets.ejb.calendar.CalendarFixtures.inPerson;
import static org.learningsets.ejb.calendar.CalendarFixtures.onlyEvent;
import static org.learningsets.ejb.calendar.CalendarFixtures.parse;
import static org.learningsets.ejb.calendar.CalendarFixtures.writer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learningsets.model.common.TimeZones;

/**
 * Meetings around the 2026 clock changes (29 March, 25 October). The parser turns TZID times into instants with
 * the VTIMEZONE found in the document itself, so these tests check the written zone definition too.
 */
class ClockChangeTest {

    /** 14:00 in London is 14:00 UTC in winter (GMT) and 13:00 UTC in summer (BST). */
    @ParameterizedTest(name = "{0} London is {1}")
    @CsvSource({
        "2026-03-27T14:00, 2026-03-27T14:00:00Z", // Friday before the spring change: GMT
        "2026-03-31T14:00, 2026-03-31T13:00:00Z", // Tuesday after it: BST
        "2026-10-23T14:00, 2026-10-23T13:00:00Z", // Friday before the autumn change: BST
        "2026-10-27T14:00, 2026-10-27T14:00:00Z", // Tuesday after it: GMT
    })
    void fourteenHundredStaysFourteenHundredLocal(String local, String utc) {
        LocalDateTime startsAt = LocalDateTime.parse(local);
        String ics = writer().toIcs("Learning Sets: Amira Khan", List.of(inPerson("m1", startsAt, 90)));

        VEvent event = onlyEvent(ics);
        DtStart<?> start = event.getDateTimeStart();
        assertEquals(
                "Europe/London",
                start.<Parameter>getParameter("TZID").orElseThrow().getValue());
        assertEquals(startsAt.toLocalDate().toString().replace("-", "") + "T140000", start.getValue());

        Instant expected = ZonedDateTime.of(startsAt, TimeZones.LONDON).toInstant();
        assertEquals(expected, Instant.from(start.getDate()));
        assertEquals(Instant.parse(utc), Instant.from(start.getDate()));

        DtEnd<?> end = event.getDateTimeEnd();
        assertEquals(
                "Europe/London",
                end.<Parameter>getParameter("TZID").orElseThrow().getValue());
        assertEquals(
                Duration.ofMinutes(90), Duration.between(Instant.from(start.getDate()), Instant.from(end.getDate())));
    }

    /**
     * On 25 October 2026 London's clocks go from 02:00 BST back to 01:00 GMT, so 01:00-02:00 happens twice.
     * Whatever the local times say, the calendar must span the real length of the meeting.
     */
    @ParameterizedTest(name = "{0} for {1} min ends {2}")
    @CsvSource({
        "2026-10-25T00:30, 120, 2026-10-25T01:30:00Z", // ends in the second 01:30 (GMT)
        "2026-10-25T01:15, 60, 2026-10-25T01:15:00Z", // starts in the first 01:15 (BST), ends in the second
        "2026-10-25T00:30, 45, 2026-10-25T00:15:00Z", // ends in the first 01:15 (BST)
        "2026-10-24T23:00, 240, 2026-10-25T02:00:00Z", // spans the whole repeated hour
        "2026-03-29T00:30, 90, 2026-03-29T02:00:00Z", // spring: 00:30 GMT to 03:00 BST
    })
    void lengthIsKeptAcrossTheChange(String local, int minutes, String expectedEndUtc) {
        LocalDateTime startsAt = LocalDateTime.parse(local);
        String ics = writer().toIcs("Learning Sets", List.of(inPerson("m1", startsAt, minutes)));

        VEvent event = onlyEvent(ics);
        Instant start = Instant.from(event.getDateTimeStart().getDate());
        Instant end = Instant.from(event.getDateTimeEnd().getDate());
        assertEquals(ZonedDateTime.of(startsAt, TimeZones.LONDON).toInstant(), start);
        assertEquals(Instant.parse(expectedEndUtc), end);
        assertEquals(Duration.ofMinutes(minutes), Duration.between(start, end));
    }

    /** Only an end inside the second, repeated hour needs UTC; every other end keeps the London local form. */
    @Test
    void endInRepeatedHourIsWrittenInUtc() {
        String ics =
                writer().toIcs("Learning Sets", List.of(inPerson("m1", LocalDateTime.parse("2026-10-25T00:30"), 120)));
        assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/London:20261025T003000\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND:20261025T013000Z\r\n"), ics);
    }

    @Test
    void calendarCarriesTheLondonTimeZoneOnce() {
        Calendar calendar = parse(writer().toIcs(
                        "Learning Sets",
                        List.of(
                                inPerson("m1", LocalDateTime.parse("2026-03-27T14:00"), 60),
                                inPerson("m2", LocalDateTime.parse("2026-10-27T14:00"), 60))));
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertEquals(1, zones.size());
        assertEquals("Europe/London", CalendarFixtures.value(zones.get(0), "TZID"));
    }
}
