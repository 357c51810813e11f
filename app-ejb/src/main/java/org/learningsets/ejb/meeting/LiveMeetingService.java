package org.learningsets.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learningsets.ejb.action.ActionPlans;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.ShownRecords;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaChoice;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeeting;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeetingRead;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveTimer;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.cluster.LiveMeetingChange;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingRun;
import org.learningsets.model.meeting.MeetingStage;
import org.learningsets.model.meeting.Round;
import org.learningsets.model.meeting.RoundStep;
import org.learningsets.model.meeting.TimeBid;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.Membership;

/**
 * Live meeting mode: the person running a meeting takes the set through check-in with attendance, the agenda
 * from the time bids, timed rounds and the process review, from one screen. Everything is stored as it happens,
 * so a reload, a second device or a meeting resumed after an interruption carries on with nothing lost. The set's
 * current facilitators hold the controls; in a self-facilitating set an agreed member may take them. Everyone
 * else in the set follows read-only; nobody outside it sees anything.
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class LiveMeetingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    MeetingControls controls;

    @Inject
    LiveMeetingReader reader;

    @Inject
    ActionPlans plans;

    public LiveMeeting view(@NotNull String meetingId) {
        Person me = callers.person();
        Meeting meeting = controls.forReader(meetingId, me);
        return reader.read(meeting, me, ShownRecords.none());
    }

    /**
     * What the live page reads after every change: the meeting's change counter and the meeting, behind one check of
     * the caller (every screen of a meeting reads this at each change, so one call instead of two). {@code shown}:
     * what this page has shown before ({@link ShownRecords#none()} for a page just opened); a record already shown at
     * the same version is not audited again, and the answer carries what the page has shown now.
     */
    public LiveMeetingRead read(@NotNull String meetingId, @NotNull ShownRecords shown) {
        Person me = callers.person();
        Meeting meeting = controls.forReader(meetingId, me);
        long revision = LiveMeetingChanges.revisionOf(em, meeting.getId());
        ShownRecords now = shown.copy();
        return new LiveMeetingRead(revision, reader.read(meeting, me, now), now);
    }

    /**
     * The running step and its timer with the meeting's revisions, behind the same check of the caller as
     * {@link #read}: what a screen reads after a change to see whether it was within the running round. The counter is
     * read before the run, so a change landing between the two raises it past {@code revision} and the screen reads
     * again when told of it.
     */
    public LiveTimer timer(@NotNull String meetingId) {
        Person me = callers.person();
        Meeting meeting = controls.forReader(meetingId, me);
        LiveMeetingChange change = em.find(LiveMeetingChange.class, meeting.getId());
        long revision = change == null ? 0 : change.getRevision();
        long contentRevision = change == null ? 0 : change.getContentRevision();
        MeetingRun run = controls.runOf(meeting).orElse(null);
        if (run == null || run.getCurrentRound() == null) {
            return LiveTimer.noRound(revision, contentRevision);
        }
        Round round = run.getCurrentRound();
        RunningStep running = RunningStep.of(run, bidOf(round).getMinutesBooked(), clock.instant());
        return new LiveTimer(
                revision,
                contentRevision,
                round.getId(),
                running,
                running.showsActions() && round.getIssue().getHolder().equals(me));
    }

    /** Opens the meeting at check-in on its day (before it: refused, see {@link #start(String, boolean)}). */
    public void start(@NotNull String meetingId) {
        start(meetingId, false);
    }

    /**
     * Opens the meeting at check-in; the caller holds the controls. Before the meeting's planned day (London date)
     * only with {@code beforeItsDay} confirmed, which the run records with who confirmed it; unconfirmed, it is
     * refused with {@link EarlyStartException} and nothing starts.
     */
    public void start(@NotNull String meetingId, boolean beforeItsDay) {
        Person me = callers.person();
        Meeting meeting = controls.forReaderLocked(meetingId, me);
        if (controls.runOf(meeting).isPresent()) {
            throw new StateException(
                    MeetingDetails.of(meeting).title() + " is already running; carry on from " + "where it is.");
        }
        if (!controls.mayTakeControls(meeting, me)) {
            throw controls.notTheController(meeting);
        }
        if (!meeting.getSet().getState().isMeeting()) {
            throw new StateException(meeting.getSet().getName() + " is not meeting at present.");
        }
        em.persist(MeetingRun.start(meeting, me, clock.instant(), TimeZones.today(clock), beforeItsDay));
    }

    /** In a self-facilitating set, an agreed member takes the facilitator's controls for this meeting. */
    public void takeControls(@NotNull String meetingId) {
        Person me = callers.person();
        MeetingRun run = controls.runForReader(meetingId, me);
        if (!controls.mayTakeControls(run.getMeeting(), me)) {
            throw controls.notTheController(run.getMeeting());
        }
        run.handControlsTo(me);
    }

    /** Attendance can be marked or corrected until the meeting ends: people arrive late. */
    public void recordAttendance(
            @NotNull String meetingId, @NotNull String personId, @NotNull AttendanceStatus status) {
        MeetingRun run = controls.runForController(meetingId, callers.person());
        requireNotEnded(run);
        Meeting meeting = run.getMeeting();
        Person person = activeMembers(meeting).stream()
                .filter(p -> p.getId().equals(personId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "That person is not a member of " + meeting.getSet().getName() + "."));
        Optional<Attendance> mark = em.createNamedQuery("Attendance.ofMeetingAndPerson", Attendance.class)
                .setParameter("meeting", meeting)
                .setParameter("person", person)
                .getResultStream()
                .findFirst();
        AttendanceStatus was = mark.map(Attendance::getStatus).orElse(null);
        mark.ifPresentOrElse(a -> a.record(status), () -> em.persist(new Attendance(meeting, person, status)));
        AttendanceCounts.changed(em, meeting, was, status);
    }

    /**
     * Moves between check-in and agenda, to the rounds, or on to the process review (the meeting is then held);
     * with a booked round still to come, the process review is refused (see {@link #moveTo(String, MeetingStage,
     * boolean)}).
     */
    public void moveTo(@NotNull String meetingId, @NotNull MeetingStage stage) {
        moveTo(meetingId, stage, false);
    }

    /**
     * As {@link #moveTo(String, MeetingStage)}; moving on to the process review while booked issues have not had
     * their round needs {@code leavingRoundsUnrun} confirmed, or is refused with {@link RoundsToComeException}
     * naming them.
     */
    public void moveTo(@NotNull String meetingId, @NotNull MeetingStage stage, boolean leavingRoundsUnrun) {
        MeetingRun run = controls.runForController(meetingId, callers.person());
        if (stage != MeetingStage.CHECK_IN) {
            requireEveryoneMarked(run.getMeeting(), attendance(run.getMeeting()));
        }
        if (stage == MeetingStage.PROCESS_REVIEW && !leavingRoundsUnrun && run.getCurrentRound() == null) {
            List<String> toCome = roundsToCome(run.getMeeting());
            if (!toCome.isEmpty()) {
                throw new RoundsToComeException(toCome);
            }
        }
        run.moveTo(stage);
        if (stage == MeetingStage.PROCESS_REVIEW) {
            // Held from here: members can write their process review (and pulse) while the set reviews together.
            run.getMeeting().markHeld();
        }
    }

    /**
     * Books the agenda in the order given (included bids get positions 1, 2, ... and their minutes; the rest are
     * left off) and moves to the rounds. Only present members present; the total must fit the meeting.
     */
    public void bookAgenda(@NotNull String meetingId, @NotNull @Valid List<@NotNull AgendaChoice> choices) {
        MeetingRun run = controls.runForController(meetingId, callers.person());
        Meeting meeting = run.getMeeting();
        if (run.getStage() != MeetingStage.AGENDA) {
            throw new StateException("The agenda is booked at the agenda stage.");
        }
        Map<Person, AttendanceStatus> attendance = attendance(meeting);
        requireEveryoneMarked(meeting, attendance);
        Map<String, TimeBid> bids = new HashMap<>();
        em.createNamedQuery("TimeBid.ofMeeting", TimeBid.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .forEach(b -> bids.put(b.getId(), b));
        Set<String> seen = new HashSet<>();
        int position = 0;
        int total = 0;
        List<Runnable> bookings = new ArrayList<>();
        for (AgendaChoice choice : choices) {
            TimeBid bid = bids.get(choice.bidId());
            if (bid == null || !seen.add(choice.bidId())) {
                throw new InvalidInputException(
                        "The agenda lists a bid that is not for this meeting, or one twice; " + "reload the page.");
            }
            if (!choice.included()) {
                bookings.add(bid::unbook);
                continue;
            }
            if (attendance.get(bid.getIssue().getHolder()) != AttendanceStatus.PRESENT) {
                throw new InvalidInputException(bid.getIssue().getHolder().getFullName() + " is not here today, so \""
                        + bid.getIssue().readTitle(keys.cipher()) + "\" cannot be on the agenda.");
            }
            if (choice.minutes() < TimeBid.MIN_MINUTES || choice.minutes() > meeting.getDurationMinutes()) {
                throw new InvalidInputException(
                        "Book between " + TimeBid.MIN_MINUTES + " and " + meeting.getDurationMinutes()
                                + " minutes for \"" + bid.getIssue().readTitle(keys.cipher()) + "\".");
            }
            int at = ++position;
            total += choice.minutes();
            bookings.add(() -> bid.book(at, choice.minutes()));
        }
        if (seen.size() != bids.size()) {
            throw new InvalidInputException("A bid was added since the page was loaded; reload the agenda.");
        }
        if (total > meeting.getDurationMinutes()) {
            throw new InvalidInputException("The agenda books " + total + " minutes; the meeting lasts "
                    + meeting.getDurationMinutes() + ". Shorten or leave out an issue.");
        }
        bookings.forEach(Runnable::run);
        run.moveTo(MeetingStage.ROUNDS);
    }

    /** Starts the round for a booked issue, at the issue holder's airtime. */
    public void startRound(@NotNull String meetingId, @NotNull String bidId) {
        MeetingRun run = controls.runForController(meetingId, callers.person());
        Meeting meeting = run.getMeeting();
        TimeBid bid = em.find(TimeBid.class, bidId);
        if (bid == null || !bid.getMeeting().equals(meeting) || !bid.isBooked()) {
            throw new InvalidInputException("That issue is not on this meeting's agenda.");
        }
        boolean hadRound = em.createNamedQuery("Round.ofMeetingAndIssue", Round.class)
                .setParameter("meeting", meeting)
                .setParameter("issue", bid.getIssue())
                .getResultStream()
                .findAny()
                .isPresent();
        if (hadRound) {
            throw new StateException(
                    "\"" + bid.getIssue().readTitle(keys.cipher()) + "\" has had its round at this meeting.");
        }
        Round round = new Round(meeting, bid.getIssue(), clock.instant());
        run.startRound(round, minutes(bid, RoundStep.PRESENTATION) * 60, clock.instant());
        em.persist(round);
    }

    /**
     * Moves the round on from {@code fromStep}; after the reflection the round ends. Naming the step being left
     * means a second click, or a second device, cannot skip a step.
     */
    public void nextStep(@NotNull String meetingId, @NotNull RoundStep fromStep) {
        MeetingRun run = controls.runForController(meetingId, callers.person());
        if (run.getStep() != fromStep) {
            throw new StateException(
                    run.getStep() == null
                            ? "That round has ended."
                            : "The round has already moved on to "
                                    + run.getStep().getLabel().toLowerCase() + ".");
        }
        Round round = run.getCurrentRound();
        var next = fromStep.next();
        if (next.isEmpty()) {
            run.endRound(clock.instant());
            return;
        }
        TimeBid bid = bidOf(round);
        run.startStep(next.get(), minutes(bid, next.get()) * 60, clock.instant());
    }

    /** Ends the running round now, whatever step it is at. */
    public void endRound(@NotNull String meetingId) {
        controls.runForController(meetingId, callers.person()).endRound(clock.instant());
    }

    public void pause(@NotNull String meetingId) {
        controls.runForController(meetingId, callers.person()).pause(clock.instant());
    }

    public void resume(@NotNull String meetingId) {
        controls.runForController(meetingId, callers.person()).resume(clock.instant());
    }

    /** One more minute for the running step, when the set agrees it needs it. */
    public void addMinute(@NotNull String meetingId) {
        controls.runForController(meetingId, callers.person()).addTime(60);
    }

    /**
     * Captures an action for the issue holder of the running round, agreed at this meeting: by whoever runs the
     * meeting or by the issue holder.
     */
    public void captureAction(
            @NotNull String meetingId,
            @NotBlank(message = "Say what the action is.") @Size(max = FieldLengths.LONG_TEXT) String description,
            LocalDate dueDate) {
        Person me = callers.person();
        MeetingRun run = controls.runForReader(meetingId, me);
        Round round = run.getCurrentRound();
        if (round == null) {
            throw new StateException("Actions are captured during a round.");
        }
        if (!controls.holdsControls(run, me) && !round.getIssue().getHolder().equals(me)) {
            throw controls.notTheController(run.getMeeting());
        }
        if (!run.getStep().takesActions()) {
            throw new StateException("Actions are decided after the questions, at the action planning step.");
        }
        if (dueDate != null && dueDate.isBefore(TimeZones.today(clock))) {
            throw new InvalidInputException("The due date has passed; choose a date from today.");
        }
        plans.add(round.getIssue(), run.getMeeting(), description, dueDate, me);
    }

    /** Ends the meeting after its process review. */
    public void end(@NotNull String meetingId) {
        controls.runForController(meetingId, callers.person()).end(clock.instant());
    }

    private void requireNotEnded(MeetingRun run) {
        if (run.getStage() == MeetingStage.ENDED) {
            throw new StateException("This meeting has ended.");
        }
    }

    /** Who has been marked, and how: one query, shared by the checks of a call. */
    private Map<Person, AttendanceStatus> attendance(Meeting meeting) {
        Map<Person, AttendanceStatus> marked = new HashMap<>();
        em.createNamedQuery("Attendance.ofMeeting", Attendance.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .forEach(a -> marked.put(a.getPerson(), a.getStatus()));
        return marked;
    }

    private void requireEveryoneMarked(Meeting meeting, Map<Person, AttendanceStatus> attendance) {
        List<String> unmarked = activeMembers(meeting).stream()
                .filter(p -> !attendance.containsKey(p))
                .map(Person::getFullName)
                .toList();
        if (!unmarked.isEmpty()) {
            throw new InvalidInputException("Mark who is here first: " + String.join(", ", unmarked) + ".");
        }
    }

    private List<Person> activeMembers(Meeting meeting) {
        return em.createNamedQuery("Membership.activeOfSet", Membership.class)
                .setParameter("set", meeting.getSet())
                .getResultStream()
                .map(Membership::getPerson)
                .toList();
    }

    /** The titles of the booked issues that have had no round at this meeting, in agenda order. */
    private List<String> roundsToCome(Meeting meeting) {
        Set<String> hadRound = new HashSet<>();
        em.createNamedQuery("Round.ofMeeting", Round.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .forEach(r -> hadRound.add(r.getIssue().getId()));
        return em.createNamedQuery("TimeBid.ofMeeting", TimeBid.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .filter(b -> b.isBooked() && !hadRound.contains(b.getIssue().getId()))
                .map(b -> b.getIssue().readTitle(keys.cipher()))
                .toList();
    }

    private TimeBid bidOf(Round round) {
        return em.createNamedQuery("TimeBid.ofMeeting", TimeBid.class)
                .setParameter("meeting", round.getMeeting())
                .getResultStream()
                .filter(b -> b.getIssue().equals(round.getIssue()))
                .findFirst()
                .orElseThrow(() -> new StateException("The round's issue is no longer on the agenda."));
    }

    private static int minutes(TimeBid bid, RoundStep step) {
        return RoundStep.minutesFor(bid.getMinutesBooked()).get(step);
    }
}
