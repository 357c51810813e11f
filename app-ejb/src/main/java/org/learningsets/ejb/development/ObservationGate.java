package org.learningsets.ejb.development;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.meeting.MeetingControls;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.development.Observation;
import org.learningsets.model.development.ObservationConsent;
import org.learningsets.model.development.ObservationState;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingRun;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.Membership;

/**
 * The one gate for a meeting's observation: loads the meeting, its observation and the answers, and checks the
 * caller in the same call. The set's current facilitators and members, and the invited observer, pass; everyone
 * else is refused before anything about the meeting is read.
 */
@Dependent
public class ObservationGate {

    static final String NOT_YOURS =
            "Only the set's facilitator, its members and the invited observer can see this meeting's observation.";
    static final String OBSERVER_ONLY = "Only the invited observer can follow the meeting as its observer.";

    /**
     * What the gate loaded. Exactly one of {@code facilitator}, {@code member} and {@code observer} is true;
     * {@code observation} is null when nobody is invited, {@code run} null until the meeting starts.
     */
    public record Opened(
            Meeting meeting,
            Observation observation,
            Person caller,
            boolean facilitator,
            boolean member,
            boolean observer,
            List<Person> members,
            List<ObservationConsent> answers,
            MeetingRun run) {

        /** Null when nobody is invited. */
        public ObservationState state() {
            return observation == null
                    ? null
                    : observation.state(members, answers, run == null ? null : run.getStartedAt());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SetAccess access;

    @Inject
    MeetingControls controls;

    public Opened open(String meetingId, Person caller) {
        Meeting meeting = Find.byId(em, Meeting.class, meetingId, "The meeting");
        Observation observation = em.createNamedQuery("Observation.ofMeeting", Observation.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean observer = observation != null && observation.isObserver(caller);
        List<Person> members = em.createNamedQuery("Membership.activeOfSet", Membership.class)
                .setParameter("set", meeting.getSet())
                .getResultStream()
                .map(Membership::getPerson)
                .toList();
        boolean member = !observer && members.contains(caller);
        boolean facilitator = !observer && !member && access.isCurrentFacilitator(meeting.getSet(), caller);
        if (!observer && !member && !facilitator) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        List<ObservationConsent> answers = observation == null
                ? List.of()
                : em.createNamedQuery("ObservationConsent.ofObservation", ObservationConsent.class)
                        .setParameter("observation", observation)
                        .getResultList();
        return new Opened(
                meeting,
                observation,
                caller,
                facilitator,
                member,
                observer,
                members,
                answers,
                controls.runOf(meeting).orElse(null));
    }

    /** For the invited observer only, and only once every member agreed before the meeting started. */
    public Opened forObserver(String meetingId, Person caller) {
        Opened opened = open(meetingId, caller);
        if (!opened.observer()) {
            throw new AccessDeniedException(OBSERVER_ONLY);
        }
        ObservationState state = opened.state();
        if (state != ObservationState.ON) {
            throw new StateException(
                    state == ObservationState.ALL_AGREED
                            ? "The meeting has not started yet: its process shows here once it does."
                            : "This observation is not going ahead ("
                                    + state.getLabel().toLowerCase(Locale.ROOT) + ").");
        }
        return opened;
    }
}
