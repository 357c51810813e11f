package org.learningsets.ejb.meeting;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.model.common.StateException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;

/**
 * Who may prepare which meeting: bids and apologies are for an agreed member of the meeting's own set, and only
 * for a planned meeting that has not started yet. Access is checked before state, so a refused caller learns
 * nothing about the meeting.
 */
@Dependent
public class MeetingGate {

    @PersistenceContext
    EntityManager em;

    @Inject
    SetContentAccess content;

    @Inject
    Clock clock;

    /** The meeting, for an agreed current member of its set. */
    public Meeting forAgreedMember(String meetingId, Person caller) {
        return content.meetingForAgreedMember(meetingId, caller);
    }

    /** The meeting, for an agreed current member, when it still takes bids and apologies. */
    public Meeting openForAgreedMember(String meetingId, Person caller) {
        Meeting meeting = forAgreedMember(meetingId, caller);
        requireOpen(meeting);
        return meeting;
    }

    /** Still to come: planned, its start time not reached, and nobody has opened it in live meeting mode. */
    public boolean isOpen(Meeting meeting) {
        return isOpen(meeting, startedOf(List.of(meeting.getSet())));
    }

    /** As {@link #isOpen(Meeting)}, with the ids of the meetings already started ({@link #startedOf}). */
    public boolean isOpen(Meeting meeting, Set<String> started) {
        return meeting.getStatus() == MeetingStatus.PLANNED
                && meeting.getStartsAt().isAfter(LocalDateTime.now(clock.withZone(TimeZones.LONDON)))
                && !started.contains(meeting.getId());
    }

    /** The ids of the meetings of these sets that have been opened in live meeting mode: one query. */
    public Set<String> startedOf(Collection<LearningSet> sets) {
        return Set.copyOf(em.createNamedQuery("MeetingRun.meetingIdsOfSets", String.class)
                .setParameter("sets", sets)
                .getResultList());
    }

    public void requireOpen(Meeting meeting) {
        if (isOpen(meeting)) {
            return;
        }
        String what = "Meeting " + meeting.getSequenceNumber() + " of "
                + meeting.getSet().getName();
        throw new StateException(switch (meeting.getStatus()) {
                    case HELD -> what + " has been held";
                    case CANCELLED -> what + " was cancelled";
                    case PLANNED -> what + " has already started";
                }
                + "; bids and apologies are for meetings still to come.");
    }
}
