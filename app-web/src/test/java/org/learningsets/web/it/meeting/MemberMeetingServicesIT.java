package org.learningsets.web.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.calendar.CalendarService;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.meeting.AttendanceService;
import org.learningsets.ejb.meeting.BidService;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.PreparationViews.BidView;
import org.learningsets.ejb.meeting.PreparationViews.DraftAgenda;
import org.learningsets.ejb.meeting.PreparationViews.MeetingPreparation;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.MySetViews.MySetCard;
import org.learningsets.ejb.set.MySetViews.MySetPage;
import org.learningsets.ejb.set.MySetsService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.DomainException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.web.it.container.Acting;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.AttendanceTallies;
import org.learningsets.web.it.container.AttendanceTallies.Tally;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;

/**
 * A member's sets and the preparation of a meeting (bids, apologies, the draft agenda, the meeting's .ics), called
 * as real people with real role checks: what members may do works; every refusal (another set's ids, a withdrawn
 * or not-agreed member, a meeting already held, bad minutes, someone else's bid) changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MemberMeetingServicesIT {

    @Inject
    AsAdmin admin;

    @Inject
    AsFacilitator facilitator;

    @Inject
    AsMember member;

    @Inject
    Fixtures fixtures;

    @Inject
    ProgrammeService programmes;

    @Inject
    SetService sets;

    @Inject
    MembershipService memberships;

    @Inject
    FacilitatorService facilitators;

    @Inject
    GroundRulesService groundRules;

    @Inject
    ScheduleService schedules;

    @Inject
    IssueService issues;

    @Inject
    MySetsService mySets;

    @Inject
    BidService bids;

    @Inject
    AttendanceService attendance;

    @Inject
    CalendarService calendars;

    @Resource(lookup = "java:app/jdbc/learningsets")
    DataSource dataSource;

    /**
     * One programme with two sets of six planned meetings each: set A with its facilitator, two agreed members
     * and one who has not agreed the ground rules; set B with its own facilitator and an agreed member.
     */
    private record World(
            TestPerson lead,
            String setA,
            String setB,
            TestPerson facilitatorA,
            TestPerson facilitatorB,
            TestPerson amira,
            TestPerson ben,
            TestPerson notAgreed,
            TestPerson otherMember,
            List<MeetingView> meetingsA,
            List<MeetingView> meetingsB) {

        String next() {
            return meetingsA.get(0).id();
        }
    }

    private World world() throws Exception {
        TestPerson lead = fixtures.person("Lead", Role.ADMIN);
        String programmeId =
                admin.as(lead.email(), () -> programmes.create(Fixtures.programmeIn2027("Preparing", 6, 6)));
        String setA = admin.as(lead.email(), () -> sets.create(programmeId, "Set A"));
        String setB = admin.as(lead.email(), () -> sets.create(programmeId, "Set B"));
        TestPerson facilitatorA = facilitatorOf(lead, setA);
        TestPerson facilitatorB = facilitatorOf(lead, setB);
        TestPerson amira = memberOf(lead, setA, "Amira");
        TestPerson ben = memberOf(lead, setA, "Ben");
        TestPerson notAgreed = memberOf(lead, setA, "Nadia");
        TestPerson otherMember = memberOf(lead, setB, "Oscar");
        facilitator.run(
                facilitatorA.email(),
                () -> groundRules.record(
                        setA, "What is said here stays here.\n" + "We come to every meeting, or send apologies."));
        facilitator.run(facilitatorB.email(), () -> groundRules.record(setB, "Set B's rules."));
        member.run(amira.email(), () -> groundRules.agree(setA, 1));
        member.run(ben.email(), () -> groundRules.agree(setA, 1));
        member.run(otherMember.email(), () -> groundRules.agree(setB, 1));
        List<MeetingView> meetingsA = admin.as(
                lead.email(),
                () -> schedules.generate(setA, LocalDate.of(2027, 1, 1), null, "https://meet.example.org/set-a"));
        List<MeetingView> meetingsB = admin.as(
                lead.email(),
                () -> schedules.generate(setB, LocalDate.of(2027, 1, 1), null, "https://meet.example.org/set-b"));
        return new World(
                lead, setA, setB, facilitatorA, facilitatorB, amira, ben, notAgreed, otherMember, meetingsA, meetingsB);
    }

    @Test
    void myListOfSetsShowsPeopleTheNextMeetingAndMyAttendance() throws Exception {
        World w = world();
        List<MySetCard> cards = member.as(w.amira().email(), () -> mySets.mine());
        assertEquals(1, cards.size(), "one set for a fresh member");
        MySetCard card = cards.get(0);
        assertEquals("Set A", card.setName());
        assertEquals(List.of("Facilitator"), card.facilitators());
        assertEquals(3, card.memberCount());
        assertTrue(card.rulesAgreed());
        assertEquals(w.next(), card.nextMeeting().meetingId());
        assertEquals("https://meet.example.org/set-a", card.nextMeeting().link());
        assertEquals(0, card.attendance().held());

        // The first meeting is held: Amira came, Ben sent apologies.
        markHeld(w.meetingsA().get(0).id());
        recordAttendance(w.meetingsA().get(0).id(), w.amira().id(), "PRESENT");
        recordAttendance(w.meetingsA().get(0).id(), w.ben().id(), "APOLOGIES");
        MySetCard after = member.as(w.amira().email(), () -> mySets.mine()).get(0);
        assertEquals(w.meetingsA().get(1).id(), after.nextMeeting().meetingId(), "the next one still to come");
        assertEquals(1, after.attendance().held());
        assertEquals(1, after.attendance().attended());

        MySetPage page = member.as(w.ben().email(), () -> mySets.set(w.setA()));
        assertTrue(page.rulesAgreed());
        assertEquals(
                List.of("Amira", "Ben", "Nadia"),
                page.members().stream().map(m -> m.name()).toList());
        assertTrue(
                page.members().get(0).organisation().startsWith("Amira Trust"),
                page.members().toString());
        assertEquals("Facilitator", page.facilitators().get(0).name());
        assertEquals(6, page.meetings().size());
        assertEquals("Sent apologies", page.meetings().get(0).myAttendance());
        assertFalse(page.meetings().get(0).open());
        assertTrue(page.meetings().get(1).open());
        assertEquals(w.meetingsA().get(1).id(), page.nextMeeting().meeting().meetingId());
        assertEquals(1, page.attendance().apologies());
        assertEquals(0, page.attendance().absent());
        assertTrue(page.rules().text().startsWith("What is said here stays here."));

        // Not a member: refused, whoever asks, also with another set's id.
        assertThrows(
                AccessDeniedException.class, () -> member.as(w.otherMember().email(), () -> mySets.set(w.setA())));
        assertThrows(
                EJBAccessException.class,
                () -> facilitator.as(w.facilitatorA().email(), () -> mySets.set(w.setA())),
                "a page for members");
        assertThrows(NotFoundException.class, () -> member.as(w.amira().email(), () -> mySets.set("not-an-id")));
        assertThrows(EJBAccessException.class, () -> admin.as(w.lead().email(), () -> mySets.mine()));
    }

    @Test
    void aMemberWhoHasNotAgreedTheGroundRulesSeesOnlyTheRulesUntilTheyAgree() throws Exception {
        World w = world();
        MySetPage gate = member.as(w.notAgreed().email(), () -> mySets.set(w.setA()));
        assertFalse(gate.rulesAgreed());
        assertEquals(1, gate.rules().version());
        assertTrue(gate.members().isEmpty()
                && gate.facilitators().isEmpty()
                && gate.meetings().isEmpty());
        assertNull(gate.nextMeeting());
        assertFalse(member.as(w.notAgreed().email(), () -> mySets.mine()).get(0).rulesAgreed());

        String amirasBid = member.as(w.amira().email(), () -> bids.bidOnNewIssue(w.next(), "Mornings", null, 20));
        Map<String, Acting.ThrowingRunnable> refused = new LinkedHashMap<>();
        refused.put("prepare", () -> member.as(w.notAgreed().email(), () -> bids.prepare(w.next())));
        refused.put("agenda", () -> member.as(w.notAgreed().email(), () -> bids.agenda(w.next())));
        refused.put("bid", () -> member.as(w.notAgreed().email(), () -> bids.bidOnNewIssue(w.next(), "X", null, 20)));
        refused.put("apologies", () -> member.as(w.notAgreed().email(), () -> attendance.sendApologies(w.next())));
        refused.put(
                "change another's bid",
                () -> member.run(w.notAgreed().email(), () -> bids.changeMinutes(amirasBid, 0, 30)));
        assertRefused(refused);
        assertEquals(List.of("Mornings:20"), agendaOf(w));

        member.run(w.notAgreed().email(), () -> groundRules.agree(w.setA(), 1));
        MySetPage open = member.as(w.notAgreed().email(), () -> mySets.set(w.setA()));
        assertTrue(open.rulesAgreed());
        assertEquals(6, open.meetings().size());
        assertEquals(
                1,
                member.as(w.notAgreed().email(), () -> bids.prepare(w.next()))
                        .agenda()
                        .items()
                        .size());
    }

    @Test
    void aMemberBidsOnANewIssueAndOnOneCarriedOverAndSeesTheDraftAgenda() throws Exception {
        World w = world();
        String carried = member.as(w.amira().email(), () -> issues.raise(w.setA(), "Weekend cover", "Long story."));
        MeetingPreparation before = member.as(w.amira().email(), () -> bids.prepare(w.next()));
        assertTrue(before.open());
        assertEquals(
                List.of("Weekend cover"),
                before.carriedOver().stream().map(c -> c.title()).toList());
        assertEquals(120, before.agenda().meetingMinutes());
        assertEquals(60, before.maxMinutes());

        String newBid = member.as(
                w.amira().email(), () -> bids.bidOnNewIssue(w.next(), "Mornings", "Referrals arrive late.", 30));
        member.as(w.amira().email(), () -> bids.bidOnIssue(w.next(), carried, 20));
        member.as(w.ben().email(), () -> bids.bidOnNewIssue(w.next(), "DVT pathway", null, 50));

        assertTrue(
                member.as(w.amira().email(), () -> issues.ofSet(w.setA())).stream()
                        .anyMatch(i -> i.title().equals("Mornings")
                                && "Referrals arrive late.".equals(i.narrative())
                                && i.holderName().equals("Amira")),
                "the new issue is raised in the set");
        MeetingPreparation mine = member.as(w.amira().email(), () -> bids.prepare(w.next()));
        assertEquals(
                List.of("Mornings", "Weekend cover"),
                mine.myBids().stream().map(BidView::issueTitle).toList());
        assertTrue(mine.carriedOver().isEmpty(), "both open issues have bids");
        DraftAgenda agenda = mine.agenda();
        assertEquals(List.of("DVT pathway:50", "Mornings:30", "Weekend cover:20"), agendaOf(w));
        assertEquals(100, agenda.totalWanted());
        assertEquals(0, agenda.overBy());
        assertEquals(
                List.of(false, true, true),
                agenda.items().stream().map(i -> i.mine()).toList());
        assertEquals("Ben", agenda.items().get(0).holderName());

        // One bid per issue per meeting.
        assertThrows(
                ConflictException.class,
                () -> member.as(w.amira().email(), () -> bids.bidOnIssue(w.next(), carried, 10)));
        // Change the minutes; a stale version is refused.
        BidView bid = mine.myBids().get(0);
        member.run(w.amira().email(), () -> bids.changeMinutes(newBid, bid.version(), 45));
        assertThrows(
                ConflictException.class,
                () -> member.run(w.amira().email(), () -> bids.changeMinutes(newBid, bid.version(), 10)));
        assertEquals(List.of("DVT pathway:50", "Mornings:45", "Weekend cover:20"), agendaOf(w));
        // Withdraw: off the agenda, the issue stays open and can be carried over again.
        long version = member.as(w.amira().email(), () -> bids.prepare(w.next()))
                .myBids()
                .get(0)
                .version();
        member.run(w.amira().email(), () -> bids.withdraw(newBid, version));
        assertEquals(List.of("DVT pathway:50", "Weekend cover:20"), agendaOf(w));
        assertEquals(
                List.of("Mornings"),
                member.as(w.amira().email(), () -> bids.prepare(w.next())).carriedOver().stream()
                        .map(c -> c.title())
                        .toList());

        // The set's facilitator reads the agenda; the other set's facilitator and member do not.
        assertEquals(
                2,
                facilitator
                        .as(w.facilitatorA().email(), () -> bids.agenda(w.next()))
                        .items()
                        .size());
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.as(w.facilitatorB().email(), () -> bids.agenda(w.next())));
        assertThrows(
                EJBAccessException.class,
                () -> facilitator.as(
                        w.facilitatorA().email(),
                        () -> bids.bidOnNewIssue(w.next(), "Facilitators take no airtime", null, 10)));
        assertThrows(EJBAccessException.class, () -> admin.as(w.lead().email(), () -> bids.agenda(w.next())));
    }

    @Test
    void badMinutesAreRefusedWithAClearMessageAndNothingIsRaised() throws Exception {
        World w = world();
        int issuesBefore =
                member.as(w.amira().email(), () -> issues.ofSet(w.setA())).size();
        for (int minutes : new int[] {0, 4, 61, 600}) {
            EJBException e = assertThrows(
                    EJBException.class,
                    () -> member.as(w.amira().email(), () -> bids.bidOnNewIssue(w.next(), "Too long", null, minutes)));
            String message = violations(e);
            assertTrue(
                    message.equals("Ask for at least 5 minutes.") || message.equals("Ask for at most 60 minutes."),
                    message);
        }
        EJBException noTitle = assertThrows(
                EJBException.class,
                () -> member.as(w.amira().email(), () -> bids.bidOnNewIssue(w.next(), " ", null, 20)));
        assertEquals("Give the issue a short title.", violations(noTitle));

        // Within 5..60 but longer than a 45-minute meeting: the new issue is not raised either.
        MeetingView shortened = admin.as(
                w.lead().email(),
                () -> schedules.move(
                        w.next(),
                        w.meetingsA().get(0).version(),
                        w.meetingsA().get(0).start().toLocalDateTime(),
                        45,
                        "A shorter first meeting"));
        assertEquals(45, shortened.durationMinutes());
        InvalidInputException tooLong = assertThrows(
                InvalidInputException.class,
                () -> member.as(w.amira().email(), () -> bids.bidOnNewIssue(w.next(), "Too long", null, 50)));
        assertEquals("Minutes wanted must be between 5 and 45 (it is 50).", tooLong.getMessage());
        assertEquals(
                issuesBefore,
                member.as(w.amira().email(), () -> issues.ofSet(w.setA())).size());
        assertTrue(agendaOf(w).isEmpty());

        String bid = member.as(w.amira().email(), () -> bids.bidOnNewIssue(w.next(), "Fits", null, 45));
        long version = member.as(w.amira().email(), () -> bids.prepare(w.next()))
                .myBids()
                .get(0)
                .version();
        assertThrows(
                InvalidInputException.class,
                () -> member.run(w.amira().email(), () -> bids.changeMinutes(bid, version, 46)));
        assertThrows(EJBException.class, () -> member.run(w.amira().email(), () -> bids.changeMinutes(bid, 0, 3)));
        assertEquals(List.of("Fits:45"), agendaOf(w));
    }

    @Test
    void tamperedIdsOtherSetsAndWithdrawnMembersAreRefusedAndChangeNothing() throws Exception {
        World w = world();
        String amirasIssue = member.as(w.amira().email(), () -> issues.raise(w.setA(), "Amira's issue", null));
        String amirasBid = member.as(w.amira().email(), () -> bids.bidOnIssue(w.next(), amirasIssue, 25));
        String otherSetIssue = member.as(w.otherMember().email(), () -> issues.raise(w.setB(), "Set B issue", null));
        String otherMeeting = w.meetingsB().get(0).id();

        Map<String, Acting.ThrowingRunnable> refused = new LinkedHashMap<>();
        refused.put(
                "another set's member prepares our meeting",
                () -> member.as(w.otherMember().email(), () -> bids.prepare(w.next())));
        refused.put(
                "another set's member bids at our meeting",
                () -> member.as(w.otherMember().email(), () -> bids.bidOnIssue(w.next(), otherSetIssue, 20)));
        refused.put(
                "our member bids at another set's meeting",
                () -> member.as(w.amira().email(), () -> bids.bidOnNewIssue(otherMeeting, "Intruder", null, 20)));
        refused.put(
                "another set's issue at our meeting",
                () -> member.as(w.amira().email(), () -> bids.bidOnIssue(w.next(), otherSetIssue, 20)));
        refused.put(
                "someone else's issue",
                () -> member.as(w.ben().email(), () -> bids.bidOnIssue(w.next(), amirasIssue, 20)));
        refused.put(
                "someone else's bid changed",
                () -> member.run(w.ben().email(), () -> bids.changeMinutes(amirasBid, 0, 50)));
        refused.put(
                "someone else's bid withdrawn", () -> member.run(w.ben().email(), () -> bids.withdraw(amirasBid, 0)));
        refused.put(
                "another set's member sends apologies",
                () -> member.as(w.otherMember().email(), () -> attendance.sendApologies(w.next())));
        refused.put(
                "unknown meeting",
                () -> member.as(
                        w.amira().email(), () -> bids.prepare(UUID.randomUUID().toString())));
        refused.put("unknown bid", () -> member.run(w.amira().email(), () -> bids.withdraw("tampered", 0)));
        refused.put("unknown issue", () -> member.as(w.amira().email(), () -> bids.bidOnIssue(w.next(), "x", 20)));
        refused.put(
                "another set's member downloads our meeting",
                () -> member.as(w.otherMember().email(), () -> calendars.oneMeeting(w.next())));
        refused.put("unknown meeting's .ics", () -> member.as(w.amira().email(), () -> calendars.oneMeeting("x")));
        assertRefused(refused);
        assertEquals(List.of("Amira's issue:25"), agendaOf(w));

        // A closed issue cannot be bid on.
        long version = member.as(w.otherMember().email(), () -> issues.view(otherSetIssue))
                .version();
        member.run(w.otherMember().email(), () -> issues.close(otherSetIssue, version, IssueStatus.RESOLVED));
        assertThrows(
                StateException.class,
                () -> member.as(w.otherMember().email(), () -> bids.bidOnIssue(otherMeeting, otherSetIssue, 20)));

        // A withdrawn member loses the set, its meetings and their own bids' controls; the bid stays as it was.
        admin.run(
                w.lead().email(), () -> memberships.withdraw(w.setA(), w.amira().id(), "Left the trust"));
        Map<String, Acting.ThrowingRunnable> withdrawn = new LinkedHashMap<>();
        withdrawn.put("set page", () -> member.as(w.amira().email(), () -> mySets.set(w.setA())));
        withdrawn.put("prepare", () -> member.as(w.amira().email(), () -> bids.prepare(w.next())));
        withdrawn.put("bid", () -> member.as(w.amira().email(), () -> bids.bidOnNewIssue(w.next(), "Late", null, 9)));
        withdrawn.put("change", () -> member.run(w.amira().email(), () -> bids.changeMinutes(amirasBid, 0, 50)));
        withdrawn.put("withdraw", () -> member.run(w.amira().email(), () -> bids.withdraw(amirasBid, 0)));
        withdrawn.put("apologies", () -> member.as(w.amira().email(), () -> attendance.sendApologies(w.next())));
        withdrawn.put(".ics", () -> member.as(w.amira().email(), () -> calendars.oneMeeting(w.next())));
        assertRefused(withdrawn);
        assertTrue(member.as(w.amira().email(), () -> mySets.mine()).isEmpty());
        assertEquals(List.of("Amira's issue:25"), agendaOf(w));
    }

    @Test
    void onlyPlannedMeetingsStillToComeTakeBidsAndApologies() throws Exception {
        World w = world();
        String held = w.meetingsA().get(0).id();
        String cancelled = w.meetingsA().get(1).id();
        String started = w.meetingsA().get(2).id();
        String bidAtHeld = member.as(w.amira().email(), () -> bids.bidOnNewIssue(held, "Before it was held", null, 20));
        markHeld(held);
        admin.run(
                w.lead().email(),
                () -> schedules.cancel(cancelled, w.meetingsA().get(1).version(), "Room unavailable"));
        execute(
                "update meeting set starts_at = {fn TIMESTAMPADD(SQL_TSI_HOUR, -3, CURRENT_TIMESTAMP)} where id = ?",
                started);

        for (String meetingId : List.of(held, cancelled, started)) {
            assertThrows(
                    StateException.class,
                    () -> member.as(w.amira().email(), () -> bids.bidOnNewIssue(meetingId, "Too late", null, 20)));
            assertThrows(
                    StateException.class,
                    () -> member.as(w.amira().email(), () -> attendance.sendApologies(meetingId)));
            assertFalse(
                    member.as(w.amira().email(), () -> bids.prepare(meetingId)).open());
        }
        StateException heldMessage = assertThrows(
                StateException.class, () -> member.run(w.amira().email(), () -> bids.withdraw(bidAtHeld, 0)));
        assertEquals(
                "Meeting 1 of Set A has been held; bids and apologies are for meetings still to come.",
                heldMessage.getMessage());
        assertThrows(
                StateException.class, () -> member.run(w.amira().email(), () -> bids.changeMinutes(bidAtHeld, 0, 30)));
        assertEquals(List.of("Before it was held:20"), agendaOf(w, held));
        assertTrue(member.as(w.amira().email(), () -> issues.ofSet(w.setA())).stream()
                .noneMatch(i -> i.title().equals("Too late")));
    }

    @Test
    void apologiesAreSentAndWithdrawnAndTakeTheMembersBidsOffTheAgenda() throws Exception {
        World w = world();
        member.as(w.amira().email(), () -> bids.bidOnNewIssue(w.next(), "Mornings", null, 30));
        member.as(w.ben().email(), () -> bids.bidOnNewIssue(w.next(), "DVT", null, 30));

        assertEquals(1, member.as(w.amira().email(), () -> attendance.sendApologies(w.next())), "one bid withdrawn");
        assertEquals(new Tally(0, 1, 0), AttendanceTallies.kept(dataSource, w.next()), "counted with the meeting");
        MeetingPreparation away = member.as(w.amira().email(), () -> bids.prepare(w.next()));
        assertTrue(away.apologiesSent());
        assertTrue(away.myBids().isEmpty());
        assertEquals(List.of("DVT:30"), agendaOf(w));
        assertEquals(
                "Sent apologies",
                member.as(w.amira().email(), () -> mySets.set(w.setA()))
                        .meetings()
                        .get(0)
                        .myAttendance());
        assertThrows(
                StateException.class,
                () -> member.as(w.amira().email(), () -> attendance.sendApologies(w.next())),
                "twice");
        assertThrows(
                StateException.class,
                () -> member.as(w.amira().email(), () -> bids.bidOnNewIssue(w.next(), "While away", null, 20)),
                "no bids while away");
        assertThrows(
                StateException.class,
                () -> member.run(w.ben().email(), () -> attendance.withdrawApologies(w.next())),
                "Ben sent none");

        member.run(w.amira().email(), () -> attendance.withdrawApologies(w.next()));
        assertEquals(new Tally(0, 0, 0), AttendanceTallies.kept(dataSource, w.next()), "and taken back");
        assertEquals(AttendanceTallies.counted(dataSource, w.next()), AttendanceTallies.kept(dataSource, w.next()));
        assertFalse(member.as(w.amira().email(), () -> bids.prepare(w.next())).apologiesSent());
        assertEquals(
                "",
                member.as(w.amira().email(), () -> mySets.set(w.setA()))
                        .meetings()
                        .get(0)
                        .myAttendance());
        member.as(
                w.amira().email(),
                () -> bids.bidOnIssue(
                        w.next(),
                        member.as(w.amira().email(), () -> bids.prepare(w.next()))
                                .carriedOver()
                                .get(0)
                                .issueId(),
                        25));
        assertEquals(List.of("DVT:30", "Mornings:25"), agendaOf(w));
        assertEquals(
                1,
                member.as(w.ben().email(), () -> bids.prepare(w.next()))
                        .myBids()
                        .size(),
                "Ben's bid stays");
    }

    @Test
    void aMeetingDownloadsAsICalendarForItsMembersAndFacilitatorOnly() throws Exception {
        World w = world();
        String ics = member.as(w.amira().email(), () -> calendars.oneMeeting(w.next()));
        assertTrue(ics.contains("BEGIN:VCALENDAR") && ics.contains("SUMMARY:Set A: meeting 1"), ics);
        assertTrue(ics.contains("https://meet.example.org/set-a"), ics);
        assertEquals(1, ics.split("BEGIN:VEVENT", -1).length - 1, "one meeting only");
        assertTrue(facilitator
                .as(w.facilitatorA().email(), () -> calendars.oneMeeting(w.next()))
                .contains("SUMMARY:Set A: meeting 1"));
        AccessDeniedException other = assertThrows(
                AccessDeniedException.class,
                () -> facilitator.as(w.facilitatorB().email(), () -> calendars.oneMeeting(w.next())));
        AccessDeniedException unknown = assertThrows(
                AccessDeniedException.class,
                () -> member.as(
                        w.amira().email(),
                        () -> calendars.oneMeeting(UUID.randomUUID().toString())));
        assertEquals(other.getMessage(), unknown.getMessage(), "an unknown id and another set's id look the same");
    }

    private List<String> agendaOf(World w) throws Exception {
        return agendaOf(w, w.next());
    }

    private List<String> agendaOf(World w, String meetingId) throws Exception {
        return facilitator.as(w.facilitatorA().email(), () -> bids.agenda(meetingId)).items().stream()
                .map(i -> i.issueTitle() + ":" + i.minutesWanted())
                .toList();
    }

    /** Every call must be refused: a domain refusal or a role refusal. */
    private static void assertRefused(Map<String, Acting.ThrowingRunnable> calls) {
        List<String> allowed = new ArrayList<>();
        for (Map.Entry<String, Acting.ThrowingRunnable> call : calls.entrySet()) {
            try {
                call.getValue().run();
                allowed.add(call.getKey());
            } catch (DomainException | EJBAccessException refused) {
                // refused, as it must be
            } catch (Exception other) {
                allowed.add(call.getKey() + " (failed otherwise: " + other + ")");
            }
        }
        assertEquals(List.of(), allowed, "calls that were not refused");
    }

    private void markHeld(String meetingId) throws SQLException {
        execute("update meeting set status = 'HELD' where id = ?", meetingId);
    }

    private void recordAttendance(String meetingId, String personId, String status) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "insert into attendance (id, version, meeting_id, person_id, status) values (?, 1, ?, ?, ?)")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, meetingId);
            s.setString(3, personId);
            s.setString(4, status);
            assertEquals(1, s.executeUpdate());
        }
    }

    private void execute(String sql, String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    private TestPerson facilitatorOf(TestPerson lead, String setId) throws Exception {
        TestPerson f = fixtures.person("Facilitator", Role.FACILITATOR);
        admin.run(lead.email(), () -> facilitators.assign(setId, f.id(), FacilitatorRole.LEAD));
        return f;
    }

    private TestPerson memberOf(TestPerson lead, String setId, String name) throws Exception {
        TestPerson m = fixtures.person(name, Role.MEMBER);
        admin.run(lead.email(), () -> memberships.add(setId, m.id()));
        return m;
    }

    /** The messages of the service's parameter constraints, as the page shows them. */
    private static String violations(EJBException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.validation.ConstraintViolationException invalid) {
                return invalid.getConstraintViolations().stream()
                        .map(jakarta.validation.ConstraintViolation::getMessage)
                        .sorted()
                        .collect(java.util.stream.Collectors.joining(" "));
            }
        }
        throw new AssertionError("not a constraint violation", e);
    }
}
