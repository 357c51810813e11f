package org.learningsets.web.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.meeting.LiveMeetingService;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeeting;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.RotaService;
import org.learningsets.ejb.meeting.RotaViews.RotaChoice;
import org.learningsets.ejb.meeting.RotaViews.RotaLine;
import org.learningsets.ejb.meeting.RotaViews.RotaPage;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
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
 * Towards self-facilitation, through the services as real people: the default rota a set gets when it becomes
 * self-facilitating, the rule that only the member on the rota for a meeting runs that meeting (and no other), every
 * refusal, handing the role on (also mid-meeting), and the rota's validation.
 */
@ExtendWith(ArquillianExtension.class)
class RotaServicesIT {

    private static final String TITLE = "Set A, meeting 1";

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
    MembershipService memberships;

    @Inject
    ScheduleService schedules;

    @Inject
    LiveMeetingService live;

    @Inject
    RotaService rotas;

    /**
     * Set A: Amira, Ben and Chloe agreed the ground rules, Dora has not; six meetings from January 2027 (after
     * today); Oscar is in another set of the programme. Self-facilitating unless asked not to be.
     */
    private record World(
            SetWorld set,
            TestPerson amira,
            TestPerson ben,
            TestPerson chloe,
            TestPerson dora,
            TestPerson oscar,
            List<MeetingView> meetings) {

        String meeting(int number) {
            return meetings.get(number - 1).id();
        }
    }

    private World world(boolean selfFacilitating) throws Exception {
        SetWorld a = worlds.build("Rota", List.of("Amira", "Ben", "Chloe"));
        TestPerson oscar = worlds.addSet(a, "Set B", List.of("Oscar")).members().get(0);
        TestPerson dora = fixtures.person("Dora", Role.MEMBER);
        admin.run(a.lead().email(), () -> memberships.add(a.setId(), dora.id()));
        List<MeetingView> meetings = admin.as(
                a.lead().email(),
                () -> schedules.generate(a.setId(), LocalDate.of(2027, 1, 1), null, "https://meet.example.org/rota"));
        admin.run(a.lead().email(), () -> sets.activate(a.setId()));
        if (selfFacilitating) {
            facilitator.run(a.facilitator().email(), () -> sets.selfFacilitate(a.setId()));
        }
        List<TestPerson> m = a.members();
        return new World(a, m.get(0), m.get(1), m.get(2), dora, oscar, meetings);
    }

    @Test
    void aSetThatBecomesSelfFacilitatingGetsADefaultRotaInMemberOrder() throws Exception {
        World w = world(false);
        RotaPage before = member.as(w.amira().email(), () -> rotas.page(w.set().setId()));
        assertFalse(before.selfFacilitating());
        assertTrue(before.choices().isEmpty(), "a facilitated set's rota is a preview nobody changes");
        List<String> preview = before.meetings().stream().map(RotaLine::holder).toList();
        StateException facilitated = assertThrows(
                StateException.class,
                () -> member.run(
                        w.amira().email(),
                        () -> rotas.give(w.meeting(1), w.ben().id(), 0)));
        assertEquals(
                "Set A is not self-facilitating: its facilitator runs its meetings, so it keeps no rota.",
                facilitated.getMessage());

        facilitator.run(
                w.set().facilitator().email(), () -> sets.selfFacilitate(w.set().setId()));
        RotaPage rota = member.as(w.ben().email(), () -> rotas.page(w.set().setId()));
        assertTrue(rota.selfFacilitating());
        assertEquals(
                List.of("Amira", "Ben", "Chloe", "Amira", "Ben", "Chloe"),
                rota.meetings().stream().map(RotaLine::holder).toList(),
                "in turn over every coming meeting; Dora, who has not agreed the ground rules, is left out");
        assertEquals(preview, rota.meetings().stream().map(RotaLine::holder).toList(), "as the preview said");
        assertEquals(
                List.of("Amira", "Ben", "Chloe"),
                rota.choices().stream().map(RotaChoice::name).toList());
        assertTrue(rota.meetings().get(1).mine() && !rota.meetings().get(0).mine(), "Ben sees his own turn");
        assertTrue(rota.meetings().stream().allMatch(RotaLine::holderCanRun));
        assertEquals(
                6,
                facilitator
                        .as(
                                w.set().facilitator().email(),
                                () -> rotas.page(w.set().setId()))
                        .meetings()
                        .size(),
                "the facilitator sees it too");
        assertThrows(
                AccessDeniedException.class,
                () -> member.as(w.oscar().email(), () -> rotas.page(w.set().setId())),
                "another set's member sees nothing");
        assertThrows(
                AccessDeniedException.class,
                () -> member.as(w.dora().email(), () -> rotas.page(w.set().setId())),
                "ground rules first");
        assertThrows(
                EJBAccessException.class,
                () -> admin.as(w.set().lead().email(), () -> rotas.page(w.set().setId())),
                "the programme lead does not keep the set's rota");
    }

    @Test
    void onlyTheMemberOnTheRotaRunsThatMeetingAndNoOther() throws Exception {
        World w = world(true);
        String first = w.meeting(1);
        String second = w.meeting(2);

        LiveMeeting asBen = view(w.ben(), first);
        assertFalse(asBen.canStart(), "meeting 1 is Amira's");
        assertEquals("Amira", asBen.rotaHolder());
        assertFalse(asBen.onRota());
        AccessDeniedException notBens = assertThrows(
                AccessDeniedException.class, () -> member.run(w.ben().email(), () -> live.start(first, true)));
        assertEquals(
                "Amira holds the facilitator's role for " + TITLE + " on the rota: only they (or the set's "
                        + "facilitator) can run it.",
                notBens.getMessage());
        assertNull(view(w.amira(), first).stage(), "the refusal started nothing");

        LiveMeeting asAmira = view(w.amira(), first);
        assertTrue(asAmira.canStart() && asAmira.onRota());
        member.run(w.amira().email(), () -> live.start(first, true));
        assertTrue(view(w.amira(), first).canControl());
        for (TestPerson p : List.of(w.amira(), w.ben(), w.chloe())) {
            member.run(w.amira().email(), () -> live.recordAttendance(first, p.id(), AttendanceStatus.PRESENT));
        }
        member.run(
                w.amira().email(), () -> live.recordAttendance(first, w.dora().id(), AttendanceStatus.APOLOGIES));
        member.run(w.amira().email(), () -> live.moveTo(first, MeetingStage.AGENDA));
        assertEquals("AGENDA", view(w.chloe(), first).stage());

        assertFalse(view(w.ben(), first).canControl(), "Ben follows");
        assertFalse(view(w.ben(), first).canTakeControls());
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(
                        w.ben().email(),
                        () -> live.recordAttendance(first, w.chloe().id(), AttendanceStatus.ABSENT)));
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(w.ben().email(), () -> live.moveTo(first, MeetingStage.CHECK_IN)));
        assertThrows(AccessDeniedException.class, () -> member.run(w.ben().email(), () -> live.takeControls(first)));
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(w.oscar().email(), () -> live.moveTo(first, MeetingStage.CHECK_IN)));
        assertEquals("AGENDA", view(w.amira(), first).stage(), "no refusal changed anything");

        // Amira's turn is meeting 1 only: meeting 2 is Ben's.
        assertFalse(view(w.amira(), second).canStart());
        assertThrows(AccessDeniedException.class, () -> member.run(w.amira().email(), () -> live.start(second, true)));
        member.run(w.amira().email(), () -> live.moveTo(first, MeetingStage.PROCESS_REVIEW));
        member.run(w.amira().email(), () -> live.end(first));
        member.run(w.ben().email(), () -> live.start(second, true));
        assertTrue(view(w.ben(), second).canControl());
        assertFalse(view(w.amira(), second).canControl());
        AccessDeniedException notAmiras = assertThrows(
                AccessDeniedException.class,
                () -> member.run(
                        w.amira().email(),
                        () -> live.recordAttendance(second, w.ben().id(), AttendanceStatus.PRESENT)));
        assertTrue(notAmiras.getMessage().startsWith("Ben holds the facilitator's role for Set A, meeting 2"));
        assertTrue(view(w.set().facilitator(), second).canControl(), "the facilitator can still step in");
    }

    @Test
    void theRoleCanBeHandedOnEvenDuringTheMeeting() throws Exception {
        World w = world(true);
        String first = w.meeting(1);
        member.run(w.amira().email(), () -> live.start(first, true));
        member.run(w.amira().email(), () -> live.recordAttendance(first, w.ben().id(), AttendanceStatus.PRESENT));

        // Amira has to leave: Ben gives her turn to Chloe, who carries on from where the meeting is.
        member.run(
                w.ben().email(),
                () -> rotas.give(first, w.chloe().id(), line(w, w.ben(), 1).version()));
        assertEquals("Chloe", view(w.amira(), first).runBy());
        assertTrue(view(w.chloe(), first).canControl());
        assertFalse(view(w.amira(), first).canControl());
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(
                        w.amira().email(),
                        () -> live.recordAttendance(first, w.chloe().id(), AttendanceStatus.PRESENT)));
        member.run(
                w.chloe().email(), () -> live.recordAttendance(first, w.chloe().id(), AttendanceStatus.PRESENT));
        assertEquals("Chloe", line(w, w.amira(), 1).holder());

        // The facilitator may change the rota too.
        facilitator.run(
                w.set().facilitator().email(),
                () -> rotas.give(
                        w.meeting(3),
                        w.amira().id(),
                        line(w, w.set().facilitator(), 3).version()));
        assertEquals("Amira", line(w, w.chloe(), 3).holder());
    }

    @Test
    void theRotaSaysWhatIsWrong() throws Exception {
        World w = world(true);
        String first = w.meeting(1);
        long version = line(w, w.ben(), 1).version();

        InvalidInputException nobody = assertThrows(
                InvalidInputException.class, () -> member.run(w.ben().email(), () -> rotas.give(first, null, version)));
        assertEquals("Choose who holds the facilitator's role for " + TITLE + ".", nobody.getMessage());
        InvalidInputException notAgreed = assertThrows(
                InvalidInputException.class,
                () -> member.run(
                        w.ben().email(), () -> rotas.give(first, w.dora().id(), version)));
        assertEquals(
                "Dora has not agreed the ground rules of Set A yet, so cannot hold the facilitator's role.",
                notAgreed.getMessage());
        InvalidInputException notAMember = assertThrows(
                InvalidInputException.class,
                () -> member.run(
                        w.ben().email(), () -> rotas.give(first, w.oscar().id(), version)));
        assertEquals("Only a member of Set A can hold the facilitator's role.", notAMember.getMessage());
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(
                        w.oscar().email(), () -> rotas.give(first, w.oscar().id(), version)),
                "another set's member cannot touch it");
        assertThrows(
                EJBAccessException.class,
                () -> admin.run(
                        w.set().lead().email(), () -> rotas.give(first, w.ben().id(), version)));

        member.run(w.ben().email(), () -> rotas.give(first, w.ben().id(), version));
        ConflictException stale = assertThrows(
                ConflictException.class,
                () -> member.run(
                        w.chloe().email(), () -> rotas.give(first, w.chloe().id(), version)),
                "Chloe's page showed the rota before Ben changed it");
        assertTrue(stale.getMessage().startsWith(TITLE + " was changed by someone else"));
        assertEquals("Ben", line(w, w.amira(), 1).holder());

        member.run(w.ben().email(), () -> live.start(first, true));
        for (TestPerson p : List.of(w.amira(), w.ben(), w.chloe(), w.dora())) {
            member.run(w.ben().email(), () -> live.recordAttendance(first, p.id(), AttendanceStatus.PRESENT));
        }
        member.run(w.ben().email(), () -> live.moveTo(first, MeetingStage.PROCESS_REVIEW));
        long held = member.as(w.ben().email(), () -> schedules.meetings(w.set().setId()))
                .get(0)
                .version();
        StateException closed = assertThrows(
                StateException.class,
                () -> member.run(
                        w.ben().email(), () -> rotas.give(first, w.amira().id(), held)));
        assertEquals("Meeting 1 has been held; its rota can no longer change.", closed.getMessage());
    }

    private RotaLine line(World w, TestPerson who, int number) throws Exception {
        RotaPage page = who.name().equals("Facilitator")
                ? facilitator.as(who.email(), () -> rotas.page(w.set().setId()))
                : member.as(who.email(), () -> rotas.page(w.set().setId()));
        return page.meetings().stream()
                .filter(l -> l.number() == number)
                .findFirst()
                .orElseThrow();
    }

    private LiveMeeting view(TestPerson who, String meetingId) throws Exception {
        return who.name().equals("Facilitator")
                ? facilitator.as(who.email(), () -> live.view(meetingId))
                : member.as(who.email(), () -> live.view(meetingId));
    }
}
