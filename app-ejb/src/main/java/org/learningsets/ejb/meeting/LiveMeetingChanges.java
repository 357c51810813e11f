package org.learningsets.ejb.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.cluster.LiveMeetingChange;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;

/**
 * The change counters of live meetings, shared by the nodes: the live page raises its meeting's counter after every
 * change, and each node reads the counters raised lately to tell its own screens (LiveMeetingRelay). No content: a
 * meeting id, a number, and the ids of the people whose screens follow the meeting.
 */
@Stateless
public class LiveMeetingChanges {

    /**
     * A meeting whose counter was raised, the counter, and the revision of its last change to more than the running
     * round's step and timer ({@link LiveChange}).
     */
    public record Changed(String meetingId, long revision, long contentRevision) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    MeetingControls controls;

    /**
     * After a change on the live page: raises the meeting's counter and returns it with the content revision, which a
     * change to more than the running round's step and timer moves to the new counter. Only the meeting's readers.
     */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.MEMBER_NAME})
    public Changed announce(@NotNull String meetingId, @NotNull LiveChange change) {
        Meeting meeting = controls.forReader(meetingId, callers.person());
        // Not the application clock (tests move that): the nodes compare these times with their own clocks.
        Instant now = Instant.now();
        String raise = change.withinRound() ? "LiveMeetingChange.raiseWithinRound" : "LiveMeetingChange.raise";
        if (em.createNamedQuery(raise)
                        .setParameter(1, Timestamp.from(now))
                        .setParameter(2, meeting.getId())
                        .executeUpdate()
                == 0) {
            em.persist(new LiveMeetingChange(meeting.getId(), now));
            em.flush();
        }
        // First read in this transaction (or just persisted): the row as the update left it.
        return changedOf(em.find(LiveMeetingChange.class, meeting.getId()));
    }

    /**
     * The counters raised since {@code since}: called every half second by each node's relay, which has no caller; it
     * reveals only ids and numbers, to the application's own code.
     */
    @PermitAll
    public List<Changed> since(@NotNull Instant since) {
        return em
                .createNamedQuery("LiveMeetingChange.since", LiveMeetingChange.class)
                .setParameter("since", since)
                .getResultList()
                .stream()
                .map(LiveMeetingChanges::changedOf)
                .toList();
    }

    /** The people whose screens follow the meeting: the set's current members and facilitators. */
    @PermitAll
    public List<String> audienceOf(@NotNull String meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            return List.of();
        }
        LearningSet set = meeting.getSet();
        return Stream.concat(
                        em.createNamedQuery("Membership.activeOfSet", Membership.class)
                                .setParameter("set", set)
                                .getResultStream()
                                .map(m -> m.getPerson().getId()),
                        em.createNamedQuery("FacilitatorAssignment.currentOfSet", FacilitatorAssignment.class)
                                .setParameter("set", set)
                                .getResultStream()
                                .map(f -> f.getPerson().getId()))
                .distinct()
                .toList();
    }

    private static Changed changedOf(LiveMeetingChange c) {
        return new Changed(c.getMeetingId(), c.getRevision(), c.getContentRevision());
    }

    /** The counter as it is in the database (no shared cache), 0 before the meeting's first change. */
    static long revisionOf(EntityManager em, String meetingId) {
        LiveMeetingChange change = em.find(LiveMeetingChange.class, meetingId);
        return change == null ? 0 : change.getRevision();
    }
}
