package org.learningsets.web.it.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.allocation.AllocationProposal;
import org.learningsets.ejb.allocation.AllocationRule;
import org.learningsets.ejb.allocation.AllocationService;
import org.learningsets.ejb.allocation.CohortRule;
import org.learningsets.ejb.mail.Outbox;
import org.learningsets.ejb.meeting.MeetingPlace;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.participant.ParticipantImportService;
import org.learningsets.ejb.programme.ManagedSet;
import org.learningsets.ejb.programme.ManagedSetService;
import org.learningsets.ejb.programme.ProgrammeDraft;
import org.learningsets.ejb.programme.ProgrammeOverview;
import org.learningsets.ejb.programme.ProgrammeOverviewService;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.programme.ProgrammeView;
import org.learningsets.ejb.security.AccountAdminService;
import org.learningsets.ejb.security.AccountStatus;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.ejb.set.SetViews.FacilitatorCandidate;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.ChangeKind;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.ProgrammeStatus;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.model.set.MembershipStatus;
import org.learningsets.model.set.SetState;
import org.learningsets.web.it.container.Acting.ThrowingRunnable;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;
import org.learningsets.web.it.container.Refusals;

/**
 * A programme lead's whole job at the service level, in the container with real role checks: the programme's
 * overview and next steps, settings, opening and closing, facilitators, members, meetings and roles, and every
 * refusal with its reason and nothing changed. Each test builds its own programme and people.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeLeadServicesIT {

    private static final String LINK = "https://meet.example.org/first-day";

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
    ProgrammeOverviewService overviews;

    @Inject
    ManagedSetService managedSets;

    @Inject
    SetService sets;

    @Inject
    MembershipService memberships;

    @Inject
    FacilitatorService facilitators;

    @Inject
    ScheduleService schedules;

    @Inject
    AllocationService allocation;

    @Inject
    AccountAdminService accounts;

    @Inject
    AccountStatus accountStatus;

    @Inject
    Outbox outbox;

    @Inject
    ParticipantImportService imports;

    /** A programme of 2027 (monthly, second Tuesday 14:00, sets of 2 to 4, 3 meetings), with its lead. */
    private record World(TestPerson lead, String programmeId) {
        String email() {
            return lead.email();
        }
    }

    private World world() throws Exception {
        TestPerson lead = fixtures.person("Lead", Role.ADMIN);
        String id = admin.as(
                lead.email(),
                () -> programmes.create(draft(
                        Fixtures.unique("First day"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 2, 4)));
        return new World(lead, id);
    }

    private static ProgrammeDraft draft(String name, LocalDate start, LocalDate end, int min, int max) {
        return new ProgrammeDraft(
                name,
                "NHS Elect",
                start,
                end,
                CadenceKind.MONTHLY_WEEKDAY,
                DayOfWeek.TUESDAY,
                2,
                null,
                LocalTime.of(14, 0),
                120,
                min,
                max,
                3,
                MeetingMode.VIRTUAL);
    }

    private String set(World w, String name) throws Exception {
        return admin.as(w.email(), () -> sets.create(w.programmeId(), name));
    }

    private TestPerson memberOf(World w, String setId, String name) throws Exception {
        TestPerson p = fixtures.person(name, Role.MEMBER);
        admin.run(w.email(), () -> memberships.add(setId, p.id()));
        return p;
    }

    private TestPerson facilitatorOf(World w, String setId) throws Exception {
        TestPerson f = fixtures.person("Facilitator", Role.FACILITATOR);
        admin.run(w.email(), () -> facilitators.assign(setId, f.id(), FacilitatorRole.LEAD));
        return f;
    }

    private List<MeetingView> plan(World w, String setId) throws Exception {
        return admin.as(
                w.email(),
                () -> schedules.plan(
                        setId, LocalDate.of(2027, 1, 1), new MeetingPlace(MeetingMode.VIRTUAL, null, LINK)));
    }

    private ProgrammeOverview overview(World w) throws Exception {
        return admin.as(w.email(), () -> overviews.overview(w.programmeId()));
    }

    @Test
    void theOverviewCountsAddUpAndSaysWhatToDoNext() throws Exception {
        World w = world();
        ProgrammeOverview empty = overview(w);
        assertEquals(
                List.of(
                        "Nobody is enrolled yet: import the participants from a spreadsheet.",
                        "The programme is a draft: open it once its sets are ready to start."),
                empty.nextSteps());

        String one = set(w, "Set 1");
        String two = set(w, "Set 2");
        TestPerson a = memberOf(w, one, "Asha");
        TestPerson b = memberOf(w, one, "Bilal");
        memberOf(w, two, "Cara");
        TestPerson waiting = fixtures.person("Dev", Role.MEMBER);
        admin.run(w.email(), () -> allocation.enrol(w.programmeId(), waiting.id()));
        TestPerson eve = fixtures.person("Eve", Role.MEMBER);
        admin.run(w.email(), () -> allocation.enrol(w.programmeId(), eve.id()));
        admin.run(w.email(), () -> memberships.withdraw(one, b.id(), "Moved to another trust"));
        accountStatus.signedIn(a.email());
        facilitatorOf(w, one);
        plan(w, one);

        ProgrammeOverview o = overview(w);
        ProgrammeOverview.People people = o.people();
        assertEquals(5, people.enrolled(), "late joiners added to a set are enrolled too");
        assertEquals(2, people.inASet());
        assertEquals(1, people.withdrawn());
        assertEquals(2, people.waiting(), "Dev and Eve");
        assertEquals(people.enrolled(), people.inASet() + people.waiting() + people.withdrawn());
        assertEquals(1, people.signedIn(), "only Asha has signed in");
        assertEquals(people.enrolled(), people.signedIn() + people.invited() + people.noAccount());
        assertEquals(
                List.of(
                        "2 people are enrolled but not in a set yet: allocate them to sets, or add them to a set with room.",
                        "1 set has no facilitator: Set 2.",
                        "Set 1 has 1 member; it needs at least 2 to start.",
                        "Set 2 has no meetings yet: plan its meetings.",
                        "Set 2 has 1 member; it needs at least 2 to start.",
                        "The programme is a draft: open it once its sets are ready to start."),
                o.nextSteps());
        ProgrammeOverview.SetCard card = o.sets().get(0);
        assertEquals("Set 1", card.name());
        assertEquals(3, card.plannedMeetings());
        assertEquals(List.of("It has 1 member; the programme needs at least 2."), card.missing());
        assertTrue(
                o.changes().stream()
                        .anyMatch(c -> c.kind() == ChangeKind.MEMBER_WITHDRAWN
                                && c.detail().equals("Bilal withdrew from Set 1: Moved to another trust")
                                && c.by().equals("Lead")),
                o.changes().toString());
    }

    @Test
    void settingsChangeOnlyWhileWhatIsThereStillFits() throws Exception {
        World w = world();
        String one = set(w, "Set 1");
        memberOf(w, one, "Asha");
        memberOf(w, one, "Bilal");
        memberOf(w, one, "Cara");
        plan(w, one);
        ProgrammeView view = admin.as(w.email(), () -> programmes.view(w.programmeId()));
        ProgrammeDraft s = view.settings();

        String smaller = Refusals.messageOf(
                StateException.class,
                () -> admin.run(
                        w.email(),
                        () -> programmes.edit(
                                w.programmeId(), view.version(), draft(s.name(), s.startDate(), s.endDate(), 2, 2))));
        assertEquals(
                "The programme was not changed: Set 1 has 3 members, more than the new largest set size of 2.",
                smaller);
        String shorter = Refusals.messageOf(
                StateException.class,
                () -> admin.run(
                        w.email(),
                        () -> programmes.edit(
                                w.programmeId(),
                                view.version(),
                                draft(s.name(), s.startDate(), LocalDate.of(2027, 2, 1), 2, 4))));
        assertTrue(
                shorter.contains("2 planned meetings fall outside 2027-01-01 to 2027-02-01; move or cancel them"
                        + " first, or keep the dates."),
                shorter);

        ProgrammeView longer = admin.as(
                w.email(),
                () -> programmes.edit(
                        w.programmeId(),
                        view.version(),
                        draft(s.name(), s.startDate(), LocalDate.of(2028, 3, 31), 2, 5)));
        assertEquals(5, longer.maxSetSize());
        assertTrue(
                overview(w).changes().stream()
                        .anyMatch(c -> c.kind() == ChangeKind.PROGRAMME_EDITED
                                && c.detail()
                                        .equals(
                                                "Dates: 2027-01-01 to 2027-12-31 → 2027-01-01 to 2028-03-31. Set sizes: 2 to 4 "
                                                        + "→ 2 to 5.")),
                "the change is recorded in words");
        Refusals.messageOf(
                ConflictException.class,
                () -> admin.run(
                        w.email(),
                        () -> programmes.edit(
                                w.programmeId(), view.version(), draft(s.name(), s.startDate(), s.endDate(), 2, 4))));
    }

    @Test
    void aProgrammeOpensOnceAndClosesOnlyAfterItsSets() throws Exception {
        World w = world();
        String one = set(w, "Set 1");
        admin.run(w.email(), () -> programmes.open(w.programmeId()));
        assertEquals(
                ProgrammeStatus.OPEN,
                admin.as(w.email(), () -> programmes.view(w.programmeId())).status());
        assertEquals(
                "Only a draft programme can be opened; this one is open.",
                Refusals.messageOf(
                        StateException.class, () -> admin.run(w.email(), () -> programmes.open(w.programmeId()))));
        assertEquals(
                "1 set is still forming or meeting; close them before closing the programme.",
                overview(w).closeRefusal());
        assertEquals(
                "1 set is still forming or meeting; close them before closing the programme.",
                Refusals.messageOf(
                        StateException.class, () -> admin.run(w.email(), () -> programmes.close(w.programmeId()))));

        memberOf(w, one, "Asha");
        memberOf(w, one, "Bilal");
        facilitatorOf(w, one);
        plan(w, one);
        admin.run(w.email(), () -> sets.activate(one));
        admin.run(w.email(), () -> sets.close(one));
        assertTrue(
                admin.as(w.email(), () -> schedules.meetings(one)).stream()
                        .allMatch(m -> m.status() == MeetingStatus.CANCELLED),
                "closing the set cancels its meetings");
        admin.run(w.email(), () -> programmes.close(w.programmeId()));
        ProgrammeOverview closed = overview(w);
        assertEquals(ProgrammeStatus.CLOSED, closed.programme().status());
        assertTrue(
                closed.changes().stream()
                        .anyMatch(
                                c -> c.kind() == ChangeKind.SET_STATE
                                        && c.detail()
                                                .equals(
                                                        "Set 1 went from active to closed; 3 planned meetings were cancelled.")),
                closed.changes().toString());
    }

    @Test
    void aSetStartsOnlyWithMembersAFacilitatorAndMeetingsAndSaysWhatIsMissing() throws Exception {
        World w = world();
        String one = set(w, "Set 1");
        assertEquals(
                "Set 1 cannot start yet: It has 0 members; the programme needs at least 2. It has no "
                        + "facilitator yet. It has no meetings planned yet.",
                Refusals.messageOf(StateException.class, () -> admin.run(w.email(), () -> sets.activate(one))));
        memberOf(w, one, "Asha");
        memberOf(w, one, "Bilal");
        facilitatorOf(w, one);
        assertEquals(
                List.of("It has no meetings planned yet."),
                admin.as(w.email(), () -> managedSets.managed(one)).missing());
        plan(w, one);
        admin.run(w.email(), () -> sets.activate(one));
        ManagedSet active = admin.as(w.email(), () -> managedSets.managed(one));
        assertEquals(SetState.ACTIVE, active.state());
        assertTrue(active.canSelfFacilitate());
        admin.run(w.email(), () -> sets.selfFacilitate(one));
        assertEquals(
                SetState.SELF_FACILITATING,
                admin.as(w.email(), () -> sets.view(one)).state());
    }

    @Test
    void facilitatorsAreChosenFreeOfLineManagementAndWhereTheyCanOfTheirOwnOrganisation() throws Exception {
        World w = world();
        String one = set(w, "Set 1");
        TestPerson asha = memberOf(w, one, "Asha");
        TestPerson manager = fixtures.person("Ashas Director", Role.FACILITATOR);
        TestPerson middle = fixtures.person("Ashas Manager", Role.MEMBER);
        fixtures.reportsTo(asha.id(), middle.id());
        fixtures.reportsTo(middle.id(), manager.id());
        TestPerson colleague = fixtures.colleagueOf(asha, "Ashas Colleague", Role.FACILITATOR);
        TestPerson notFacilitator = fixtures.person("Just A Member", Role.MEMBER);

        assertEquals(
                "Ashas Director cannot facilitate Set 1: Asha, a member, is in Ashas Director's line "
                        + "management chain.",
                Refusals.messageOf(
                        InvalidInputException.class,
                        () -> admin.run(
                                w.email(), () -> facilitators.assign(one, manager.id(), FacilitatorRole.LEAD))));
        String ownTrust = Refusals.messageOf(
                InvalidInputException.class,
                () -> admin.run(w.email(), () -> facilitators.assign(one, colleague.id(), FacilitatorRole.LEAD)));
        assertTrue(ownTrust.startsWith("Ashas Colleague works for " + "Asha Trust"), ownTrust);
        assertTrue(ownTrust.contains("can facilitate it without that"), ownTrust);
        assertEquals(
                "Just A Member does not have the facilitator role.",
                Refusals.messageOf(
                        InvalidInputException.class,
                        () -> admin.run(
                                w.email(), () -> facilitators.assign(one, notFacilitator.id(), FacilitatorRole.LEAD))));
        TestPerson co = fixtures.person("Co", Role.FACILITATOR);
        assertEquals(
                "Set 1 has no lead facilitator yet; choose the lead first.",
                Refusals.messageOf(
                        StateException.class,
                        () -> admin.run(
                                w.email(), () -> facilitators.assign(one, co.id(), FacilitatorRole.CO_FACILITATOR))));

        List<FacilitatorCandidate> candidates = admin.as(w.email(), () -> facilitators.candidates(one));
        FacilitatorCandidate director = candidates.stream()
                .filter(c -> c.personId().equals(manager.id()))
                .findFirst()
                .orElseThrow();
        assertFalse(director.isAllowed());
        assertEquals(0, director.load());

        TestPerson lead = facilitatorOf(w, one);
        assertEquals(
                "Set 1 already has a lead facilitator; hand over instead, or add a co-facilitator.",
                Refusals.messageOf(
                        StateException.class,
                        () -> admin.run(w.email(), () -> facilitators.assign(one, co.id(), FacilitatorRole.LEAD))));
        admin.run(w.email(), () -> facilitators.assign(one, co.id(), FacilitatorRole.CO_FACILITATOR));
        assertEquals(
                1,
                admin.as(w.email(), () -> facilitators.pool()).stream()
                        .filter(c -> c.personId().equals(lead.id()))
                        .findFirst()
                        .orElseThrow()
                        .load(),
                "load counted");
        assertTrue(Refusals.messageOf(
                        StateException.class, () -> admin.run(w.email(), () -> facilitators.stepDown(one, lead.id())))
                .startsWith("Facilitator is the lead facilitator of Set 1: hand the set over"));
        admin.run(w.email(), () -> facilitators.stepDown(one, co.id()));
        TestPerson next = fixtures.person("Next", Role.FACILITATOR);
        assertTrue(
                Refusals.messageOf(
                                InvalidInputException.class,
                                () -> admin.run(w.email(), () -> facilitators.handOver(one, lead.id(), manager.id())))
                        .contains("line management chain"),
                "hand-over checks the newcomer");
        admin.run(w.email(), () -> facilitators.handOver(one, lead.id(), next.id()));
        ManagedSet after = admin.as(w.email(), () -> managedSets.managed(one));
        assertEquals(
                List.of("Next"),
                after.facilitators().stream().map(f -> f.fullName()).toList());
        assertEquals(2, after.formerFacilitators().size(), "the hand-over and the co-facilitator kept as history");
        assertTrue(after.changes().stream()
                .anyMatch(c -> c.kind() == ChangeKind.FACILITATOR_HANDED_OVER
                        && c.detail().equals("Facilitator handed Set 1 over to Next (lead facilitator).")));
    }

    @Test
    void membersJoinMoveAndWithdrawOnlyWithinTheRules() throws Exception {
        World w = world();
        String one = set(w, "Set 1");
        String two = set(w, "Set 2");
        TestPerson asha = memberOf(w, one, "Asha");
        TestPerson colleague = fixtures.colleagueOf(asha, "Ashas Colleague", Role.MEMBER);
        String spread = Refusals.messageOf(
                InvalidInputException.class, () -> admin.run(w.email(), () -> memberships.add(one, colleague.id())));
        assertTrue(spread.startsWith("Set 1 already has Asha from Asha Trust"), spread);
        assertTrue(spread.contains("and Set 2 has room and nobody from"), spread);
        admin.run(w.email(), () -> memberships.add(two, colleague.id()));

        TestPerson boss = fixtures.person("Boss", Role.MEMBER);
        fixtures.reportsTo(asha.id(), boss.id());
        assertEquals(
                "Boss cannot join Set 1: Asha is in it, and one is the other's line manager.",
                Refusals.messageOf(
                        InvalidInputException.class,
                        () -> admin.run(w.email(), () -> memberships.add(one, boss.id()))));
        TestPerson f = facilitatorOf(w, two);
        TestPerson reportOfFacilitator = fixtures.person("Report", Role.MEMBER);
        fixtures.reportsTo(reportOfFacilitator.id(), f.id());
        assertTrue(Refusals.messageOf(
                        InvalidInputException.class,
                        () -> admin.run(w.email(), () -> memberships.add(two, reportOfFacilitator.id())))
                .endsWith("its facilitator Facilitator is in Report's line management " + "chain."));

        memberOf(w, one, "Bilal");
        memberOf(w, one, "Cara");
        memberOf(w, one, "Dev");
        assertEquals(
                "Set 1 is full: it has 4 members, the most this programme allows.",
                Refusals.messageOf(
                        StateException.class,
                        () -> admin.run(
                                w.email(),
                                () -> memberships.add(
                                        one,
                                        fixtures.person("Late", Role.MEMBER).id()))));

        assertTrue(
                Refusals.messageOf(
                                InvalidInputException.class,
                                () -> admin.run(w.email(), () -> memberships.move(asha.id(), one, two)))
                        .startsWith("Set 2 already has Ashas Colleague from Asha Trust"),
                "a move keeps the rules");
        assertEquals(
                "Give the reason for the withdrawal.",
                Refusals.messageOf(
                        ConstraintViolationException.class,
                        () -> admin.run(w.email(), () -> memberships.withdraw(one, asha.id(), " "))));
        admin.run(w.email(), () -> memberships.withdraw(one, asha.id(), "Long-term leave"));
        ManagedSet after = admin.as(w.email(), () -> managedSets.managed(one));
        assertEquals(3, after.members().size());
        assertEquals(MembershipStatus.WITHDRAWN, after.formerMembers().get(0).status());
        assertEquals("Long-term leave", after.formerMembers().get(0).endReason());
    }

    @Test
    void meetingsArePlannedAllOrNothingAndEachChangeHasAReasonAndReachesTheSet() throws Exception {
        World w = world();
        String one = set(w, "Set 1");
        String two = set(w, "Set 2");
        TestPerson asha = memberOf(w, one, "Asha");
        memberOf(w, two, "Bilal");
        Map<String, MeetingPlace> places = new LinkedHashMap<>();
        places.put(one, new MeetingPlace(MeetingMode.VIRTUAL, null, LINK));
        places.put(two, new MeetingPlace(MeetingMode.IN_PERSON, null, null));
        assertEquals(
                "Set 2: A meeting held in person needs a place.",
                Refusals.messageOf(
                        InvalidInputException.class,
                        () -> admin.run(
                                w.email(),
                                () -> schedules.planAll(w.programmeId(), LocalDate.of(2027, 1, 1), places))));
        assertTrue(admin.as(w.email(), () -> schedules.meetings(one)).isEmpty(), "nothing planned for Set 1 either");
        assertEquals(
                "The first meeting cannot be in the past.",
                Refusals.messageOf(
                        InvalidInputException.class,
                        () -> admin.run(
                                w.email(),
                                () -> schedules.plan(
                                        one,
                                        LocalDate.now().minusDays(1),
                                        new MeetingPlace(MeetingMode.VIRTUAL, null, LINK)))));
        places.put(two, new MeetingPlace(MeetingMode.IN_PERSON, "Room 2, Education Centre", null));
        assertEquals(
                2, admin.as(w.email(), () -> schedules.planAll(w.programmeId(), LocalDate.of(2027, 1, 1), places)));
        List<MeetingView> planned = admin.as(w.email(), () -> schedules.meetings(two));
        assertEquals(
                List.of(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9)),
                planned.stream().map(m -> m.start().toLocalDate()).toList(),
                "second Tuesdays");
        assertEquals("Room 2, Education Centre", planned.get(0).place());

        MeetingView first = admin.as(w.email(), () -> schedules.meetings(one)).get(0);
        assertTrue(Refusals.messageOf(
                        ConstraintViolationException.class,
                        () -> admin.run(w.email(), () -> schedules.cancel(first.id(), first.version(), "")))
                .contains("Say why, in a few words: the set is told."));
        MeetingView moved = admin.as(
                w.email(),
                () -> schedules.move(
                        first.id(),
                        first.version(),
                        first.start().toLocalDateTime().plusDays(1),
                        150,
                        "Clashes with the board"));
        assertEquals(150, moved.durationMinutes());
        Refusals.messageOf(
                ConflictException.class,
                () -> admin.run(w.email(), () -> schedules.cancel(first.id(), first.version(), "Stale")));
        assertEquals(
                "A virtual meeting needs a meeting link.",
                Refusals.messageOf(
                        InvalidInputException.class,
                        () -> admin.run(
                                w.email(),
                                () -> schedules.relocate(
                                        first.id(),
                                        moved.version(),
                                        new MeetingPlace(MeetingMode.VIRTUAL, null, null),
                                        "No link"))));
        MeetingView relocated = admin.as(
                w.email(),
                () -> schedules.relocate(
                        first.id(),
                        moved.version(),
                        new MeetingPlace(MeetingMode.HYBRID, "Room 4", LINK),
                        "Some prefer to meet"));
        admin.run(w.email(), () -> schedules.cancel(first.id(), relocated.version(), "Unit closed"));

        List<String> toAsha = outbox.list(200).stream()
                .filter(e -> e.to().contains(asha.email()))
                .map(Outbox.Entry::subject)
                .toList();
        assertTrue(
                toAsha.contains("Set 1, meeting 1: moved to Wednesday 13 January 2027, 14:00 to 16:30"),
                toAsha.toString());
        assertTrue(toAsha.contains("Set 1, meeting 1: new place or link"), toAsha.toString());
        assertTrue(toAsha.contains("Set 1, meeting 1: cancelled"), toAsha.toString());
        String text = outbox.read(outbox.list(200).stream()
                        .filter(e ->
                                e.to().contains(asha.email()) && e.subject().endsWith("cancelled"))
                        .findFirst()
                        .orElseThrow()
                        .name())
                .text();
        assertTrue(text.contains("Reason: Unit closed"), text);
    }

    @Test
    void anAllocationProposesFacilitatorsAndAcceptsThem() throws Exception {
        World w = world();
        List<TestPerson> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestPerson p = fixtures.person("Participant " + i, Role.MEMBER);
            admin.run(w.email(), () -> allocation.enrol(w.programmeId(), p.id()));
            people.add(p);
        }
        TestPerson linked = fixtures.person("Linked Facilitator", Role.FACILITATOR);
        fixtures.reportsTo(people.get(0).id(), linked.id());
        TestPerson free = fixtures.person("Free Facilitator", Role.FACILITATOR);
        Map<String, Integer> capacity = Map.of(linked.id(), 1, free.id(), 1);

        AllocationProposal proposal = admin.as(
                w.email(), () -> allocation.propose(w.programmeId(), 3, Map.of(), capacity, CohortRule.PREFERENCE));
        assertTrue(proposal.isFeasible(), proposal.rules().toString());
        assertEquals(
                free.id(),
                proposal.setOf(people.get(0).id()).orElseThrow().facilitatorId(),
                "a facilitator never has someone of their chain");
        assertTrue(proposal.rule(AllocationRule.FACILITATOR_LINE_MANAGEMENT)
                .orElseThrow()
                .met());

        Map<String, String> placements = new HashMap<>();
        Map<String, String> facilitatorOf = new HashMap<>();
        proposal.sets().forEach(s -> {
            s.participantIds().forEach(id -> placements.put(id, s.setId()));
            facilitatorOf.put(s.setId(), s.facilitatorId());
        });
        Map<String, String> swapped = new HashMap<>();
        facilitatorOf.forEach((set, f) -> swapped.put(set, f.equals(free.id()) ? linked.id() : free.id()));
        assertTrue(Refusals.messageOf(
                        InvalidInputException.class,
                        () -> admin.run(
                                w.email(),
                                () -> allocation.accept(
                                        w.programmeId(), 3, placements, swapped, capacity, CohortRule.PREFERENCE)))
                .contains("is in the line management chain of " + "its facilitator, Linked Facilitator."));
        List<String> created = admin.as(
                w.email(),
                () -> allocation.accept(
                        w.programmeId(), 3, placements, facilitatorOf, capacity, CohortRule.PREFERENCE));
        for (String setId : created) {
            ManagedSet set = admin.as(w.email(), () -> managedSets.managed(setId));
            assertEquals(1, set.facilitators().size());
            assertEquals(List.of("It has no meetings planned yet."), set.missing());
        }
    }

    @Test
    void peopleEnrolledWithoutAnAccountAreInvitedOnce() throws Exception {
        World w = world();
        TestPerson known = fixtures.personWithoutAccount("Known Before");
        admin.run(w.email(), () -> allocation.enrol(w.programmeId(), known.id()));
        assertEquals(1, overview(w).people().noAccount());
        assertTrue(
                overview(w)
                        .nextSteps()
                        .contains("1 person enrolled has no account yet: invite them to set a " + "password."),
                overview(w).nextSteps().toString());

        assertEquals(
                1,
                admin.as(
                        w.email(),
                        () -> imports.inviteWithoutAccount(w.programmeId(), "https://learningsets.example.org/")));
        ProgrammeOverview after = overview(w);
        assertEquals(0, after.people().noAccount());
        assertEquals(1, after.people().invited(), "an account, not yet used");
        assertTrue(outbox.list(200).stream().anyMatch(e -> e.to().contains(known.email())), "the invitation");
        assertTrue(after.changes().stream().anyMatch(c -> c.kind() == ChangeKind.INVITATIONS_SENT));
        assertEquals(
                "Everyone enrolled in " + after.programme().name() + " has an account already.",
                Refusals.messageOf(
                        StateException.class,
                        () -> admin.run(
                                w.email(),
                                () -> imports.inviteWithoutAccount(
                                        w.programmeId(), "https://learningsets.example.org/"))));
    }

    @Test
    void rolesAreGivenAndTakenAwayOnlyWhereSafe() throws Exception {
        World w = world();
        String one = set(w, "Set 1");
        TestPerson person = fixtures.person("New Facilitator", Role.MEMBER);
        admin.run(w.email(), () -> accounts.grant(person.id(), Role.FACILITATOR));
        admin.run(w.email(), () -> facilitators.assign(one, person.id(), FacilitatorRole.LEAD));
        assertEquals(
                "New Facilitator still facilitates Set 1 ("
                        + overview(w).programme().name() + "): hand it " + "over to another facilitator first.",
                Refusals.messageOf(
                        StateException.class,
                        () -> admin.run(w.email(), () -> accounts.revoke(person.id(), Role.FACILITATOR))));
        assertEquals(
                "You cannot take away your own programme lead role; ask another programme lead.",
                Refusals.messageOf(
                        StateException.class,
                        () -> admin.run(
                                w.email(), () -> accounts.revoke(w.lead().id(), Role.ADMIN))));
        TestPerson onlyMember = fixtures.person("Only Member", Role.MEMBER);
        assertEquals(
                "An account needs at least one role; disable the account instead.",
                Refusals.messageOf(
                        StateException.class,
                        () -> admin.run(w.email(), () -> accounts.revoke(onlyMember.id(), Role.MEMBER))));
    }

    @Test
    void onlyProgrammeLeadsReachTheLeadsServices() throws Exception {
        World w = world();
        String one = set(w, "Set 1");
        TestPerson m = memberOf(w, one, "Asha");
        TestPerson f = facilitatorOf(w, one);
        for (ThrowingRunnable refused : List.<ThrowingRunnable>of(
                () -> member.run(m.email(), () -> overviews.overview(w.programmeId())),
                () -> facilitator.run(f.email(), () -> overviews.overview(w.programmeId())),
                () -> facilitator.run(f.email(), () -> managedSets.managed(one)),
                () -> facilitator.run(
                        f.email(), () -> schedules.planAll(w.programmeId(), LocalDate.of(2027, 1, 1), Map.of())),
                () -> facilitator.run(f.email(), () -> facilitators.candidates(one)),
                () -> member.run(m.email(), () -> accounts.grant(m.id(), Role.ADMIN)),
                () -> facilitator.run(f.email(), () -> memberships.add(one, f.id())))) {
            assertThrows(EJBAccessException.class, refused::run);
        }
    }
}
