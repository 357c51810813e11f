package org.learningsets.web.it.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.development.DevelopmentRecordService;
import org.learningsets.ejb.development.DevelopmentViews.EntryView;
import org.learningsets.ejb.development.ObservationService;
import org.learningsets.ejb.development.ObservationViews.ObservationInvite;
import org.learningsets.ejb.development.ObservationViews.ObservationPage;
import org.learningsets.ejb.development.ObservationViews.ObservedMeeting;
import org.learningsets.ejb.development.ObservationViews.ObservedPerson;
import org.learningsets.ejb.development.ObservationViews.ObservedRound;
import org.learningsets.ejb.meeting.BidService;
import org.learningsets.ejb.meeting.LiveMeetingService;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaChoice;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaLine;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.RunningStep;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.rights.MyDataExport;
import org.learningsets.ejb.rights.MyDataService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.development.ConsentAnswer;
import org.learningsets.model.development.EntryKind;
import org.learningsets.model.development.ObservationState;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.MeetingStage;
import org.learningsets.model.security.Role;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;
import org.learningsets.web.it.container.SetWorlds;
import org.learningsets.web.it.container.SetWorlds.SetWorld;

/**
 * Observation of a meeting through the services, as real people in their roles: every current member must agree
 * before the meeting starts (one decline calls it off, answers after the start do not count); the observer alone
 * follows the process, which holds no content; everyone else is refused; what the observer writes must not name a
 * member, and lands in the facilitator's development record as an observation.
 */
@ExtendWith(ArquillianExtension.class)
class ObservationServicesIT {

    private static final String ISSUE = "Rota gaps on the night shift";

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
    SetService sets;

    @Inject
    ScheduleService schedules;

    @Inject
    BidService bids;

    @Inject
    LiveMeetingService live;

    @Inject
    ObservationService observations;

    @Inject
    MyDataService myData;

    @Inject
    DevelopmentRecordService records;

    /** An active set with three agreed members, its planned meetings, an assessor and a member of another set. */
    private record World(SetWorld set, TestPerson assessor, TestPerson outsider, List<MeetingView> meetings) {

        TestPerson f() {
            return set.facilitator();
        }

        String meeting() {
            return meetings.get(0).id();
        }
    }

    private World world() throws Exception {
        SetWorld a = worlds.build("Observed", List.of("Amira Stone", "Ben Carter", "Chloe Park"));
        TestPerson outsider =
                worlds.addSet(a, "Set B", List.of("Oscar Lund")).members().get(0);
        List<MeetingView> meetings = admin.as(
                a.lead().email(),
                () -> schedules.generate(a.setId(), LocalDate.of(2027, 1, 1), null, "https://meet.example.org/obs"));
        admin.run(a.lead().email(), () -> sets.activate(a.setId()));
        TestPerson assessor = fixtures.person("Assessor", Role.FACILITATOR);
        return new World(a, assessor, outsider, meetings);
    }

    @Test
    void theObserverSeesNothingUntilEveryMemberAgreedBeforeTheStart() throws Exception {
        World w = world();
        String m = w.meeting();
        invite(w, m);
        assertEquals(ObservationState.AWAITING_ANSWERS, page(w.f(), m).state());
        assertThrows(
                ConflictException.class,
                () -> facilitator.run(
                        w.f().email(), () -> observations.invite(m, w.assessor().email())),
                "one observation per meeting");

        answer(w.set().members().get(0), m, ConsentAnswer.AGREED);
        answer(w.set().members().get(1), m, ConsentAnswer.AGREED);
        ObservationPage waiting = page(w.assessor(), m);
        assertEquals(ObservationState.AWAITING_ANSWERS, waiting.state());
        assertEquals(2, waiting.answered());
        assertNull(waiting.process(), "nothing of the meeting while an answer is missing");
        assertThrows(StateException.class, () -> observe(w, m), "not before every member agreed");

        answer(w.set().members().get(2), m, ConsentAnswer.AGREED);
        assertEquals(ObservationState.ALL_AGREED, page(w.assessor(), m).state());
        assertThrows(StateException.class, () -> observe(w, m), "not before the meeting starts");

        facilitator.run(w.f().email(), () -> live.start(m, true));
        ObservationPage on = page(w.assessor(), m);
        assertEquals(ObservationState.ON, on.state());
        assertTrue(on.canWrite());
        assertEquals(MeetingStage.CHECK_IN, on.process().stage());
        assertFalse(on.competencies().isEmpty(), "the facilitator's framework, to write against");
        assertEquals(
                List.of(new ObservationInvite(
                        m, on.meetingTitle(), on.meetingStart(), "Facilitator", ObservationState.ON)),
                facilitator.as(w.assessor().email(), () -> observations.invitations()));
    }

    @Test
    void oneDeclineCallsItOffAndNobodyIsToldWhose() throws Exception {
        World w = world();
        String m = w.meeting();
        invite(w, m);
        answer(w.set().members().get(0), m, ConsentAnswer.AGREED);
        answer(w.set().members().get(1), m, ConsentAnswer.DECLINED);
        ObservationPage seen = page(w.f(), m);
        assertEquals(ObservationState.DECLINED, seen.state());
        assertEquals("Off: a member declined", seen.state().getLabel());
        assertFalse(seen.canWithdraw());
        assertFalse(page(w.set().members().get(2), m).canAnswer(), "nothing left to answer");
        assertThrows(StateException.class, () -> answer(w.set().members().get(2), m, ConsentAnswer.AGREED));
        facilitator.run(w.f().email(), () -> live.start(m, true));
        assertThrows(StateException.class, () -> observe(w, m));
        assertEquals(ObservationState.DECLINED, page(w.assessor(), m).state());
        assertNull(page(w.assessor(), m).process());
        // A member's answer is theirs: in their data download, and in nobody else's.
        TestPerson decliner = w.set().members().get(1);
        List<MyDataExport.MyObservationAnswer> mine =
                member.as(decliner.email(), () -> myData.export()).observationAnswers();
        assertEquals(List.of("DECLINED"), mine.stream().map(a -> a.answer()).toList());
        assertEquals(
                List.of("AGREED"),
                member.as(w.set().members().get(0).email(), () -> myData.export()).observationAnswers().stream()
                        .map(a -> a.answer())
                        .toList());
    }

    @Test
    void answersAfterTheStartDoNotCount() throws Exception {
        World w = world();
        String m = w.meeting();
        invite(w, m);
        answer(w.set().members().get(0), m, ConsentAnswer.AGREED);
        answer(w.set().members().get(1), m, ConsentAnswer.AGREED);
        facilitator.run(w.f().email(), () -> live.start(m, true));
        assertThrows(
                StateException.class,
                () -> answer(w.set().members().get(2), m, ConsentAnswer.AGREED),
                "the meeting has started");
        assertEquals(ObservationState.NOT_AGREED_IN_TIME, page(w.assessor(), m).state());
        assertThrows(StateException.class, () -> observe(w, m));
    }

    @Test
    void theObserverSeesTheProcessAndNoContent() throws Exception {
        World w = world();
        String m = w.meeting();
        TestPerson amira = w.set().members().get(0);
        member.run(amira.email(), () -> bids.bidOnNewIssue(m, ISSUE, "Who covers when agency staff cancel.", 30));
        invite(w, m);
        allAgree(w, m);
        facilitator.run(w.f().email(), () -> live.start(m, true));
        for (TestPerson p : w.set().members()) {
            facilitator.run(w.f().email(), () -> live.recordAttendance(m, p.id(), AttendanceStatus.PRESENT));
        }
        facilitator.run(w.f().email(), () -> live.moveTo(m, MeetingStage.AGENDA));
        AgendaLine bid =
                facilitator.as(w.f().email(), () -> live.view(m)).agenda().get(0);
        facilitator.run(w.f().email(), () -> live.bookAgenda(m, List.of(new AgendaChoice(bid.bidId(), true, 30))));
        facilitator.run(w.f().email(), () -> live.startRound(m, bid.bidId()));

        ObservedMeeting seen = observe(w, m).process();
        assertEquals(MeetingStage.ROUNDS, seen.stage());
        assertEquals("Facilitator", seen.runBy());
        assertEquals(1, seen.rounds().size());
        assertEquals("Amira Stone", seen.rounds().get(0).holderName(), "whose airtime it is");
        assertEquals(30, seen.rounds().get(0).minutesBooked());
        assertTrue(seen.rounds().get(0).running());
        assertEquals(9, seen.running().minutes(), "30% of 30 minutes presenting");
        assertTrue(
                seen.people().stream().allMatch(p -> "Present".equals(p.attendance())),
                seen.people().toString());
        assertFalse(seen.toString().contains(ISSUE), "no issue title anywhere in what the observer gets");
        assertFalse(observe(w, m).toString().contains(ISSUE));
        for (Class<?> type :
                List.of(ObservedMeeting.class, ObservedRound.class, ObservedPerson.class, RunningStep.class)) {
            List<String> names = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .map(n -> n.toLowerCase(Locale.ROOT))
                    .toList();
            assertTrue(
                    names.stream()
                            .noneMatch(n -> n.contains("title")
                                    || n.contains("issue")
                                    || n.contains("note")
                                    || n.contains("action")
                                    || n.contains("text")),
                    type.getSimpleName() + " has no field for content: " + names);
        }
    }

    @Test
    void everyoneButTheObserverIsRefused() throws Exception {
        World w = world();
        String m = w.meeting();
        invite(w, m);
        allAgree(w, m);
        facilitator.run(w.f().email(), () -> live.start(m, true));
        TestPerson lead = w.set().lead();
        TestPerson otherFacilitator = fixtures.person("Other", Role.FACILITATOR);

        assertThrows(AccessDeniedException.class, () -> member.run(w.outsider().email(), () -> observations.page(m)));
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(otherFacilitator.email(), () -> observations.page(m)));
        assertThrows(AccessDeniedException.class, () -> admin.run(lead.email(), () -> observations.page(m)));
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(w.f().email(), () -> observations.membersNamedIn(m, "anything")),
                "the facilitator does not see the observer's view");
        TestPerson amira = w.set().members().get(0);
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(amira.email(), () -> observations.write(m, null, "Well run.")));
        assertThrows(
                EJBAccessException.class,
                () -> member.run(
                        amira.email(), () -> observations.invite(m, w.assessor().email())),
                "members do not invite");
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(w.assessor().email(), () -> observations.withdraw(m)),
                "the observer does not withdraw");
        assertNull(page(amira, m).process(), "members answer; they get no observer's view");
        assertNull(page(w.f(), m).process());
    }

    @Test
    void theFormRefusesAMembersNameAndTheFeedbackLandsInTheRecord() throws Exception {
        World w = world();
        String m = w.meeting();
        invite(w, m);
        allAgree(w, m);
        facilitator.run(w.f().email(), () -> live.start(m, true));
        ObservationPage on = page(w.assessor(), m);
        String competency = on.competencies().get(0).id();

        assertEquals(
                List.of("Carter"),
                facilitator.as(
                        w.assessor().email(),
                        () -> observations.membersNamedIn(m, "She let carter finish before asking.")));
        String refused = assertThrows(
                        InvalidInputException.class,
                        () -> facilitator.run(
                                w.assessor().email(),
                                () -> observations.write(m, competency, "Gave Amira room to think.")))
                .getMessage();
        assertTrue(refused.contains("Amira"), refused);

        String text = "Held the silence after each question and kept to time without hurrying anyone.";
        facilitator.run(w.assessor().email(), () -> observations.write(m, competency, text));
        List<EntryView> entries =
                facilitator.as(w.f().email(), () -> records.mine()).entries();
        assertEquals(1, entries.size(), "only the saved one, not the refused one");
        assertEquals(EntryKind.OBSERVATION, entries.get(0).kind());
        assertEquals(text, entries.get(0).text());
        assertEquals("Assessor", entries.get(0).authorName());
    }

    @Test
    void onlyAnAccountThatMayAssessIsInvitedForAMeetingStillToCome() throws Exception {
        World w = world();
        String m = w.meeting();
        TestPerson amira = w.set().members().get(0);
        assertThrows(
                InvalidInputException.class,
                () -> facilitator.run(
                        w.f().email(), () -> observations.invite(m, w.outsider().email())),
                "a member account is no assessor");
        assertThrows(
                InvalidInputException.class,
                () -> facilitator.run(w.f().email(), () -> observations.invite(m, w.f().email())),
                "not oneself");
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(
                        w.assessor().email(),
                        () -> observations.invite(m, w.assessor().email())),
                "only the set's facilitator invites");
        facilitator.run(w.f().email(), () -> live.start(m, true));
        assertThrows(
                StateException.class,
                () -> facilitator.run(
                        w.f().email(), () -> observations.invite(m, w.assessor().email())),
                "not once the meeting has started");
        String next = w.meetings().get(1).id();
        invite(w, next);
        facilitator.run(w.f().email(), () -> observations.withdraw(next));
        assertEquals(ObservationState.WITHDRAWN, page(amira, next).state());
        assertFalse(page(amira, next).canAnswer());
    }

    private void invite(World w, String meetingId) throws Exception {
        facilitator.run(
                w.f().email(), () -> observations.invite(meetingId, w.assessor().email()));
    }

    private void allAgree(World w, String meetingId) throws Exception {
        for (TestPerson p : w.set().members()) {
            answer(p, meetingId, ConsentAnswer.AGREED);
        }
    }

    private void answer(TestPerson who, String meetingId, ConsentAnswer answer) throws Exception {
        member.run(who.email(), () -> observations.answer(meetingId, answer));
    }

    private ObservationPage observe(World w, String meetingId) throws Exception {
        facilitator.as(w.assessor().email(), () -> observations.membersNamedIn(meetingId, ""));
        return page(w.assessor(), meetingId);
    }

    private ObservationPage page(TestPerson who, String meetingId) throws Exception {
        if (who.name().equals("Lead")) {
            return admin.as(who.email(), () -> observations.page(meetingId));
        }
        if (who.name().equals("Facilitator")
                || who.name().equals("Assessor")
                || who.name().equals("Other")) {
            return facilitator.as(who.email(), () -> observations.page(meetingId));
        }
        return member.as(who.email(), () -> observations.page(meetingId));
    }
}
