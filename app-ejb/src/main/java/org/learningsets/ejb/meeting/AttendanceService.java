package org.learningsets.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.StateException;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.TimeBid;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;

/**
 * Apologies: "we come to every meeting, or send apologies before it". A member sends them for a planned meeting
 * of their set still to come, and may withdraw them until it starts. Whoever is not coming does not present, so
 * sending apologies withdraws the member's unbooked bids for that meeting.
 */
@Stateless
@RolesAllowed(Role.MEMBER_NAME)
public class AttendanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    MeetingGate gate;

    /** Returns how many of my bids for the meeting were withdrawn with the apologies. */
    public int sendApologies(@NotNull String meetingId) {
        Person me = callers.person();
        Meeting meeting = gate.openForAgreedMember(meetingId, me);
        if (mine(meeting, me).isPresent()) {
            throw new StateException("You have already sent apologies for this meeting.");
        }
        List<TimeBid> bids = em.createNamedQuery("TimeBid.ofMeetingAndHolder", TimeBid.class)
                .setParameter("meeting", meeting)
                .setParameter("holder", me)
                .getResultList();
        if (bids.stream().anyMatch(TimeBid::isBooked)) {
            throw new StateException("The set has already booked time for your issue at this meeting; tell the "
                    + "facilitator you cannot come, so they can change the agenda.");
        }
        bids.forEach(em::remove);
        em.persist(new Attendance(meeting, me, AttendanceStatus.APOLOGIES));
        AttendanceCounts.changed(em, meeting, null, AttendanceStatus.APOLOGIES);
        return bids.size();
    }

    public void withdrawApologies(@NotNull String meetingId) {
        Person me = callers.person();
        Meeting meeting = gate.openForAgreedMember(meetingId, me);
        Attendance apologies = mine(meeting, me)
                .filter(a -> a.getStatus() == AttendanceStatus.APOLOGIES)
                .orElseThrow(() -> new StateException("You have not sent apologies for this meeting."));
        em.remove(apologies);
        AttendanceCounts.changed(em, meeting, AttendanceStatus.APOLOGIES, null);
    }

    private Optional<Attendance> mine(Meeting meeting, Person me) {
        return em.createNamedQuery("Attendance.ofMeetingAndPerson", Attendance.class)
                .setParameter("meeting", meeting)
                .setParameter("person", me)
                .getResultStream()
                .findFirst();
    }
}
