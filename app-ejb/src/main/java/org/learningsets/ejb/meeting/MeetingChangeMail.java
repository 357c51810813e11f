package org.learningsets.ejb.meeting;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.learningsets.ejb.mail.OutgoingMail;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;

/** What members and facilitators are told when one of their meetings moves, changes place, or is cancelled. */
final class MeetingChangeMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private MeetingChangeMail() {}

    static String when(ZonedDateTime start, ZonedDateTime end) {
        return DAY.format(start) + " to " + TIME.format(end);
    }

    static String where(Meeting m) {
        String mode = m.getMode().getLabel().toLowerCase(Locale.ROOT);
        return mode
                + (m.getPlace() == null ? "" : ", " + m.getPlace())
                + (m.getLink() == null ? "" : ", join at " + m.getLink());
    }

    /** One message to each person, naming the set and meeting, what changed and why. */
    static List<OutgoingMail> to(List<Person> people, Meeting m, String subjectChange, String body) {
        String subject = m.getSet().getName() + ", meeting " + m.getSequenceNumber() + ": " + subjectChange;
        return people.stream()
                .map(p ->
                        new OutgoingMail(p.getEmail(), p.getFullName(), subject, """
                Dear %s,

                %s

                Your calendar subscription and your pages in Learning Sets already show the change.

                Learning Sets""".formatted(p.getFullName(), body)))
                .toList();
    }
}
