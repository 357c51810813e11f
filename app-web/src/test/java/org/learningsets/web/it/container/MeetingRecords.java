package org.learningsets.web.it.container;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.learningsets.ejb.meeting.AttendanceCounts;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.Round;
import org.learningsets.model.meeting.TimeBid;

/**
 * Test deployments only: what happens at a meeting (held, attendance, agenda bids, rounds), recorded through the
 * entities' own domain methods until the live meeting mode has services for it; and issue dates moved back so
 * ages can be asserted exactly.
 */
@Stateless
@PermitAll
public class MeetingRecords {

    @PersistenceContext
    EntityManager em;

    public void hold(String meetingId) {
        em.find(Meeting.class, meetingId).markHeld();
    }

    public void attend(String meetingId, String personId, AttendanceStatus status) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        em.persist(new Attendance(meeting, em.find(org.learningsets.model.person.Person.class, personId), status));
        AttendanceCounts.changed(em, meeting, null, status);
    }

    /** A bid for time; booked on the agenda when {@code minutesBooked} is not null. */
    public void bid(String meetingId, String issueId, int minutesWanted, Integer position, Integer minutesBooked) {
        TimeBid bid = new TimeBid(em.find(Meeting.class, meetingId), em.find(Issue.class, issueId), minutesWanted);
        if (minutesBooked != null) {
            bid.book(position, minutesBooked);
        }
        em.persist(bid);
    }

    /** A round that started at {@code start} and lasted {@code seconds} (null: still running). */
    public void round(String meetingId, String issueId, Instant start, Long seconds) {
        Round round = new Round(em.find(Meeting.class, meetingId), em.find(Issue.class, issueId), start);
        if (seconds != null) {
            round.end(start.plus(Duration.ofSeconds(seconds)));
        }
        em.persist(round);
    }

    public void raisedAt(String issueId, Instant when) {
        em.createQuery("update Issue i set i.raisedAt = :when where i.id = :id")
                .setParameter("when", when)
                .setParameter("id", issueId)
                .executeUpdate();
    }
}
