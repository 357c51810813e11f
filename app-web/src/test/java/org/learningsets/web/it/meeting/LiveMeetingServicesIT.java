package org.learningsets.web.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.action.ActionService;
import org.learningsets.ejb.confidentiality.AuditService;
import org.learningsets.ejb.confidentiality.ShownRecords;
import org.learningsets.ejb.meeting.BidService;
import org.learningsets.ejb.meeting.LiveChange;
import org.learningsets.ejb.meeting.LiveMeetingChanges;
import org.learningsets.ejb.meeting.LiveMeetingChanges.Changed;
import org.learningsets.ejb.meeting.LiveMeetingService;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaChoice;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaLine;
import org.learningsets.ejb.meeting.LiveMeetingViews.CheckInMember;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeeting;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeetingRead;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveTimer;
import org.learningsets.ejb.meeting.LiveMeetingViews.RunningRound;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.RunningStep;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.DomainException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.MeetingStage;
import org.learningsets.model.meeting.RoundStep;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.AttendanceTallies;
import org.learningsets.web.it.container.AttendanceTallies.Tally;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;
import org.learningsets.web.it.container.SetWorlds;
import org.learningsets.web.it.container.SetWorlds.SetWorld;
import org.learningsets.web.it.container.SettableClock;

/**
 * Live meeting mode through the services, as real people with real role checks: a whole meeting run step by step
 * with server-side timers (moved on with the settable clock), what the set's members see while following, every
 * refusal and two devices pressing the same control. A self-facilitating set's meetings, run by the member on its
 * rota: RotaServicesIT.
 */
@ExtendWith(ArquillianExtension.class)
class LiveMeetingServicesIT {

    @Inject
    AsAdmin admin;

    @Inject
    AsFacilitator facilitator;

    @Inject
    AsMember member;

    @Inject
    Fixtures fixtures;

    @Inject
    SetWorlds worlds;

    @Inject
    SettableClock clock;

    @Inject
    SetService sets;

    @Inject
    ScheduleService schedules;

    @Inject
    BidService bids;

    @Inject
    ActionService actions;

    @Inject
    LiveMeetingService live;

    @Inject
    LiveMeetingChanges changes;

    @Resource(lookup = "java:app/jdbc/learningsets")
    DataSource dataSource;

    @Inject
    AuditService auditService;

    /** An active set with its facilitator and three agreed members (Amira, Ben, Chloe); another set's member. */
    private record World(
            TestPerson lead,
            String setId,
            TestPerson facilitator,
            TestPerson amira,
            TestPerson ben,
            TestPerson chloe,
            TestPerson outsider,
            List<MeetingView> meetings) {

        String meeting() {
            return meetings.get(0).id();
        }
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private World world() throws Exception {
        SetWorld a = worlds.build("Live", List.of("Amira", "Ben", "Chloe"));
        TestPerson outsider =
                worlds.addSet(a, "Set B", List.of("Oscar")).members().get(0);
        List<MeetingView> meetings = admin.as(
                a.lead().email(),
                () -> schedules.generate(a.setId(), LocalDate.of(2027, 1, 1), null, "https://meet.example.org/set-a"));
        admin.run(a.lead().email(), () -> sets.activate(a.setId()));
        return new World(
                a.lead(),
                a.setId(),
                a.facilitator(),
                a.members().get(0),
                a.members().get(1),
                a.members().get(2),
                outsider,
                meetings);
    }

    @Test
    void aFacilitatorRunsAWholeMeetingWithTimedRoundsAndMembersFollowIt() throws Exception {
        World w = world();
        String m = w.meeting();
        String amirasIssue = bidIssue(w.amira(), m, "Mornings on the ward", 30);
        bidIssue(w.ben(), m, "A new rota", 20);
        member.run(w.amira().email(), () -> actions.agree(amirasIssue, "Talk to the bed manager", null, null));

        assertNull(view(w.amira(), m).stage(), "not started yet");
        assertFalse(view(w.amira(), m).canStart(), "a member of a facilitated set does not start it");
        facilitator.run(w.facilitator().email(), () -> live.start(m, true));
        LiveMeeting checkIn = view(w.amira(), m);
        assertEquals("CHECK_IN", checkIn.stage());
        assertEquals("Facilitator", checkIn.runBy());
        assertFalse(checkIn.canControl());
        CheckInMember amira = checkIn.members().stream()
                .filter(p -> p.name().equals("Amira"))
                .findFirst()
                .orElseThrow();
        assertEquals("Talk to the bed manager", amira.actions().get(0).description(), "her action from last time");
        assertTrue(amira.actions().get(0).canMark(), "she reports on her own action");
        assertEquals(
                Set.of(
                        w.amira().id(),
                        w.ben().id(),
                        w.chloe().id(),
                        w.facilitator().id()),
                Set.copyOf(checkIn.audience()),
                "everyone in the set follows, nobody else");
        assertThrows(
                StateException.class,
                () -> member.run(w.chloe().email(), () -> bids.bidOnNewIssue(m, "Too late", null, 10)),
                "bids close when the meeting opens");

        assertEquals(
                "Mark who is here first: Amira, Ben, Chloe.",
                assertThrows(
                                InvalidInputException.class,
                                () -> facilitator.run(
                                        w.facilitator().email(), () -> live.moveTo(m, MeetingStage.AGENDA)))
                        .getMessage());
        mark(w, m, w.amira(), AttendanceStatus.PRESENT);
        mark(w, m, w.ben(), AttendanceStatus.PRESENT);
        mark(w, m, w.chloe(), AttendanceStatus.PRESENT);
        mark(w, m, w.chloe(), AttendanceStatus.ABSENT);
        assertEquals(new Tally(2, 0, 1), AttendanceTallies.counted(dataSource, m), "Chloe's mark corrected");
        assertEquals(
                AttendanceTallies.counted(dataSource, m),
                AttendanceTallies.kept(dataSource, m),
                "the meeting's own counts follow each mark and correction");
        facilitator.run(w.facilitator().email(), () -> live.moveTo(m, MeetingStage.AGENDA));

        List<AgendaLine> bidsNow = view(w.facilitator(), m).agenda();
        AgendaLine amiras = line(bidsNow, "Mornings on the ward");
        AgendaLine bens = line(bidsNow, "A new rota");
        assertThrows(
                InvalidInputException.class,
                () -> facilitator.run(
                        w.facilitator().email(),
                        () -> live.bookAgenda(
                                m,
                                List.of(
                                        new AgendaChoice(bens.bidId(), true, 60),
                                        new AgendaChoice(amiras.bidId(), true, 61)))),
                "121 minutes do not fit a 120-minute meeting");
        facilitator.run(
                w.facilitator().email(),
                () -> live.bookAgenda(
                        m,
                        List.of(new AgendaChoice(bens.bidId(), true, 20), new AgendaChoice(amiras.bidId(), true, 25))));
        LiveMeeting rounds = view(w.ben(), m);
        assertEquals("ROUNDS", rounds.stage());
        assertEquals(
                List.of("A new rota", "Mornings on the ward"),
                rounds.agenda().stream().map(AgendaLine::issueTitle).toList(),
                "in the order booked");
        assertEquals(45, rounds.bookedMinutes());

        // Ben's round: 20 minutes are 6 presenting, 8 questions, 4 action planning, 2 reflecting.
        facilitator.run(w.facilitator().email(), () -> live.startRound(m, bens.bidId()));
        LiveMeeting presenting = view(w.amira(), m);
        assertEquals(RoundStep.PRESENTATION, presenting.round().running().step());
        assertEquals(6, presenting.round().running().minutes());
        assertTrue(presenting.round().running().goldenRules());
        long presentingLeft = presenting.round().running().secondsLeft();
        assertTrue(presentingLeft > 350 && presentingLeft <= 360, "6 minutes: " + presentingLeft);

        clock.moveAhead(Duration.ofSeconds(100));
        long left = view(w.ben(), m).round().running().secondsLeft();
        assertTrue(left > 250 && left <= 260, "the timer runs on the server: " + left);
        facilitator.run(w.facilitator().email(), () -> live.pause(m));
        clock.moveAhead(Duration.ofSeconds(400));
        LiveMeeting paused = view(w.ben(), m);
        assertTrue(paused.round().running().paused());
        assertEquals(left, paused.round().running().secondsLeft(), 2, "a paused timer stands still on every screen");
        facilitator.run(w.facilitator().email(), () -> live.resume(m));
        facilitator.run(w.facilitator().email(), () -> live.addMinute(m));
        long extended = view(w.ben(), m).round().running().secondsLeft();
        assertTrue(extended > left + 50 && extended <= left + 60, "one more minute: " + extended);

        facilitator.run(w.facilitator().email(), () -> live.nextStep(m, RoundStep.PRESENTATION));
        assertEquals(
                "The round has already moved on to questions.",
                assertThrows(
                                StateException.class,
                                () -> facilitator.run(
                                        w.facilitator().email(), () -> live.nextStep(m, RoundStep.PRESENTATION)))
                        .getMessage(),
                "a second click (or device) does not skip the questions");
        assertThrows(
                StateException.class,
                () -> member.run(w.ben().email(), () -> live.captureAction(m, "Too early", null)),
                "actions come after the questions");
        facilitator.run(w.facilitator().email(), () -> live.nextStep(m, RoundStep.QUESTIONS));
        LiveMeeting planning = view(w.ben(), m);
        assertEquals(RoundStep.ACTION_PLANNING, planning.round().running().step());
        assertFalse(planning.round().running().goldenRules());
        assertTrue(planning.round().canCapture(), "the issue holder captures his own actions");
        assertFalse(view(w.amira(), m).round().canCapture());
        member.run(
                w.ben().email(),
                () -> live.captureAction(
                        m,
                        "Ask the team which shifts they would swap",
                        LocalDate.now(clock).plusDays(14)));
        facilitator.run(
                w.facilitator().email(), () -> live.captureAction(m, "Draft the rota with the union rep", null));
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(w.amira().email(), () -> live.captureAction(m, "Not hers to decide", null)));
        assertEquals(
                List.of("Ask the team which shifts they would swap", "Draft the rota with the union rep"),
                view(w.amira(), m).round().actions().stream()
                        .map(a -> a.description())
                        .sorted()
                        .toList());
        facilitator.run(w.facilitator().email(), () -> live.nextStep(m, RoundStep.ACTION_PLANNING));
        facilitator.run(w.facilitator().email(), () -> live.nextStep(m, RoundStep.REFLECTION));
        LiveMeeting afterRound = view(w.facilitator(), m);
        assertNull(afterRound.round(), "the round ended after its reflection");
        assertEquals("Done", line(afterRound.agenda(), "A new rota").roundState());
        assertEquals(
                "To come", line(afterRound.agenda(), "Mornings on the ward").roundState());
        assertThrows(
                StateException.class,
                () -> facilitator.run(w.facilitator().email(), () -> live.startRound(m, bens.bidId())),
                "one round per issue per meeting");

        // Amira's round is cut short; then the process review holds the meeting.
        facilitator.run(w.facilitator().email(), () -> live.startRound(m, amiras.bidId()));
        assertThrows(
                StateException.class,
                () -> facilitator.run(w.facilitator().email(), () -> live.moveTo(m, MeetingStage.PROCESS_REVIEW)),
                "the running round is finished first");
        facilitator.run(w.facilitator().email(), () -> live.endRound(m));
        facilitator.run(w.facilitator().email(), () -> live.moveTo(m, MeetingStage.PROCESS_REVIEW));
        assertEquals("Held", view(w.amira(), m).meeting().status());
        facilitator.run(w.facilitator().email(), () -> live.end(m));
        LiveMeeting ended = view(w.facilitator(), m);
        assertEquals("ENDED", ended.stage());
        assertFalse(ended.canControl());
        assertEquals(
                List.of("PRESENT", "PRESENT", "ABSENT"),
                ended.members().stream().map(CheckInMember::attendance).toList());
        assertThrows(StateException.class, () -> facilitator.run(w.facilitator().email(), () -> live.end(m)));
    }

    @Test
    void onlyTheSetFollowsAndOnlyWhoeverRunsTheMeetingControlsIt() throws Exception {
        World w = world();
        String m = w.meeting();
        List<Callable<Object>> twoDevices = List.of(() -> attempt(w, m), () -> attempt(w, m));
        List<Object> outcomes = fixtures.inParallel(twoDevices);
        assertEquals(1, outcomes.stream().filter("started"::equals).count(), "started once: " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> o instanceof StateException), outcomes.toString());

        assertThrows(AccessDeniedException.class, () -> member.run(w.outsider().email(), () -> live.view(m)));
        assertThrows(AccessDeniedException.class, () -> member.run(w.outsider().email(), () -> live.pause(m)));
        assertThrows(
                EJBAccessException.class,
                () -> admin.run(w.lead().email(), () -> live.view(m)),
                "programme leads do not see set content");
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(w.amira().email(), () -> live.moveTo(m, MeetingStage.AGENDA)),
                "members follow; the facilitator runs it");
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(w.amira().email(), () -> live.takeControls(m)),
                "not a self-facilitating set");
        assertThrows(
                InvalidInputException.class,
                () -> facilitator.run(
                        w.facilitator().email(),
                        () -> live.recordAttendance(m, w.outsider().id(), AttendanceStatus.PRESENT)));
        assertEquals("CHECK_IN", view(w.amira(), m).stage(), "nothing changed");
    }

    @Test
    void aChangeWithinTheRoundIsFollowedFromTheStepsFiguresAndAnythingElseFromTheWholeMeeting() throws Exception {
        World w = world();
        String m = w.meeting();
        String issue = bidIssue(w.ben(), m, "A new rota", 20);
        LiveTimer before = member.as(w.ben().email(), () -> live.timer(m));
        assertEquals(LiveTimer.noRound(0, 0), before, "nothing to follow before it starts");

        facilitator.run(w.facilitator().email(), () -> live.start(m, true));
        assertEquals(new Changed(m, 1, 1), announce(w, m, LiveChange.MEETING));
        mark(w, m, w.amira(), AttendanceStatus.PRESENT);
        mark(w, m, w.ben(), AttendanceStatus.PRESENT);
        mark(w, m, w.chloe(), AttendanceStatus.PRESENT);
        facilitator.run(w.facilitator().email(), () -> live.moveTo(m, MeetingStage.AGENDA));
        AgendaLine bens = line(view(w.facilitator(), m).agenda(), "A new rota");
        assertEquals(issue, bens.issueId());
        facilitator.run(
                w.facilitator().email(), () -> live.bookAgenda(m, List.of(new AgendaChoice(bens.bidId(), true, 20))));
        facilitator.run(w.facilitator().email(), () -> live.startRound(m, bens.bidId()));
        assertEquals(
                new Changed(m, 2, 2), announce(w, m, LiveChange.MEETING), "a new round moves the content revision");

        // 20 minutes: presentation 6, questions 8, action planning 4, reflection 2.
        facilitator.run(w.facilitator().email(), () -> live.pause(m));
        assertEquals(
                new Changed(m, 3, 2),
                announce(w, m, LiveChange.TIMER),
                "a timer click leaves the content revision where it was");
        LiveTimer paused = member.as(w.amira().email(), () -> live.timer(m));
        RunningRound shown = view(w.amira(), m).round();
        assertEquals(
                new LiveTimer(3, 2, shown.roundId(), shown.running(), false),
                paused,
                "the figures a screen draws are the whole read's");
        assertEquals(new RunningStep(RoundStep.PRESENTATION, 6, shown.running().secondsLeft(), true), paused.running());

        facilitator.run(w.facilitator().email(), () -> live.nextStep(m, RoundStep.PRESENTATION));
        assertEquals(new Changed(m, 4, 2), announce(w, m, LiveChange.STEP), "so does the round's next step");
        RunningStep questions =
                member.as(w.chloe().email(), () -> live.timer(m)).running();
        assertEquals(
                List.of(RoundStep.QUESTIONS, "Questions", 8, false, true, false),
                List.of(
                        questions.step(),
                        questions.label(),
                        questions.minutes(),
                        questions.paused(),
                        questions.goldenRules(),
                        questions.showsActions()));
        assertTrue(questions.secondsLeft() > 470 && questions.secondsLeft() <= 480, "8 minutes: " + questions);

        facilitator.run(w.facilitator().email(), () -> live.nextStep(m, RoundStep.QUESTIONS));
        announce(w, m, LiveChange.STEP);
        LiveTimer bensPlanning = member.as(w.ben().email(), () -> live.timer(m));
        LiveTimer amirasPlanning = member.as(w.amira().email(), () -> live.timer(m));
        assertTrue(bensPlanning.canCapture(), "the issue holder's page draws a form for his actions: a whole read");
        assertFalse(amirasPlanning.canCapture());
        assertTrue(amirasPlanning.running().showsActions()
                && !amirasPlanning.running().goldenRules());
        assertEquals(4, amirasPlanning.running().minutes());

        facilitator.run(w.facilitator().email(), () -> live.endRound(m));
        assertEquals(new Changed(m, 6, 6), announce(w, m, LiveChange.MEETING), "the round's end moves it");
        assertEquals(
                LiveTimer.noRound(6, 6),
                member.as(w.chloe().email(), () -> live.timer(m)),
                "between rounds, the revisions alone");

        assertThrows(
                AccessDeniedException.class,
                () -> member.run(w.outsider().email(), () -> live.timer(m)),
                "nobody outside the set learns the meeting's timer");
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(w.outsider().email(), () -> changes.announce(m, LiveChange.TIMER)));
        assertThrows(
                EJBAccessException.class,
                () -> admin.run(w.lead().email(), () -> live.timer(m)),
                "programme leads do not follow set meetings");
    }

    private Changed announce(World w, String meetingId, LiveChange change) throws Exception {
        return facilitator.as(w.facilitator().email(), () -> changes.announce(meetingId, change));
    }

    private Object attempt(World w, String m) {
        try {
            facilitator.run(w.facilitator().email(), () -> live.start(m, true));
            return "started";
        } catch (DomainException e) {
            return e;
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test
    void theLivePageAuditsEachActionOnceUntilItChangesOrThePageIsOpenedAgain() throws Exception {
        World w = world();
        String m = w.meeting();
        String issue = bidIssue(w.amira(), m, "Handovers", 20);
        String action = member.as(w.amira().email(), () -> actions.agree(issue, "Ask the night team", null, null));
        facilitator.run(w.facilitator().email(), () -> live.start(m, true));

        LiveMeetingRead first = facilitator.as(w.facilitator().email(), () -> live.read(m, ShownRecords.none()));
        assertEquals(1, readsOf(w, action), "a page just opened reads the action");
        LiveMeetingRead again = facilitator.as(w.facilitator().email(), () -> live.read(m, first.shown()));
        LiveMeetingRead third = facilitator.as(w.facilitator().email(), () -> live.read(m, again.shown()));
        assertEquals(1, readsOf(w, action), "the same page re-reading the same version is the same showing");
        long version = third.meeting().members().stream()
                .flatMap(p -> p.actions().stream())
                .filter(a -> a.actionId().equals(action))
                .findFirst()
                .orElseThrow()
                .version();

        member.run(w.amira().email(), () -> actions.mark(action, version, ActionStatus.CARRIED_FORWARD));
        facilitator.run(w.facilitator().email(), () -> live.read(m, third.shown()));
        assertEquals(2, readsOf(w, action), "a changed action shown is a new read");
        facilitator.run(w.facilitator().email(), () -> live.read(m, ShownRecords.none()));
        assertEquals(3, readsOf(w, action), "the page opened again reads it again");
        member.run(w.ben().email(), () -> live.read(m, third.shown()));
        assertEquals(
                1,
                facilitator.as(w.facilitator().email(), () -> auditService.ofSet(w.setId())).stream()
                        .filter(a -> a.action().equals("READ")
                                && a.recordId().equals(action)
                                && a.actorName().equals("Ben"))
                        .count(),
                "another person's page is another reader");
    }

    private long readsOf(World w, String actionId) throws Exception {
        return facilitator.as(w.facilitator().email(), () -> auditService.ofSet(w.setId())).stream()
                .filter(a -> a.action().equals("READ")
                        && a.recordId().equals(actionId)
                        && a.actorName().equals("Facilitator"))
                .count();
    }

    private String bidIssue(TestPerson who, String meetingId, String title, int minutes) throws Exception {
        member.run(who.email(), () -> bids.bidOnNewIssue(meetingId, title, "What is going on.", minutes));
        return member.as(who.email(), () -> bids.prepare(meetingId)).myBids().stream()
                .filter(b -> b.issueTitle().equals(title))
                .findFirst()
                .orElseThrow()
                .issueId();
    }

    private void mark(World w, String meetingId, TestPerson who, AttendanceStatus status) throws Exception {
        facilitator.run(w.facilitator().email(), () -> live.recordAttendance(meetingId, who.id(), status));
    }

    private LiveMeeting view(TestPerson who, String meetingId) throws Exception {
        return who.name().equals("Facilitator")
                ? facilitator.as(who.email(), () -> live.view(meetingId))
                : member.as(who.email(), () -> live.view(meetingId));
    }

    private static AgendaLine line(List<AgendaLine> agenda, String title) {
        return agenda.stream()
                .filter(l -> l.issueTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
