package org.learningsets.web.it.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.allocation.AllocationProposal;
import org.learningsets.ejb.allocation.AllocationService;
import org.learningsets.ejb.allocation.CohortRule;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.programme.ProgrammeDraft;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.programme.ProgrammeView;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.ejb.set.SetViews;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.ProgrammeStatus;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.model.set.MembershipStatus;
import org.learningsets.model.set.SetState;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;

/**
 * The set lifecycle services inside Payara Micro against Derby, called with real role checks (@RunAs beans) as
 * named people. Every test builds its own programme, so tests do not depend on each other or on demo data.
 */
@ExtendWith(ArquillianExtension.class)
class SetLifecycleIT {

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
    AllocationService allocation;

    private static ProgrammeDraft draft(String name, int min, int max) {
        return new ProgrammeDraft(
                name,
                "NHS Elect",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                CadenceKind.MONTHLY_WEEKDAY,
                DayOfWeek.TUESDAY,
                2,
                null,
                LocalTime.of(14, 0),
                120,
                min,
                max,
                6,
                MeetingMode.VIRTUAL);
    }

    /** A programme (sets of min..max) with one set, created by a fresh programme lead. */
    private record World(TestPerson lead, String programmeId, String setId) {}

    private World world(int min, int max) throws Exception {
        TestPerson lead = fixtures.person("Lead", Role.ADMIN);
        String programmeId =
                admin.as(lead.email(), () -> programmes.create(draft(Fixtures.unique("Programme"), min, max)));
        String setId = admin.as(lead.email(), () -> sets.create(programmeId, "Set A"));
        return new World(lead, programmeId, setId);
    }

    private List<TestPerson> members(World w, int count) throws Exception {
        List<TestPerson> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TestPerson p = fixtures.person("Member " + i, Role.MEMBER);
            admin.run(w.lead().email(), () -> memberships.add(w.setId(), p.id()));
            people.add(p);
        }
        return people;
    }

    private TestPerson facilitatorOf(World w) throws Exception {
        TestPerson f = fixtures.person("Facilitator", Role.FACILITATOR);
        admin.run(w.lead().email(), () -> facilitators.assign(w.setId(), f.id(), FacilitatorRole.LEAD));
        return f;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void programmeEditsAreValidatedAndConcurrentEditsConflict() throws Exception {
        World w = world(4, 8);
        String lead = w.lead().email();
        ProgrammeView view = admin.as(lead, () -> programmes.view(w.programmeId()));
        assertEquals(ProgrammeStatus.DRAFT, view.status());

        ProgrammeDraft longer = new ProgrammeDraft(
                view.name(),
                "NHS Elect",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 6, 30),
                CadenceKind.EVERY_N_WEEKS,
                DayOfWeek.WEDNESDAY,
                null,
                6,
                LocalTime.of(10, 0),
                150,
                4,
                8,
                8,
                MeetingMode.HYBRID);
        ProgrammeView edited = admin.as(lead, () -> programmes.edit(w.programmeId(), view.version(), longer));
        assertEquals(LocalDate.of(2028, 6, 30), edited.endDate());
        ConflictException stale = assertThrows(
                ConflictException.class,
                () -> admin.as(lead, () -> programmes.edit(w.programmeId(), view.version(), longer)));
        assertTrue(stale.getMessage().contains("changed by someone else"), stale.getMessage());

        ProgrammeDraft backwards = new ProgrammeDraft(
                view.name(),
                "NHS Elect",
                LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 1, 1),
                CadenceKind.MONTHLY_WEEKDAY,
                DayOfWeek.TUESDAY,
                2,
                null,
                LocalTime.of(14, 0),
                120,
                4,
                8,
                6,
                MeetingMode.VIRTUAL);
        assertEquals(
                "The end date (2027-01-01) must be after the start date (2027-06-01).",
                assertThrows(
                                InvalidInputException.class,
                                () -> admin.as(
                                        lead, () -> programmes.edit(w.programmeId(), edited.version(), backwards)))
                        .getMessage());
        assertEquals(
                "A programme called \"" + view.name() + "\" already exists.",
                assertThrows(
                                InvalidInputException.class,
                                () -> admin.as(lead, () -> programmes.create(draft(view.name(), 4, 8))))
                        .getMessage());
        Exception blank =
                assertThrows(Exception.class, () -> admin.as(lead, () -> programmes.create(draft(" ", 4, 8))));
        assertTrue(causedBy(blank, ConstraintViolationException.class), "Bean Validation refuses a blank name");
        assertEquals(
                edited.version(),
                admin.as(lead, () -> programmes.view(w.programmeId())).version(),
                "nothing half-written by the refused edits");
    }

    @Test
    void aSetStartsOnlyWithEnoughMembersAFacilitatorAndASchedule() throws Exception {
        World w = world(3, 6);
        String lead = w.lead().email();
        members(w, 2);
        assertEquals(
                "Set A cannot start yet: It has 2 members; the programme needs at least 3. It has no facilitator "
                        + "yet. It has no meetings planned yet.",
                assertThrows(StateException.class, () -> admin.run(lead, () -> sets.activate(w.setId())))
                        .getMessage());
        members(w, 1);
        assertTrue(assertThrows(StateException.class, () -> admin.run(lead, () -> sets.activate(w.setId())))
                .getMessage()
                .contains("no facilitator"));
        facilitatorOf(w);
        assertTrue(assertThrows(StateException.class, () -> admin.run(lead, () -> sets.activate(w.setId())))
                .getMessage()
                .contains("no meetings planned"));
        admin.run(
                lead,
                () -> schedules.generate(w.setId(), LocalDate.of(2027, 1, 1), null, "https://meet.example.org/set-a"));
        admin.run(lead, () -> sets.activate(w.setId()));

        assertEquals(
                "A set that is active cannot become archived.",
                assertThrows(StateException.class, () -> admin.run(lead, () -> sets.archive(w.setId())))
                        .getMessage());
        List<SetViews.TransitionView> history = admin.as(lead, () -> sets.history(w.setId()));
        assertEquals(
                List.of(SetState.FORMING, SetState.ACTIVE),
                history.stream().map(SetViews.TransitionView::to).toList());
        assertEquals("Lead", history.get(1).changedBy());
    }

    @Test
    void simultaneousJoinsNeverOverfillASet() throws Exception {
        World w = world(2, 4);
        List<TestPerson> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            candidates.add(fixtures.person("Candidate " + i, Role.MEMBER));
        }
        List<java.util.concurrent.Callable<String>> joins = new ArrayList<>();
        for (TestPerson p : candidates) {
            joins.add(() -> {
                try {
                    admin.run(w.lead().email(), () -> memberships.add(w.setId(), p.id()));
                    return "joined";
                } catch (StateException e) {
                    return e.getMessage();
                }
            });
        }
        List<String> results = fixtures.inParallel(joins);
        assertEquals(4, results.stream().filter("joined"::equals).count(), results.toString());
        assertTrue(
                results.stream()
                        .filter(r -> !"joined".equals(r))
                        .allMatch(r -> r.equals("Set A is full: it has 4 members, the most this programme allows.")),
                results.toString());
        assertEquals(4, admin.as(w.lead().email(), () -> sets.view(w.setId())).members());
    }

    @Test
    void membersMoveAndWithdrawWithHistoryKeptAndLineManagersApart() throws Exception {
        World w = world(2, 6);
        String lead = w.lead().email();
        String setB = admin.as(lead, () -> sets.create(w.programmeId(), "Set B"));
        List<TestPerson> people = members(w, 2);
        TestPerson manager = people.get(0);
        TestPerson report = fixtures.person("Report", Role.MEMBER);
        fixtures.reportsTo(report.id(), manager.id());
        assertTrue(assertThrows(
                        InvalidInputException.class,
                        () -> admin.run(lead, () -> memberships.add(w.setId(), report.id())))
                .getMessage()
                .contains("one is the other's line manager"));
        admin.run(lead, () -> memberships.add(setB, report.id()));
        assertEquals(
                "Report is already in Set B of this programme; move them instead.",
                assertThrows(StateException.class, () -> admin.run(lead, () -> memberships.add(w.setId(), report.id())))
                        .getMessage());

        admin.run(lead, () -> memberships.move(people.get(1).id(), w.setId(), setB));
        admin.run(lead, () -> memberships.withdraw(w.setId(), manager.id(), "Changed role"));
        List<SetViews.MemberView> historyA = admin.as(lead, () -> memberships.history(w.setId()));
        assertEquals(
                List.of(MembershipStatus.WITHDRAWN, MembershipStatus.MOVED),
                historyA.stream().map(SetViews.MemberView::status).toList());
        assertEquals(0, admin.as(lead, () -> sets.view(w.setId())).members());
        assertEquals(2, admin.as(lead, () -> sets.view(setB)).members());
        assertEquals(
                "Member 0 is not a member of Set A.",
                assertThrows(
                                StateException.class,
                                () -> admin.run(
                                        lead, () -> memberships.withdraw(w.setId(), manager.id(), "Changed role")))
                        .getMessage());
    }

    @Test
    void facilitatorsAreAssignedHandedOverAndCounted() throws Exception {
        World w = world(2, 6);
        String lead = w.lead().email();
        TestPerson first = facilitatorOf(w);
        TestPerson second = fixtures.person("Second", Role.FACILITATOR);
        assertTrue(assertThrows(
                        StateException.class,
                        () -> admin.run(lead, () -> facilitators.assign(w.setId(), second.id(), FacilitatorRole.LEAD)))
                .getMessage()
                .contains("already has a lead facilitator"));
        admin.run(lead, () -> facilitators.assign(w.setId(), second.id(), FacilitatorRole.CO_FACILITATOR));
        TestPerson third = fixtures.person("Third", Role.FACILITATOR);
        assertNotNull(facilitator.as(first.email(), () -> groundRules.editor(w.setId())));
        admin.run(lead, () -> facilitators.handOver(w.setId(), first.id(), third.id()));
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(first.email(), () -> groundRules.editor(w.setId())),
                "handed over: the set's facilitator pages close to them");
        assertNotNull(facilitator.as(third.email(), () -> groundRules.editor(w.setId())));
        assertNotNull(facilitator.as(second.email(), () -> groundRules.editor(w.setId())), "a co-facilitator too");
        assertEquals(
                List.of("Third", "Second"),
                admin.as(lead, () -> facilitators.facilitators(w.setId())).stream()
                        .map(SetViews.FacilitatorView::fullName)
                        .toList());
        List<SetViews.FacilitatorLoad> load = facilitator.as(third.email(), () -> facilitators.load());
        assertEquals(
                1,
                load.stream()
                        .filter(l -> l.personId().equals(third.id()))
                        .findFirst()
                        .orElseThrow()
                        .sets());
        assertTrue(load.stream().noneMatch(l -> l.personId().equals(first.id())), "handed over: no longer counted");

        TestPerson notAFacilitator = fixtures.person("Plain Member", Role.MEMBER);
        assertEquals(
                "Plain Member does not have the facilitator role.",
                assertThrows(
                                InvalidInputException.class,
                                () -> admin.run(
                                        lead,
                                        () -> facilitators.assign(
                                                w.setId(), notAFacilitator.id(), FacilitatorRole.CO_FACILITATOR)))
                        .getMessage());
    }

    @Test
    void groundRulesAreVersionedAndAChangeNeedsAgreementAgain() throws Exception {
        World w = world(2, 6);
        TestPerson f = facilitatorOf(w);
        TestPerson m = members(w, 1).get(0);
        assertEquals(1, (int) facilitator.as(f.email(), () -> groundRules.record(w.setId(), "Confidentiality.")));
        assertFalse(member.as(m.email(), () -> groundRules.hasAgreedCurrent(w.setId())));
        member.run(m.email(), () -> groundRules.agree(w.setId(), 1));
        assertTrue(member.as(m.email(), () -> groundRules.hasAgreedCurrent(w.setId())));

        assertEquals(2, (int)
                facilitator.as(f.email(), () -> groundRules.record(w.setId(), "Confidentiality. Attendance.")));
        assertFalse(member.as(m.email(), () -> groundRules.hasAgreedCurrent(w.setId())), "a new version");
        assertTrue(assertThrows(
                        StateException.class, () -> member.run(m.email(), () -> groundRules.agree(w.setId(), 1)))
                .getMessage()
                .contains("read version 2"));
        member.run(m.email(), () -> groundRules.agree(w.setId(), 2));
        SetViews.GroundRulesView rules =
                member.as(m.email(), () -> groundRules.current(w.setId()).orElseThrow());
        assertTrue(rules.agreedByMe());
        assertEquals(1, rules.agreements());

        World other = world(2, 6);
        TestPerson otherFacilitator = facilitatorOf(other);
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(otherFacilitator.email(), () -> groundRules.record(w.setId(), "Not my set.")));
        assertThrows(
                AccessDeniedException.class, () -> member.run(m.email(), () -> groundRules.current(other.setId())));
    }

    @Test
    void theScheduleFollowsTheCadenceAcrossClockChangesAndChangesAreGuarded() throws Exception {
        World w = world(2, 6);
        String lead = w.lead().email();
        TestPerson f = facilitatorOf(w);
        List<MeetingView> planned = admin.as(
                lead,
                () -> schedules.generate(w.setId(), LocalDate.of(2027, 1, 1), null, "https://meet.example.org/set-a"));
        assertEquals(6, planned.size());
        assertEquals(
                List.of(12, 9, 9, 13, 11, 8),
                planned.stream().map(m -> m.start().getDayOfMonth()).toList(),
                "second Tuesdays of January to June 2027");
        assertTrue(
                planned.stream().allMatch(m -> m.start().toLocalTime().equals(LocalTime.of(14, 0))),
                "14:00 local time before and after the March clock change");
        assertEquals(0, planned.get(1).start().getOffset().getTotalSeconds(), "February: GMT");
        assertEquals(3600, planned.get(3).start().getOffset().getTotalSeconds(), "April: BST");

        assertTrue(assertThrows(
                        StateException.class,
                        () -> admin.run(
                                lead,
                                () -> schedules.generate(
                                        w.setId(), LocalDate.of(2027, 1, 1), null, "https://meet.example.org/set-a")))
                .getMessage()
                .contains("already has planned meetings"));
        String setB = admin.as(lead, () -> sets.create(w.programmeId(), "Set B"));
        assertEquals(
                "Only 4 of the 6 meetings fit between 2027-09-01 and the programme's end (2027-12-31). Start "
                        + "earlier or extend the programme.",
                assertThrows(
                                InvalidInputException.class,
                                () -> admin.run(
                                        lead,
                                        () -> schedules.generate(
                                                setB,
                                                LocalDate.of(2027, 9, 1),
                                                null,
                                                "https://meet.example.org/set-b")))
                        .getMessage());

        MeetingView third = planned.get(2);
        MeetingView moved = facilitator.as(
                f.email(),
                () -> schedules.move(
                        third.id(),
                        third.version(),
                        third.start().toLocalDateTime().plusDays(2),
                        120,
                        "Clashes with a board"));
        assertEquals(third.start().plusDays(2), moved.start());
        assertThrows(
                ConflictException.class,
                () -> facilitator.run(f.email(), () -> schedules.cancel(third.id(), third.version(), "Unused")));
        TestPerson stranger = fixtures.person("Other Facilitator", Role.FACILITATOR);
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(stranger.email(), () -> schedules.cancel(third.id(), moved.version(), "Unused")));

        members(w, 2);
        admin.run(lead, () -> sets.activate(w.setId()));
        admin.run(lead, () -> sets.close(w.setId()));
        assertTrue(
                admin.as(lead, () -> schedules.meetings(w.setId())).stream()
                        .allMatch(m -> m.status() == MeetingStatus.CANCELLED),
                "closing cancels every future meeting");
    }

    @Test
    void aLeadAllocatesPinsAndRunsAgainThenAcceptsAllOrNothing() throws Exception {
        TestPerson leadPerson = fixtures.person("Lead", Role.ADMIN);
        String lead = leadPerson.email();
        String programmeId = admin.as(lead, () -> programmes.create(draft(Fixtures.unique("Allocation"), 4, 6)));
        List<TestPerson> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            TestPerson p = fixtures.person("Participant " + i, Role.MEMBER);
            admin.run(lead, () -> allocation.enrol(programmeId, p.id()));
            people.add(p);
        }
        TestPerson manager = people.get(0);
        TestPerson report = people.get(1);
        fixtures.reportsTo(report.id(), manager.id());

        AllocationProposal first =
                admin.as(lead, () -> allocation.propose(programmeId, 6, Map.of(), Map.of(), CohortRule.MUST_HOLD));
        assertTrue(first.isFeasible(), first.rules().toString());
        assertEquals(2, first.sets().size());
        assertFalse(first.setOf(manager.id()).equals(first.setOf(report.id())), "line manager kept apart");
        assertTrue(
                first.rules().stream().allMatch(r -> !r.isHard() || r.met()),
                first.rules().toString());

        AllocationProposal pinned = admin.as(
                lead,
                () -> allocation.propose(
                        programmeId, 6, Map.of(manager.id(), "set-2"), Map.of(), CohortRule.MUST_HOLD));
        assertEquals("set-2", pinned.setOf(manager.id()).orElseThrow().setId(), "a pin is kept on re-run");

        Map<String, String> placements = new HashMap<>();
        pinned.sets().forEach(set -> set.participantIds().forEach(id -> placements.put(id, set.setId())));
        Map<String, String> broken = new HashMap<>(placements);
        String otherOfManagersSet = pinned.sets().stream()
                .filter(set -> set.setId().equals("set-2"))
                .findFirst()
                .orElseThrow()
                .participantIds()
                .stream()
                .filter(id -> !id.equals(manager.id()))
                .findFirst()
                .orElseThrow();
        broken.put(report.id(), "set-2");
        broken.put(otherOfManagersSet, "set-1");
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> admin.as(
                        lead,
                        () -> allocation.accept(programmeId, 6, broken, Map.of(), Map.of(), CohortRule.MUST_HOLD)));
        assertTrue(
                refused.getMessage()
                        .startsWith("This allocation breaks a rule that must hold, so nothing was " + "saved:"),
                refused.getMessage());

        List<String> created = admin.as(
                lead, () -> allocation.accept(programmeId, 6, placements, Map.of(), Map.of(), CohortRule.MUST_HOLD));
        assertEquals(2, created.size(), "the refused attempt created no set, so both names were still free");
        for (String setId : created) {
            assertEquals(6, admin.as(lead, () -> sets.view(setId)).members());
        }
        assertTrue(assertThrows(
                        StateException.class,
                        () -> admin.as(
                                lead,
                                () -> allocation.propose(programmeId, 6, Map.of(), Map.of(), CohortRule.MUST_HOLD)))
                .getMessage()
                .contains("already in a set"));
    }

    @Test
    void rolesAreCheckedByTheContainer() throws Exception {
        World w = world(2, 6);
        TestPerson m = members(w, 1).get(0);
        assertThrows(
                EJBAccessException.class, () -> member.run(m.email(), () -> sets.create(w.programmeId(), "Set Z")));
        assertThrows(
                EJBAccessException.class,
                () -> facilitator.run(m.email(), () -> memberships.withdraw(w.setId(), m.id(), "Not allowed")));
        assertThrows(EJBAccessException.class, () -> sets.view(w.setId()), "no caller at all");
    }
}
