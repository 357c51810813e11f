package org.learningsets.ejb.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a meeting's calendar entry. Built only from the fields of {@link CalendarMeeting}, so nothing said in
 * a set can reach a calendar. Plain text: ical4j escapes commas, semicolons and line breaks when it writes.
 */
final class MeetingEventText {

    private MeetingEventText() {}

    /**
     * Text as iCalendar can carry it: RFC 5545 text has no place for control characters (ical4j writes them as they
     * are and reads them back without them; found by fuzzing), so each becomes a space; line breaks stay line
     * breaks, which ical4j escapes. Null stays null.
     */
    static String printable(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .codePoints()
                .map(c -> c != '\n' && Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** "Set A: meeting 2"; a cancelled meeting says so in its title too, for clients that keep showing it. */
    static String summary(CalendarMeeting meeting) {
        String title = meeting.setName() + ": meeting " + meeting.number();
        return meeting.cancelled() ? title + " (cancelled)" : title;
    }

    /** The place and/or the link; null when the meeting has neither. */
    static String location(CalendarMeeting meeting) {
        if (meeting.place() != null && meeting.link() != null) {
            return meeting.place() + " or online: " + meeting.link();
        }
        return meeting.place() != null ? meeting.place() : meeting.link();
    }

    static String description(CalendarMeeting meeting) {
        List<String> lines = new ArrayList<>();
        if (meeting.cancelled()) {
            lines.add("This meeting has been cancelled.");
        }
        lines.add("Action learning set " + meeting.setName() + ", meeting " + meeting.number() + ".");
        lines.add("Programme: " + meeting.programmeName() + ".");
        lines.add(
                switch (meeting.mode()) {
                    case IN_PERSON -> "Held in person.";
                    case VIRTUAL -> "Held online.";
                    case HYBRID -> "Held in person, with the option to join online.";
                });
        if (meeting.place() != null) {
            lines.add("Place: " + meeting.place());
        }
        if (meeting.link() != null) {
            lines.add("Join online: " + meeting.link());
        }
        return String.join("\n", lines);
    }
}
