package org.learningsets.ejb.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.TimeZones;

/**
 * Turns meetings into an iCalendar (RFC 5545) document for download or subscription, through ical4j's model.
 * Times are written as Europe/London local times with the zone's VTIMEZONE, so a 14:00 meeting stays at 14:00
 * across the clock changes in every client. Thread-safe: one instance can serve all requests.
 */
public final class MeetingCalendarWriter {

    /** The Content-Type for a response carrying {@link #toIcs}. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    /** Appended to the meeting id to make a UID that stays the same across downloads and revisions. */
    public static final String UID_SUFFIX = "@learningsets";

    private static final String CALENDAR_NAME = "X-WR-CALNAME";
    private static final String CALENDAR_TIME_ZONE = "X-WR-TIMEZONE";

    private final String productId;
    private final Clock clock;
    private final VTimeZone london;

    /**
     * @param productId the PRODID, e.g. "-//NHS Learning Sets//Meetings//EN"
     * @param clock     gives DTSTAMP, the time the document is made
     */
    public MeetingCalendarWriter(String productId, Clock clock) {
        this.productId = Checks.text(productId, "Calendar product id", FieldLengths.NAME);
        this.clock = Checks.required(clock, "Clock");
        // From the definitions inside the ical4j jar: no network look-up (see ical4j.properties).
        TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(TimeZones.LONDON.getId());
        if (zone == null) {
            throw new IllegalStateException("ical4j has no time zone definition for " + TimeZones.LONDON.getId());
        }
        this.london = zone.getVTimeZone();
    }

    /**
     * The calendar as iCalendar text, lines ending CRLF.
     *
     * @param calendarName shown by clients as the calendar's name, e.g. "Learning Sets: Amira Khan"
     * @param meetings     any order; written by start time; an empty list gives a valid calendar with no events
     * @throws InvalidInputException for a blank name, a null meeting or two meetings with the same id
     */
    public String toIcs(String calendarName, List<CalendarMeeting> meetings) {
        Calendar calendar = calendar(calendarName, meetings);
        String unfolded = calendar.toString();
        // ical4j 4.1.1 folds long lines by UTF-16 unit and can split an emoji's surrogate pair, which UTF-8 then
        // turns into "??" (https://github.com/ical4j/ical4j/issues/800, fixed after 4.1.1). Long lines are only a
        // SHOULD NOT in RFC 5545, so a calendar holding such characters is left unfolded rather than corrupted.
        if (unfolded.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
            return unfolded;
        }
        StringWriter folded = new StringWriter();
        try {
            // Not validating: ical4j's iTIP check wants an ORGANIZER on a published event, which these have none of.
            new CalendarOutputter(false).output(calendar, folded);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return folded.toString();
    }

    /** Writes {@link #toIcs} as UTF-8 to the stream, which is left open. */
    public void writeTo(String calendarName, List<CalendarMeeting> meetings, OutputStream out) throws IOException {
        Checks.required(out, "Output stream");
        out.write(toIcs(calendarName, meetings).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private Calendar calendar(String calendarName, List<CalendarMeeting> meetings) {
        String name = Checks.text(MeetingEventText.printable(calendarName), "Calendar name", FieldLengths.NAME);
        List<CalendarMeeting> ordered = checkedInOrder(meetings);
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(productId));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(name));
        calendar.add(new XProperty(CALENDAR_NAME, name));
        calendar.add(new XProperty(CALENDAR_TIME_ZONE, TimeZones.LONDON.getId()));
        // Always present: the events refer to it, and RFC 5545 wants one component even in an empty calendar.
        calendar.add(london.copy());
        for (CalendarMeeting meeting : ordered) {
            calendar.add(event(meeting, stamp));
        }
        return calendar;
    }

    private static List<CalendarMeeting> checkedInOrder(List<CalendarMeeting> meetings) {
        if (meetings == null) {
            throw new InvalidInputException("The list of meetings is required.");
        }
        Set<String> ids = new HashSet<>();
        for (CalendarMeeting meeting : meetings) {
            if (meeting == null) {
                throw new InvalidInputException("The list of meetings contains an empty entry.");
            }
            if (!ids.add(meeting.meetingId())) {
                throw new InvalidInputException(
                        "Meeting " + meeting.meetingId() + " appears twice; each meeting can be in a calendar once.");
            }
        }
        return meetings.stream()
                .sorted(Comparator.comparing(CalendarMeeting::start).thenComparing(CalendarMeeting::meetingId))
                .toList();
    }

    private static VEvent event(CalendarMeeting meeting, Instant stamp) {
        VEvent event = new VEvent(false); // false: no automatic DTSTAMP, ours comes from the clock
        event.add(new DtStamp(stamp));
        event.add(new Uid(meeting.meetingId() + UID_SUFFIX));
        event.add(new DtStart<>(meeting.start()));
        event.add(endOf(meeting));
        event.add(new Summary(MeetingEventText.summary(meeting)));
        String location = MeetingEventText.location(meeting);
        if (location != null) {
            event.add(new Location(location));
        }
        if (meeting.link() != null) {
            event.add(new Url(URI.create(meeting.link())));
        }
        event.add(new Description(MeetingEventText.description(meeting)));
        event.add(new Sequence(Math.toIntExact(meeting.sequence())));
        event.add(meeting.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        // A cancelled meeting no longer blocks the time in free/busy views.
        event.add(meeting.cancelled() ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
        return event;
    }

    /**
     * The end as London local time, except in the hour repeated when clocks go back: there a local time is read as
     * its first occurrence (RFC 5545, 3.3.5), which would cut a meeting ending in the second one short by an hour,
     * so that end is written in UTC.
     */
    private static DtEnd<?> endOf(CalendarMeeting meeting) {
        ZonedDateTime end = meeting.end();
        ZonedDateTime asClientsReadIt = end.toLocalDateTime().atZone(TimeZones.LONDON);
        if (asClientsReadIt.toInstant().equals(end.toInstant())) {
            return new DtEnd<>(end);
        }
        return new DtEnd<>(end.toInstant());
    }
}
