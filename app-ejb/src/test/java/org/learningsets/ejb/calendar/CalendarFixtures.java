package org.learningsets.ejb.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import org.learningsets.model.programme.MeetingMode;

/** Meetings to write and a way to read the result back with ical4j's own parser. */
final class CalendarFixtures {

    static final String PRODUCT_ID = "-//NHS Learning Sets//Meetings//EN";
    static final Instant NOW = Instant.parse("2026-02-10T09:15:30Z");
    static final String LINK = "https://teams.example.nhs.uk/l/meetup-join/19%3ameeting?context=a,b;c";

    private CalendarFixtures() {}

    static MeetingCalendarWriter writer() {
        return new MeetingCalendarWriter(PRODUCT_ID, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static CalendarMeeting inPerson(String id, LocalDateTime startsAt, int minutes) {
        return new CalendarMeeting(
                id,
                "Set A",
                "Leading Change 2026",
                2,
                startsAt,
                minutes,
                MeetingMode.IN_PERSON,
                "Boardroom, Whiston Hospital",
                null,
                false,
                0);
    }

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("Output is not iCalendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    static VEvent onlyEvent(String ics) {
        List<VEvent> events = events(parse(ics));
        if (events.size() != 1) {
            throw new AssertionError("Expected one event, found " + events.size());
        }
        return events.get(0);
    }

    /** The unescaped value of a property, or null when it is absent. */
    static String value(PropertyListAccessor container, String name) {
        return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }
}
