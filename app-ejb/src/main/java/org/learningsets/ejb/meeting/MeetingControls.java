package org.learningsets.ejb.meeting;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingRun;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.SetState;

/**
 * Who may follow and who may run a live meeting. Following is reading the set's content (its facilitators and
 * its agreed members); the controls belong to the set's current facilitators and, in a self-facilitating set,
 * to the member who holds the facilitator's role for that meeting on the rota ({@link Rota}). Access is checked before state, so a refused caller learns nothing.
 */
@Dependent
public class MeetingControls {

    @PersistenceContext
    EntityManager em;

    @Inject
    SetContentAccess content;

    public Meeting forReader(String meetingId, Person caller) {
        return content.meetingForReader(meetingId, caller);
    }

    /** As {@link #forReader}, holding the meeting's row so two devices cannot start it twice. */
    public Meeting forReaderLocked(String meetingId, Person caller) {
        forReader(meetingId, caller);
        return Find.byIdForUpdate(em, Meeting.class, meetingId, "The meeting");
    }

    public Optional<MeetingRun> runOf(Meeting meeting) {
        return em.createNamedQuery("MeetingRun.ofMeeting", MeetingRun.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .findFirst();
    }

    public MeetingRun runForReader(String meetingId, Person caller) {
        Meeting meeting = forReader(meetingId, caller);
        return runOf(meeting)
                .orElseThrow(() -> new StateException(MeetingDetails.of(meeting).title() + " has not started yet."));
    }

    /** The run, locked: controls pressed on two devices at once take effect one after the other. */
    public MeetingRun runForController(String meetingId, Person caller) {
        MeetingRun run = runForReader(meetingId, caller);
        if (!holdsControls(run, caller)) {
            throw notTheController(run.getMeeting());
        }
        em.refresh(run, LockModeType.PESSIMISTIC_WRITE);
        return run;
    }

    public boolean holdsControls(MeetingRun run, Person caller) {
        return mayTakeControls(run.getMeeting(), caller);
    }

    /**
     * A facilitator of the set, or (self-facilitating set) the member who holds the facilitator's role for this
     * meeting on the rota, and for no other meeting: callers are already readers.
     */
    public boolean mayTakeControls(Meeting meeting, Person caller) {
        return mayTakeControls(meeting, caller, content.isFacilitator(meeting.getSet(), caller));
    }

    /** As {@link #mayTakeControls(Meeting, Person)}, where whether the caller facilitates the set is known already. */
    boolean mayTakeControls(Meeting meeting, Person caller, boolean facilitator) {
        return facilitator || meeting.getSet().getState() == SetState.SELF_FACILITATING && meeting.isOnRota(caller);
    }

    /** The refusal, naming the rota's holder in a self-facilitating set so the member knows whom to ask. */
    public AccessDeniedException notTheController(Meeting meeting) {
        String title = MeetingDetails.of(meeting).title();
        if (meeting.getSet().getState() != SetState.SELF_FACILITATING) {
            return new AccessDeniedException("Only the person running " + title + " can do this.");
        }
        Person holder = meeting.getRotaHolder();
        return new AccessDeniedException(
                holder == null
                        ? "Nobody holds the facilitator's role for " + title
                                + " yet: give it to a member on the set's rota first."
                        : holder.getFullName() + " holds the facilitator's role for " + title
                                + " on the rota: only they (or the set's facilitator) can run it.");
    }
}
