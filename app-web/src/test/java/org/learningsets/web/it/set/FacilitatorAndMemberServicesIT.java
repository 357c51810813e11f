package org.learningsets.web.it.set;

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
import org.learningsets.ejb.action.ActionService;
import org.learningsets.ejb.action.MyActionViews.MyAction;
import org.learningsets.ejb.action.MyActionViews.MyActions;
import org.learningsets.ejb.action.MyActionsService;
import org.learningsets.ejb.confidentiality.AuditService;
import org.learningsets.ejb.confidentiality.AuditService.AuditLine;
import org.learningsets.ejb.home.HomeService;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.meeting.BidService;
import org.learningsets.ejb.meeting.LiveMeetingService;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaChoice;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaLine;
import org.learningsets.ejb.meeting.MeetingOverviewService;
import org.learningsets.ejb.meeting.MeetingOverviewViews.MeetingOverview;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.RoundsToComeException;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.set.FacilitatedSetService;
import org.learningsets.ejb.set.FacilitatedSetViews.FacilitatedSetPage;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.GroundRulesViews.RulesEditor;
import org.learningsets.ejb.set.GroundRulesViews.RulesToAgree;
import org.learningsets.ejb.set.MySetsService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.EarlyStartException;
import org.learningsets.model.meeting.MeetingStage;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures.TestPerson;
import org.learningsets.web.it.container.SetWorlds;
import org.learningsets.web.it.container.SetWorlds.SetWorld;

/**
 * The facilitator's set page, ground rules written in the browser, My actions, the meeting overview, the meeting
 * safeguards, the due-date rule and the audit in words, through the services as real people with real role checks:
 * what each shows, and every refusal (another set's facilitator, a member, the programme lead, unknown ids), with
 * nothing changed by a refused call.
 */
@ExtendWith(ArquillianExtension.class)
class FacilitatorAndMemberServicesIT {

    private static final String NEW_RULES = SetWorlds.RULES + "\nWe switch phones to silent.";

    @Inject
    AsAdmin admin;

    @Inject
    AsFacilitator facilitator;

    @Inject
    AsMember member;

    @Inject
    SetWorlds worlds;

    @Inject
    SetService sets;

    @Inject
    ScheduleService schedules;

    @Inject
    GroundRulesService groundRules;

    @Inject
    FacilitatedSetService facilitated;

    @Inject
    MySetsService mySets;

    @Inject
    HomeService home;

    @Inject
    IssueService issues;

    @Inject
    ActionService actions;

    @Inject
    MyActionsService myActions;

    @Inject
    BidService bids;

    @Inject
    LiveMeetingService live;

    @Inject
    MeetingOverviewService overviews;

    @Inject
    AuditService audit;

    /** Set A with Amira and Ben (agreed version 1), its meetings from January 2027, active; Set B beside it. */
    private record World(SetWorld a, SetWorld b, List<MeetingView> meetings) {

        TestPerson amira() {
            return a.members().get(0);
        }

        TestPerson ben() {
            return a.members().get(1);
        }

        String setId() {
            return a.setId();
        }
    }

    private World world() throws Exception {
        SetWorld a = worlds.build("Facilitated", List.of("Amira", "Ben"));
        SetWorld b = worlds.addSet(a, "Set B", List.of("Oscar"));
        List<MeetingView> meetings = admin.as(
                a.lead().email(),
                () -> schedules.generate(a.setId(), LocalDate.of(2027, 1, 1), null, "https://meet.example.org/set-a"));
        admin.run(a.lead().email(), () -> sets.activate(a.setId()));
        return new World(a, b, meetings);
    }

    @Test
    void theFacilitatorDraftsAndPublishesGroundRulesAndEveryMemberAgreesAgain() throws Exception {
        World w = world();
        String f = w.a().facilitator().email();
        String issue = member.as(w.amira().email(), () -> issues.raise(w.setId(), "Mornings", null));

        int draft = facilitator.as(f, () -> groundRules.saveDraft(w.setId(), "A first try."));
        assertEquals(2, draft, "the next version");
        assertEquals(
                2, facilitator.as(f, () -> groundRules.saveDraft(w.setId(), NEW_RULES)), "the same draft, changed");
        RulesEditor editor = facilitator.as(f, () -> groundRules.editor(w.setId()));
        assertEquals(1, editor.current().number());
        assertEquals(NEW_RULES, editor.draft().text());
        assertEquals(
                "The golden rules and the usual ground rules",
                editor.startingTexts().get(0).label());
        assertTrue(
                member.as(w.amira().email(), () -> groundRules.hasAgreedCurrent(w.setId())),
                "a draft changes nothing for members");
        assertEquals(
                "Mornings",
                member.as(w.amira().email(), () -> issues.view(issue)).title(),
                "nor closes the set's work: the gate reads the latest published version");
        assertEquals(
                1,
                member.as(w.amira().email(), () -> mySets.set(w.setId()))
                        .rules()
                        .version());

        assertEquals(2, facilitator.as(f, () -> groundRules.publish(w.setId())));
        assertFalse(member.as(w.amira().email(), () -> groundRules.hasAgreedCurrent(w.setId())));
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(w.amira().email(), () -> issues.view(issue)),
                "the set's work closes until she agrees again");
        List<RulesToAgree> onHome =
                member.as(w.amira().email(), () -> home.forCaller()).rulesToAgree();
        assertEquals(1, onHome.size());
        assertEquals(NEW_RULES, onHome.get(0).text());
        assertTrue(onHome.get(0).changed(), "she agreed an earlier version");
        assertTrue(
                member.as(w.amira().email(), () -> mySets.mine())
                        .get(0)
                        .rulesToAgree()
                        .changed(),
                "My sets says so");
        assertTrue(member.as(w.amira().email(), () -> mySets.set(w.setId())).rulesChanged());
        assertEquals(
                "Agreed version 1, not yet version 2",
                facilitator
                        .as(f, () -> groundRules.editor(w.setId()))
                        .members()
                        .get(0)
                        .describe(2));

        assertThrows(
                StateException.class,
                () -> member.run(w.amira().email(), () -> groundRules.agree(w.setId(), 1)),
                "the version she read is no longer current");
        member.run(w.amira().email(), () -> groundRules.agree(w.setId(), 2));
        assertEquals(
                "Mornings",
                member.as(w.amira().email(), () -> issues.view(issue)).title());
        assertEquals(
                List.of(), member.as(w.amira().email(), () -> home.forCaller()).rulesToAgree());
        RulesEditor after = facilitator.as(f, () -> groundRules.editor(w.setId()));
        assertEquals(1, after.agreedCount(), "Amira agreed; Ben not yet");
        assertNull(after.draft());
        assertEquals("Agreed version 2", after.members().get(0).describe(2));

        // Record (write and publish at once) keeps working for other callers; an unchanged text is no new version.
        assertEquals(2, facilitator.as(f, () -> groundRules.record(w.setId(), NEW_RULES)));
    }

    @Test
    void groundRulesAreWrittenOnlyByTheSetsFacilitatorAndOnlyWhenThereIsSomethingToPublish() throws Exception {
        World w = world();
        String f = w.a().facilitator().email();
        String other = w.b().facilitator().email();
        assertThrows(AccessDeniedException.class, () -> facilitator.run(other, () -> groundRules.editor(w.setId())));
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(other, () -> groundRules.saveDraft(w.setId(), "Not my set.")));
        assertThrows(
                EJBAccessException.class,
                () -> member.run(
                        w.amira().email(), () -> groundRules.saveDraft(w.setId(), "Members do not write them.")));
        assertThrows(
                EJBAccessException.class,
                () -> admin.run(w.a().lead().email(), () -> groundRules.editor(w.setId())),
                "programme leads see no set's rules page");
        assertThrows(NotFoundException.class, () -> facilitator.run(f, () -> groundRules.editor("no-such-set")));
        assertNull(facilitator.as(f, () -> groundRules.editor(w.setId())).draft(), "nothing saved by the refusals");

        assertThrows(
                StateException.class,
                () -> facilitator.run(f, () -> groundRules.publish(w.setId())),
                "no draft to publish");
        assertThrows(StateException.class, () -> facilitator.run(f, () -> groundRules.discardDraft(w.setId())));
        facilitator.run(f, () -> groundRules.saveDraft(w.setId(), SetWorlds.RULES));
        assertThrows(
                StateException.class,
                () -> facilitator.run(f, () -> groundRules.publish(w.setId())),
                "the same text as the published version");
        assertThrows(AccessDeniedException.class, () -> facilitator.run(other, () -> groundRules.publish(w.setId())));
        assertThrows(
                AccessDeniedException.class, () -> facilitator.run(other, () -> groundRules.discardDraft(w.setId())));
        assertEquals(
                1,
                facilitator.as(f, () -> groundRules.editor(w.setId())).current().number(),
                "still version 1");
        facilitator.run(f, () -> groundRules.discardDraft(w.setId()));
        assertNull(facilitator.as(f, () -> groundRules.editor(w.setId())).draft());
        assertTrue(member.as(w.amira().email(), () -> groundRules.hasAgreedCurrent(w.setId())));

        admin.run(w.a().lead().email(), () -> sets.close(w.setId()));
        assertThrows(
                StateException.class,
                () -> facilitator.run(f, () -> groundRules.saveDraft(w.setId(), "Late.")),
                "a closed set's rules no longer change");
        assertFalse(facilitator.as(f, () -> groundRules.editor(w.setId())).open());
    }

    @Test
    void theSetPageShowsItsFacilitatorPeopleMeetingsAndLinkedIssuesAndNobodyElse() throws Exception {
        World w = world();
        String f = w.a().facilitator().email();
        String issue = member.as(w.amira().email(), () -> issues.raise(w.setId(), "Mornings", null));
        assertTrue(facilitator.as(f, () -> facilitated.facilitates(w.setId())));
        assertFalse(facilitator.as(w.b().facilitator().email(), () -> facilitated.facilitates(w.setId())));

        FacilitatedSetPage page = facilitator.as(f, () -> facilitated.page(w.setId()));
        assertEquals(
                List.of("Amira", "Ben"),
                page.members().stream().map(m -> m.name()).toList());
        assertTrue(page.members().stream()
                .allMatch(m -> m.agreedCurrent() && m.groundRules().equals("Agreed version 1")));
        assertEquals("None recorded yet", page.members().get(0).attendance());
        assertEquals(1, page.rules().version());
        assertEquals(2, page.rules().agreed());
        assertEquals(w.meetings().size(), page.meetings().size());
        assertEquals(1, page.meetings().stream().filter(m -> m.next()).count(), "one next meeting");
        assertTrue(page.meetings().stream()
                .allMatch(m -> m.state().equals("Planned") && m.canPrepare() && m.canRun() && !m.canReview()));
        assertEquals(List.of(issue), page.issues().stream().map(i -> i.id()).toList(), "each issue with its id");
        assertEquals("Open", page.issues().get(0).status());
        assertTrue(
                facilitator.as(f, () -> audit.trail(w.setId())).lines().stream()
                        .anyMatch(l ->
                                l.action() == AuditAction.READ && l.record().equals("Issue “Mornings”, held by Amira")),
                "listing the issues is a read of them, audited");

        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(w.b().facilitator().email(), () -> facilitated.page(w.setId())),
                "another set's facilitator");
        assertThrows(
                EJBAccessException.class,
                () -> member.run(w.amira().email(), () -> facilitated.page(w.setId())),
                "members have their own set page");
        assertThrows(
                EJBAccessException.class,
                () -> admin.run(w.a().lead().email(), () -> facilitated.page(w.setId())),
                "programme leads never see set content");
        assertThrows(NotFoundException.class, () -> facilitator.run(f, () -> facilitated.page("no-such-set")));
    }

    @Test
    void startingBeforeTheMeetingsDayAndLeavingBookedRoundsNeedConfirming() throws Exception {
        World w = world();
        String f = w.a().facilitator().email();
        String m = w.meetings().get(0).id(); // January 2027: after today
        EarlyStartException early =
                assertThrows(EarlyStartException.class, () -> facilitator.run(f, () -> live.start(m)));
        assertTrue(early.getMessage().contains("Confirm that you want to start it today"), early.getMessage());
        assertFalse(facilitator.as(f, () -> live.view(m)).started(), "nothing started");
        assertTrue(facilitator.as(f, () -> live.view(m)).beforeItsDay());
        assertThrows(EarlyStartException.class, () -> facilitator.run(f, () -> live.start(m, false)));

        member.run(w.amira().email(), () -> bids.bidOnNewIssue(m, "Mornings", null, 20));
        member.run(w.ben().email(), () -> bids.bidOnNewIssue(m, "A new rota", null, 20));
        facilitator.run(f, () -> live.start(m, true));
        assertTrue(
                facilitator.as(f, () -> live.view(m)).startedEarly().startsWith("Started before its planned day"),
                "the early start is recorded, with who confirmed it");
        assertTrue(facilitator.as(f, () -> overviews.overview(m)).startedEarly().endsWith("by Facilitator."));
        assertEquals(
                "In progress: check-in",
                facilitator.as(f, () -> overviews.overview(m)).state(),
                "a started meeting never reads \"Planned\"");

        facilitator.run(f, () -> live.recordAttendance(m, w.amira().id(), AttendanceStatus.PRESENT));
        facilitator.run(f, () -> live.recordAttendance(m, w.ben().id(), AttendanceStatus.PRESENT));
        facilitator.run(f, () -> live.moveTo(m, MeetingStage.AGENDA));
        List<AgendaLine> agenda = facilitator.as(f, () -> live.view(m)).agenda();
        facilitator.run(
                f,
                () -> live.bookAgenda(
                        m,
                        agenda.stream()
                                .map(l -> new AgendaChoice(l.bidId(), true, 20))
                                .toList()));
        AgendaLine first = facilitator.as(f, () -> live.view(m)).agenda().get(0);
        facilitator.run(f, () -> live.startRound(m, first.bidId()));
        facilitator.run(f, () -> live.endRound(m));
        assertEquals(1, facilitator.as(f, () -> live.view(m)).roundsToCome().size());

        RoundsToComeException toCome = assertThrows(
                RoundsToComeException.class,
                () -> facilitator.run(f, () -> live.moveTo(m, MeetingStage.PROCESS_REVIEW)));
        String other = agenda.stream()
                .map(AgendaLine::issueTitle)
                .filter(t -> !t.equals(first.issueTitle()))
                .findFirst()
                .orElseThrow();
        assertTrue(toCome.getMessage().contains("\"" + other + "\""), toCome.getMessage());
        assertEquals("ROUNDS", facilitator.as(f, () -> live.view(m)).stage(), "still at the rounds");
        facilitator.run(f, () -> live.moveTo(m, MeetingStage.PROCESS_REVIEW, true));
        assertEquals("PROCESS_REVIEW", facilitator.as(f, () -> live.view(m)).stage());
        assertEquals(
                "In progress: process review",
                facilitator.as(f, () -> overviews.overview(m)).state());
        assertTrue(facilitator.as(f, () -> overviews.overview(m)).held(), "held from the process review on");
        facilitator.run(f, () -> live.end(m));
        assertEquals("Held", facilitator.as(f, () -> overviews.overview(m)).state());
    }

    @Test
    void anActionIsNotDueBeforeItsMeetingAndMyActionsListsEveryActionWithTheSameOverdueRule() throws Exception {
        World w = world();
        String f = w.a().facilitator().email();
        MeetingView second = w.meetings().get(1);
        String issue = member.as(w.amira().email(), () -> issues.raise(w.setId(), "Mornings", null));
        long before = myActions(w.amira()).toDo().size();
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> member.run(
                        w.amira().email(),
                        () -> actions.agree(
                                issue, "Too early", second.start().toLocalDate().minusDays(1), second.id())));
        assertTrue(refused.getMessage().startsWith("The due date cannot be before meeting 2 ("), refused.getMessage());
        assertEquals(before, myActions(w.amira()).toDo().size(), "nothing written");
        member.run(
                w.amira().email(),
                () -> actions.agree(issue, "On the day", second.start().toLocalDate(), second.id()));

        LocalDate today = LocalDate.now(org.learningsets.model.common.TimeZones.LONDON);
        String late =
                member.as(w.amira().email(), () -> actions.agree(issue, "Count arrivals", today.minusDays(1), null));
        String carried =
                member.as(w.amira().email(), () -> actions.agree(issue, "Ring the GP lead", today.minusDays(2), null));
        String done = member.as(w.amira().email(), () -> actions.agree(issue, "Book a room", today.plusDays(3), null));
        String otherSet = member.as(w.b().members().get(0).email(), () -> issues.raise(w.b().setId(), "Theirs", null));
        member.run(w.b().members().get(0).email(), () -> actions.agree(otherSet, "Not Amira's", null, null));

        MyActions mine = myActions(w.amira());
        MyAction lateOne = find(mine.toDo(), late);
        assertTrue(lateOne.overdue(), "open and due yesterday");
        assertEquals("Mornings", lateOne.issueTitle());
        assertEquals(issue, lateOne.issueId());
        member.run(
                w.amira().email(),
                () -> actions.mark(carried, find(mine.toDo(), carried).version(), ActionStatus.CARRIED_FORWARD));
        member.run(
                w.amira().email(),
                () -> actions.mark(done, find(mine.toDo(), done).version(), ActionStatus.DONE));
        member.run(w.amira().email(), () -> actions.reportProgress(late, "Two weeks counted.", null));
        MyActions now = myActions(w.amira());
        assertFalse(find(now.toDo(), carried).overdue(), "carried forward is not overdue");
        assertEquals("Carried forward", find(now.toDo(), carried).statusLabel());
        assertEquals(late, now.toDo().get(0).id(), "overdue first");
        assertEquals(1, now.overdue());
        assertEquals(
                List.of("Two weeks counted."),
                find(now.toDo(), late).progress().stream().map(p -> p.note()).toList());
        assertEquals(done, now.finished().get(0).id());
        assertTrue(
                (now.toDo().size() + now.finished().size()) == 4
                        && now.toDo().stream().noneMatch(a -> a.description().equals("Not Amira's")),
                "her own actions only");
        assertTrue(
                member.as(w.amira().email(), () -> issues.view(issue)).actions().stream()
                        .filter(a -> a.id().equals(late))
                        .allMatch(a -> a.overdue()),
                "overdue the same on the issue page");

        // Changed ground rules hide her actions in that set until she agrees again.
        facilitator.run(f, () -> groundRules.record(w.setId(), NEW_RULES));
        MyActions hidden = myActions(w.amira());
        assertEquals(List.of(), hidden.toDo());
        assertEquals(List.of("Set A"), hidden.setsToAgree());

        assertThrows(EJBAccessException.class, () -> facilitator.run(f, () -> myActions.mine()));
        assertThrows(EJBAccessException.class, () -> admin.run(w.a().lead().email(), () -> myActions.mine()));
    }

    @Test
    void theMeetingOverviewAndTheAuditInWordsAreForTheSetsFacilitatorOnly() throws Exception {
        World w = world();
        String f = w.a().facilitator().email();
        String m = w.meetings().get(0).id();
        member.run(w.amira().email(), () -> bids.bidOnNewIssue(m, "Mornings", null, 25));
        MeetingOverview before = facilitator.as(f, () -> overviews.overview(m));
        assertFalse(before.held());
        assertEquals(
                List.of("Mornings"),
                before.bids().stream().map(b -> b.issueTitle()).toList());
        assertEquals(List.of(), before.notAgreed());
        facilitator.run(f, () -> groundRules.record(w.setId(), NEW_RULES));
        assertEquals(
                List.of("Amira", "Ben"),
                facilitator.as(f, () -> overviews.overview(m)).notAgreed(),
                "who cannot take part until they agree");

        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(w.b().facilitator().email(), () -> overviews.overview(m)));
        assertThrows(EJBAccessException.class, () -> member.run(w.amira().email(), () -> overviews.overview(m)));
        assertThrows(EJBAccessException.class, () -> admin.run(w.a().lead().email(), () -> overviews.overview(m)));
        assertThrows(NotFoundException.class, () -> facilitator.run(f, () -> overviews.overview("no-such-meeting")));

        String issue = member.as(w.b().members().get(0).email(), () -> issues.raise(w.b().setId(), "Theirs", null));
        for (int i = 0; i < 3; i++) {
            facilitator.run(w.b().facilitator().email(), () -> issues.view(issue));
        }
        List<AuditLine> lines = facilitator
                .as(w.b().facilitator().email(), () -> audit.trail(w.b().setId()))
                .lines();
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.action() == AuditAction.READ
                                && l.count() == 3
                                && l.what().equals("Read 3 times")
                                && l.record().equals("Issue “Theirs”, held by Oscar")
                                && l.who().equals("Facilitator")),
                lines.toString());
        assertTrue(lines.stream()
                .anyMatch(l -> l.what().equals("Created") && l.kind().equals("Issue")));
        assertThrows(AccessDeniedException.class, () -> facilitator.run(f, () -> audit.trail(w.b().setId())));
    }

    private MyActions myActions(TestPerson who) throws Exception {
        return member.as(who.email(), () -> myActions.mine());
    }

    private static MyAction find(List<MyAction> list, String id) {
        return list.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
