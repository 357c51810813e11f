package org.learningsets.ejb.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.programme.MeetingMode;

/**
 * One meeting as it appears in someone's calendar. It holds only what may sit in a personal or shared calendar:
 * no member names, issues, actions or learning, since calendar data is copied to devices and other services.
 *
 * @param startsAt  Europe/London wall-clock time, as the meeting is stored
 * @param cancelled kept in the feed as STATUS:CANCELLED so that subscribed clients remove it
 * @param sequence  revision of the meeting, raised on each change so clients replace their copy
 */
public record CalendarMeeting(
        String meetingId,
        String setName,
        String programmeName,
        int number,
        LocalDateTime startsAt,
        int durationMinutes,
        MeetingMode mode,
        String place,
        String link,
        boolean cancelled,
        long sequence) {

    /** A day: anything longer is a data error, not a meeting. */
    static final int MAX_DURATION_MINUTES = 24 * 60;

    public CalendarMeeting {
        meetingId = Checks.text(meetingId, "Meeting id", FieldLengths.ID);
        setName = Checks.text(MeetingEventText.printable(setName), "Set name", FieldLengths.NAME);
        programmeName = Checks.text(MeetingEventText.printable(programmeName), "Programme name", FieldLengths.NAME);
        if (number < 1) {
            throw new InvalidInputException("Meeting number must be 1 or more (it is " + number + ").");
        }
        Checks.required(startsAt, "Start time");
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new InvalidInputException("Meeting length must be between 1 and " + MAX_DURATION_MINUTES
                    + " minutes (it is " + durationMinutes + ").");
        }
        Checks.required(mode, "Meeting mode");
        place = Checks.optionalText(MeetingEventText.printable(place), "Place", FieldLengths.NAME);
        link = Checks.optionalText(link, "Meeting link", FieldLengths.URL);
        if (mode.needsPlace() && place == null) {
            throw new InvalidInputException(
                    "Meeting " + meetingId + " is held " + mode.getLabel().toLowerCase() + " but has no place.");
        }
        if (mode.needsLink() && link == null) {
            throw new InvalidInputException(
                    "Meeting " + meetingId + " is " + mode.getLabel().toLowerCase() + " but has no meeting link.");
        }
        if (link != null) {
            requireWebLink(link);
        }
        if (sequence < 0 || sequence > Integer.MAX_VALUE) {
            throw new InvalidInputException(
                    "Revision (sequence) must be between 0 and " + Integer.MAX_VALUE + " (it is " + sequence + ").");
        }
    }

    /** The start as an instant in London; an hour skipped in spring moves it on, as the rest of the system does. */
    public ZonedDateTime start() {
        return startsAt.atZone(TimeZones.LONDON);
    }

    /** The end in real time: a meeting across a clock change still lasts its minutes. */
    public ZonedDateTime end() {
        return start().plusMinutes(durationMinutes);
    }

    /** Same rule as the stored meeting, so that every stored link can be exported; only web links reach a calendar. */
    private static void requireWebLink(String link) {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("The meeting link \"" + link + "\" is not a valid web address.");
        }
        String scheme = uri.getScheme();
        if (scheme == null
                || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                || uri.getHost() == null) {
            throw new InvalidInputException(
                    "The meeting link \"" + link + "\" must be a web address starting with https://.");
        }
    }
}
