package org.learningsets.web.it.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.action.ActionService;
import org.learningsets.ejb.confidentiality.RetentionPurge;
import org.learningsets.ejb.evaluation.BenefitsPulseService;
import org.learningsets.ejb.evaluation.EvaluationForm;
import org.learningsets.ejb.evaluation.EvaluationResults;
import org.learningsets.ejb.evaluation.EvaluationService;
import org.learningsets.ejb.evaluation.PulseResults;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.issue.IssueViews;
import org.learningsets.ejb.learning.LearningLogService;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.programme.ProgrammeDraft;
import org.learningsets.ejb.programme.ProgrammeSetupService;
import org.learningsets.ejb.rights.ErasureService;
import org.learningsets.ejb.rights.MyDataExport;
import org.learningsets.ejb.rights.MyDataService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.ejb.theme.ThemeConsentService;
import org.learningsets.ejb.theme.ThemeListService;
import org.learningsets.ejb.theme.ThemeSummary;
import org.learningsets.ejb.theme.ThemeSummaryService;
import org.learningsets.ejb.theme.ThemeTagService;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.Removal;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.security.Role;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;
import org.learningsets.web.it.container.MeetingRecords;
import org.learningsets.web.it.container.SetWorlds;
import org.learningsets.web.it.container.SetWorlds.SetWorld;
import org.learningsets.web.it.container.SettableClock;

/**
 * The second half of confidentiality: consented non-attributable themes with the K threshold, the retention purge (with
 * a clock moved past the period), a member's download and erasure of their own data, and the anonymous end-of-programme
 * evaluation and the post-meeting benefits pulse, shown from the same K.
 */
@ExtendWith(ArquillianExtension.class)
class ThemesRetentionAndDataRightsIT {

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
    IssueService issues;

    @Inject
    ActionService actions;

    @Inject
    LearningLogService learning;

    @Inject
    org.learningsets.ejb.evaluation.MeetingReviewService reviews;

    @Inject
    ThemeListService themeList;

    @Inject
    ThemeTagService tags;

    @Inject
    ThemeConsentService consents;

    @Inject
    ThemeSummaryService summaries;

    @Inject
    RetentionPurge retention;

    @Inject
    MyDataService myData;

    @Inject
    ErasureService erasure;

    @Inject
    EvaluationService evaluation;

    @Inject
    ProgrammeSetupService setup;

    @Inject
    BenefitsPulseService pulse;

    @Inject
    MeetingRecords records;

    @Resource(lookup = "java:app/jdbc/learningsets")
    DataSource dataSource;

    /** A programme with one set, its lead facilitator and agreed members. */
    private record World(
            TestPerson lead, String programmeId, String setId, TestPerson facilitator, List<TestPerson> members) {}

    @Test
    void themeSummaryCountsOnlyConsentingMembersAndOnlyFromK() throws Exception {
        World w = world("Themes", 4);
        String lead = w.lead().email();
        String flow = admin.as(lead, () -> themeList.add(w.programmeId(), "Patient flow"));
        String workforce = admin.as(lead, () -> themeList.add(w.programmeId(), "Workforce"));
        assertEquals(
                "The programme already has a theme called patient FLOW.",
                assertThrows(
                                StateException.class,
                                () -> admin.run(lead, () -> themeList.add(w.programmeId(), "patient FLOW")))
                        .getMessage());
        World other = world("Elsewhere", 1);
        String otherTheme = admin.as(other.lead().email(), () -> themeList.add(other.programmeId(), "Estates"));

        List<String> issueIds = new java.util.ArrayList<>();
        for (TestPerson m : w.members()) {
            issueIds.add(member.as(m.email(), () -> issues.raise(w.setId(), "Handover", "Narrative of " + m.name())));
        }
        String f = w.facilitator().email();
        for (String issueId : issueIds) {
            facilitator.run(f, () -> tags.tag(issueId, flow));
        }
        facilitator.run(f, () -> tags.tag(issueIds.get(0), workforce));
        assertEquals(
                List.of("Patient flow", "Workforce"),
                facilitator.as(f, () -> tags.choicesFor(issueIds.get(0))).stream()
                        .map(ThemeTagService.ThemeOption::name)
                        .toList());
        assertEquals(
                List.of("Patient flow", "Workforce"),
                member.as(w.members().get(0).email(), () -> tags.tagsOf(issueIds.get(0))).stream()
                        .map(ThemeTagService.TagView::themeName)
                        .toList());

        // Refusals: twice the same tag, another programme's theme, another set's facilitator, a member, the lead.
        assertThrows(StateException.class, () -> facilitator.run(f, () -> tags.tag(issueIds.get(0), flow)));
        assertEquals(
                "Choose a theme from this set's programme.",
                assertThrows(
                                InvalidInputException.class,
                                () -> facilitator.run(f, () -> tags.tag(issueIds.get(0), otherTheme)))
                        .getMessage());
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(other.facilitator().email(), () -> tags.tag(issueIds.get(1), workforce)));
        assertThrows(
                EJBAccessException.class,
                () -> member.run(w.members().get(1).email(), () -> tags.tag(issueIds.get(1), workforce)));
        assertThrows(EJBAccessException.class, () -> admin.run(lead, () -> tags.tagsOf(issueIds.get(1))));
        assertThrows(
                EJBAccessException.class,
                () -> member.run(w.members().get(0).email(), () -> summaries.summary(w.programmeId())));
        assertEquals(
                "Workforce is used on 1 issue and cannot be removed.",
                assertThrows(StateException.class, () -> admin.run(lead, () -> themeList.remove(workforce)))
                        .getMessage());

        assertEquals(List.of(), summary(lead, w), "nobody has consented yet");
        consent(w, 0);
        consent(w, 1);
        assertEquals(List.of(), summary(lead, w), "two members are fewer than K = 3");
        consent(w, 2);
        assertEquals(
                List.of(new ThemeSummary.ThemeCount("Patient flow", 3, 3)),
                summary(lead, w),
                "Workforce has one contributor and stays hidden");
        consent(w, 3);
        assertEquals(List.of(new ThemeSummary.ThemeCount("Patient flow", 4, 4)), summary(lead, w));
        ThemeSummary whole = admin.as(lead, () -> summaries.summary(w.programmeId()));
        assertEquals(3, whole.minContributors());

        assertThrows(StateException.class, () -> consent(w, 3), "consent already in force");
        TestPerson first = w.members().get(0);
        member.run(first.email(), () -> consents.withdraw(w.setId()));
        assertEquals(
                List.of(new ThemeSummary.ThemeCount("Patient flow", 3, 3)),
                summary(lead, w),
                "a withdrawn consent leaves every later summary");
        member.run(w.members().get(1).email(), () -> consents.withdraw(w.setId()));
        assertEquals(List.of(), summary(lead, w), "back under K");
        ThemeConsentService.ConsentView mine =
                member.as(first.email(), () -> consents.mine()).get(0);
        assertEquals(w.setId(), mine.setId());
        assertFalse(mine.inForce());
        assertNotNull(mine.withdrawnAt());
        assertThrows(StateException.class, () -> member.run(first.email(), () -> consents.withdraw(w.setId())));
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(other.members().get(0).email(), () -> consents.give(w.setId())),
                "only the set's own members consent for it");
        member.run(first.email(), () -> consents.give(w.setId()));
        assertEquals(List.of(new ThemeSummary.ThemeCount("Patient flow", 3, 3)), summary(lead, w), "given again");

        facilitator.run(f, () -> tags.untag(issueIds.get(0), workforce));
        admin.run(lead, () -> themeList.remove(workforce));
        assertEquals(
                List.of("Patient flow"),
                admin.as(lead, () -> themeList.list(w.programmeId())).stream()
                        .map(ThemeTagService.ThemeOption::name)
                        .toList());
    }

    @Test
    void retentionRemovesAClosedSetsTextAfterThePeriodAndKeepsTheRecords() throws Exception {
        World w = world("Retention", 3);
        String lead = w.lead().email();
        TestPerson holder = w.members().get(0);
        List<MeetingView> meetings = admin.as(
                lead,
                () -> schedules.generate(
                        w.setId(), LocalDate.of(2027, 1, 1), null, "https://meet.example.org/retention"));
        admin.run(lead, () -> sets.activate(w.setId()));
        String issue = member.as(holder.email(), () -> issues.raise(w.setId(), "Rota gaps", "Who covers nights."));
        String action = member.as(holder.email(), () -> actions.agree(issue, "Ask the rota team", null, null));
        member.run(holder.email(), () -> actions.reportProgress(action, "Asked; waiting.", null));
        markHeld(meetings.get(0).id()); // held directly: this test is about retention, not about running the meeting
        String log =
                member.as(holder.email(), () -> learning.write(meetings.get(0).id(), "I listen better.", null));
        String unrelatedLog = member.as(holder.email(), () -> learning.write(null, "Not about the set.", null));
        String review = member.as(
                holder.email(),
                () -> reviews.respond(meetings.get(0).id(), 4, "Listening", "Lateness", "Silence helps"));
        World open = world("Still open", 3);
        String openIssue =
                member.as(open.members().get(0).email(), () -> issues.raise(open.setId(), "Open set issue", "Stays."));
        admin.run(lead, () -> sets.close(w.setId()));

        try {
            clock.moveAhead(Duration.ofDays(89));
            retention.purgeDue();
            assertEquals("Who covers nights.", narrativeSeenBy(w.facilitator(), issue), "89 days: kept");

            clock.moveAhead(Duration.ofDays(91));
            RetentionPurge.Outcome outcome = retention.purgeDue();
            assertTrue(outcome.sets() >= 1, outcome.toString());
            IssueViews.IssueView purged = facilitator.as(w.facilitator().email(), () -> issues.view(issue));
            assertEquals(Removal.RETENTION.text(), purged.title());
            assertNull(purged.narrative());
            assertEquals(Removal.RETENTION.text(), purged.actions().get(0).description());
            assertEquals(
                    Removal.RETENTION.text(),
                    purged.actions().get(0).progress().get(0).note());
            assertEquals("OPEN", purged.status(), "statuses, dates and counts stay");
            Map<String, String> logs = member.as(holder.email(), () -> learning.mine(null)).stream()
                    .collect(Collectors.toMap(LearningLogService.EntryView::id, e -> String.valueOf(e.whatILearned())));
            assertEquals(Removal.RETENTION.text(), logs.get(log));
            assertEquals("Not about the set.", logs.get(unrelatedLog), "a log entry about no set's meeting stays");
            assertEquals("Stays.", narrativeSeenBy(open.facilitator(), openIssue), "open sets are untouched");
            assertNotNull(purgedAt(w.setId()));
            try (Connection c = dataSource.getConnection();
                    PreparedStatement q = c.prepareStatement(
                            "SELECT pulse, what_got_in_the_way, what_i_learned FROM meeting_review WHERE id = ?")) {
                q.setString(1, review);
                try (ResultSet r = q.executeQuery()) {
                    assertTrue(r.next());
                    assertEquals(4, r.getInt(1), "the score stays for the aggregate");
                    assertNull(r.getString(2));
                    assertNull(r.getString(3));
                }
            }

            java.sql.Timestamp firstPurge = purgedAt(w.setId());
            clock.moveAhead(Duration.ofDays(92));
            retention.purgeDue();
            assertEquals(firstPurge, purgedAt(w.setId()), "a purged set is not purged twice");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aMemberDownloadsTheirOwnDataAndNobodyElses() throws Exception {
        World w = world("Download", 3);
        TestPerson me = w.members().get(0);
        TestPerson colleague = w.members().get(1);
        String mine = member.as(me.email(), () -> issues.raise(w.setId(), "My issue", "My narrative."));
        String theirs = member.as(colleague.email(), () -> issues.raise(w.setId(), "Their issue", "Their words."));
        String myAction = member.as(me.email(), () -> actions.agree(mine, "My action", LocalDate.of(2027, 3, 1), null));
        member.run(me.email(), () -> actions.reportProgress(myAction, "My own progress.", null));
        String theirAction = member.as(colleague.email(), () -> actions.agree(theirs, "Their action", null, null));
        member.run(colleague.email(), () -> actions.reportProgress(theirAction, "Colleague's note.", null));
        member.as(me.email(), () -> learning.write(null, "My reflection.", "Ask more."));
        member.run(me.email(), () -> consents.give(w.setId()));

        MyDataExport export = member.as(me.email(), () -> myData.export());
        assertEquals(me.email(), export.me().email());
        assertEquals(
                List.of("My issue"),
                export.issues().stream().map(MyDataExport.MyIssue::title).toList());
        assertEquals("My narrative.", export.issues().get(0).narrative());
        assertEquals(
                List.of("My action"),
                export.actions().stream()
                        .map(MyDataExport.MyAction::description)
                        .toList());
        assertEquals(
                List.of("My own progress."),
                export.progressReports().stream()
                        .map(MyDataExport.MyProgress::note)
                        .toList());
        assertEquals("My reflection.", export.learningLog().get(0).whatILearned());
        assertTrue(export.themeConsents().get(0).inForce());
        assertEquals(1, export.memberships().size());

        String json = member.as(me.email(), () -> myData.exportAsJson());
        assertTrue(json.contains("\"narrative\": \"My narrative.\""), json);
        for (String notMine : List.of("Their issue", "Their words.", "Their action", "Colleague's note")) {
            assertFalse(json.contains(notMine), "the download holds nobody else's text: " + notMine);
        }
        List<MyDataService.RequestView> requests = member.as(me.email(), () -> myData.myRequests());
        assertEquals(
                List.of("EXPORT", "EXPORT"),
                requests.stream().map(MyDataService.RequestView::kind).toList(),
                "both downloads are recorded");
        assertEquals("DONE", requests.get(0).status());
        assertEquals(4, requests.get(0).records(), "issue, action, progress report, log entry");
    }

    @Test
    void anErasureRequestIsRecordedAndCarriedOutByALeadWithoutSeeingTheText() throws Exception {
        World w = world("Erasure", 3);
        String lead = w.lead().email();
        String flow = admin.as(lead, () -> themeList.add(w.programmeId(), "Patient flow"));
        TestPerson me = w.members().get(0);
        TestPerson colleague = w.members().get(1);
        String mine = member.as(me.email(), () -> issues.raise(w.setId(), "Erase me", "Private detail."));
        String action = member.as(me.email(), () -> actions.agree(mine, "Private step", null, null));
        member.run(me.email(), () -> actions.reportProgress(action, "Private progress.", null));
        String theirs = member.as(colleague.email(), () -> issues.raise(w.setId(), "Keep me", "Colleague detail."));
        String entry = member.as(me.email(), () -> learning.write(null, "Private learning.", null));
        facilitator.run(w.facilitator().email(), () -> tags.tag(mine, flow));
        member.run(me.email(), () -> consents.give(w.setId()));

        String requestId = member.as(me.email(), () -> myData.requestErasure());
        assertEquals(
                "You have already asked for erasure; it is waiting for a programme lead.",
                assertThrows(StateException.class, () -> member.run(me.email(), () -> myData.requestErasure()))
                        .getMessage());
        assertEquals("Private detail.", narrativeSeenBy(w.facilitator(), mine), "nothing changes until carried out");
        assertThrows(EJBAccessException.class, () -> member.run(me.email(), () -> erasure.pending()));

        ErasureService.PendingErasure pending = admin.as(lead, () -> erasure.pending()).stream()
                .filter(p -> p.requestId().equals(requestId))
                .findFirst()
                .orElseThrow();
        assertEquals(me.name(), pending.personName());
        assertThrows(
                RuntimeException.class,
                () -> admin.run(lead, () -> erasure.carryOut(requestId, pending.version() + 1)),
                "a stale request is refused");
        assertEquals(4, admin.as(lead, () -> erasure.carryOut(requestId, pending.version())));

        IssueViews.IssueView erased = facilitator.as(w.facilitator().email(), () -> issues.view(mine));
        assertEquals(Removal.ERASURE.text(), erased.title());
        assertNull(erased.narrative());
        assertEquals(Removal.ERASURE.text(), erased.actions().get(0).description());
        assertEquals(
                Removal.ERASURE.text(),
                erased.actions().get(0).progress().get(0).note());
        assertEquals("Colleague detail.", narrativeSeenBy(w.facilitator(), theirs), "others' contributions stay");
        assertEquals(
                Removal.ERASURE.text(),
                member.as(me.email(), () -> learning.view(entry)).whatILearned());
        assertEquals(List.of(), member.as(me.email(), () -> tags.tagsOf(mine)), "out of theme summaries");
        assertFalse(member.as(me.email(), () -> consents.mine()).get(0).inForce());
        MyDataService.RequestView done = member.as(me.email(), () -> myData.myRequests()).stream()
                .filter(r -> r.id().equals(requestId))
                .findFirst()
                .orElseThrow();
        assertEquals("DONE", done.status());
        assertEquals(4, done.records());
        assertTrue(admin.as(lead, () -> erasure.pending()).stream()
                .noneMatch(p -> p.requestId().equals(requestId)));
        assertThrows(
                RuntimeException.class,
                () -> admin.run(lead, () -> erasure.carryOut(requestId, pending.version() + 1)),
                "done once");
    }

    private List<ThemeSummary.ThemeCount> summary(String lead, World w) throws Exception {
        return admin.as(lead, () -> summaries.summary(w.programmeId())).themes();
    }

    private void consent(World w, int memberIndex) throws Exception {
        member.run(w.members().get(memberIndex).email(), () -> consents.give(w.setId()));
    }

    private String narrativeSeenBy(TestPerson who, String issueId) throws Exception {
        return facilitator.as(who.email(), () -> issues.view(issueId)).narrative();
    }

    private void markHeld(String meetingId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE meeting SET status = 'HELD' WHERE id = ?")) {
            s.setString(1, meetingId);
            assertEquals(1, s.executeUpdate());
        }
    }

    @Test
    void theEvaluationIsAnonymousOncePerMemberAndShownOnlyFromK() throws Exception {
        World w = world("Evaluation", 4);
        String lead = w.lead().email();
        TestPerson first = w.members().get(0);
        assertThrows(
                StateException.class,
                () -> member.as(first.email(), () -> evaluation.form(w.programmeId())),
                "not opened yet");
        assertTrue(member.as(first.email(), () -> evaluation.invitations()).isEmpty());
        admin.run(lead, () -> evaluation.open(w.programmeId()));
        assertThrows(StateException.class, () -> admin.run(lead, () -> evaluation.open(w.programmeId())));
        assertEquals(
                List.of(w.programmeId()),
                member.as(first.email(), () -> evaluation.invitations()).stream()
                        .map(EvaluationForm.Invitation::programmeId)
                        .toList());

        member.run(
                first.email(),
                () -> evaluation.answer(
                        w.programmeId(),
                        Map.of("PEER_SUPPORT", 5, "CONFIDENCE_BEFORE", 2, "CONFIDENCE_AFTER", 4),
                        "I stopped feeling alone",
                        null));
        assertEquals(
                "You have already answered the evaluation of " + programmeName(w) + "; answers are anonymous, "
                        + "so they cannot be changed.",
                assertThrows(
                                StateException.class,
                                () -> member.run(
                                        first.email(),
                                        () -> evaluation.answer(
                                                w.programmeId(), Map.of("PEER_SUPPORT", 1), null, null)))
                        .getMessage());
        assertTrue(
                member.as(first.email(), () -> evaluation.form(w.programmeId())).answered());
        assertTrue(member.as(first.email(), () -> evaluation.invitations()).isEmpty(), "answered: no longer asked");
        member.run(
                w.members().get(1).email(),
                () -> evaluation.answer(
                        w.programmeId(),
                        Map.of("PEER_SUPPORT", 4, "CONFIDENCE_BEFORE", 3, "CONFIDENCE_AFTER", 4),
                        null,
                        "More meetings"));

        EvaluationResults twoAnswers = admin.as(lead, () -> evaluation.results(w.programmeId()));
        assertEquals(2, twoAnswers.responses());
        assertEquals(4, twoAnswers.members());
        assertFalse(twoAnswers.shown(), "below K = 3");
        assertTrue(twoAnswers.items().isEmpty() && twoAnswers.differences().isEmpty());

        member.run(
                w.members().get(2).email(),
                () -> evaluation.answer(w.programmeId(), Map.of("PEER_SUPPORT", 4), null, null));
        EvaluationResults shown = admin.as(lead, () -> evaluation.results(w.programmeId()));
        assertTrue(shown.shown());
        assertEquals(4.3, shown.items().get(0).average());
        assertEquals(List.of(0, 0, 0, 2, 1), shown.items().get(0).counts());
        assertEquals(1.5, shown.confidenceChange());
        assertEquals(List.of("I stopped feeling alone"), shown.differences());
        assertEquals(List.of("More meetings"), shown.changes());

        // Anonymous in the tables too: a response has no person and no time; its free text is ciphertext.
        assertAnonymous("evaluation_response", "difference_made");

        assertThrows(
                EJBAccessException.class,
                () -> member.as(first.email(), () -> evaluation.results(w.programmeId())),
                "results are for the programme lead");
        assertThrows(
                EJBAccessException.class,
                () -> facilitator.as(w.facilitator().email(), () -> evaluation.invitations()));
        World other = world("Elsewhere", 2);
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(
                        other.members().get(0).email(),
                        () -> evaluation.answer(w.programmeId(), Map.of("PEER_SUPPORT", 3), null, null)),
                "only the programme's members answer");
        admin.run(lead, () -> evaluation.close(w.programmeId()));
        assertThrows(
                StateException.class,
                () -> member.run(
                        w.members().get(3).email(),
                        () -> evaluation.answer(w.programmeId(), Map.of("PEER_SUPPORT", 3), null, null)),
                "closed");
    }

    /** The table names no person and no time, and its free-text column holds ciphertext only. */
    private void assertAnonymous(String table, String textColumn) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            // The result's own metadata: table-name case differs between Derby and PostgreSQL catalogues.
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
                    ResultSet columns = s.executeQuery()) {
                List<String> names = new java.util.ArrayList<>();
                for (int i = 1; i <= columns.getMetaData().getColumnCount(); i++) {
                    names.add(columns.getMetaData().getColumnName(i).toLowerCase());
                }
                assertFalse(names.isEmpty());
                assertTrue(
                        names.stream()
                                .noneMatch(n -> n.contains("person")
                                        || n.contains("author")
                                        || n.endsWith("_at")
                                        || n.contains("time_") && !n.equals("time_to_reflect")
                                        || n.equals("meeting_id")
                                        || n.equals("set_id")),
                        names.toString());
            }
            try (PreparedStatement s = c.prepareStatement(
                            "SELECT " + textColumn + " FROM " + table + " WHERE " + textColumn + " IS NOT NULL");
                    ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertTrue(r.getString(1).startsWith("v2:"), "stored encrypted");
            }
        }
    }

    @Test
    void theBenefitsPulseIsAnsweredOnceByThoseThereAndShownOnlyFromK() throws Exception {
        World w = world("Pulse", 5);
        String lead = w.lead().email();
        List<MeetingView> meetings = admin.as(
                lead,
                () -> schedules.generate(w.setId(), LocalDate.of(2027, 1, 1), null, "https://meet.example.org/pulse"));
        String first = meetings.get(0).id();
        String second = meetings.get(1).id();
        records.hold(first);
        records.hold(second);
        records.attend(first, w.members().get(0).id(), AttendanceStatus.PRESENT);
        records.attend(first, w.members().get(4).id(), AttendanceStatus.APOLOGIES);
        TestPerson amy = w.members().get(0);

        assertFalse(member.as(amy.email(), () -> pulse.form(first)).offered(), "not offered until the lead does");
        assertThrows(
                StateException.class,
                () -> member.run(amy.email(), () -> pulse.answer(first, Map.of("PEER_SUPPORT", 4), null)));
        assertThrows(
                EJBAccessException.class,
                () -> member.run(amy.email(), () -> pulse.offer(w.programmeId(), true)),
                "the lead offers it");
        admin.run(lead, () -> pulse.offer(w.programmeId(), true));

        member.run(
                amy.email(),
                () -> pulse.answer(first, Map.of("PEER_SUPPORT", 5, "CONFIDENCE_NOW", 2), "Questions, not advice"));
        assertTrue(member.as(amy.email(), () -> pulse.form(first)).answered());
        assertFalse(member.as(amy.email(), () -> pulse.form(first)).askable());
        assertThrows(
                StateException.class,
                () -> member.run(amy.email(), () -> pulse.answer(first, Map.of("PEER_SUPPORT", 1), null)),
                "once per meeting");
        assertThrows(
                InvalidInputException.class,
                () -> member.run(
                        w.members().get(1).email(), () -> pulse.answer(first, Map.of("PEER_SUPPORT", 6), null)),
                "1 to 5");
        assertThrows(
                InvalidInputException.class,
                () -> member.run(w.members().get(1).email(), () -> pulse.answer(first, Map.of(), " ")),
                "at least one answer");
        TestPerson away = w.members().get(4);
        assertFalse(member.as(away.email(), () -> pulse.form(first)).wasThere());
        assertThrows(
                StateException.class,
                () -> member.run(away.email(), () -> pulse.answer(first, Map.of("PEER_SUPPORT", 3), null)),
                "sent apologies: not there");

        member.run(w.members().get(1).email(), () -> pulse.answer(first, Map.of("CONFIDENCE_NOW", 3), null));
        PulseResults two = admin.as(lead, () -> pulse.results(w.programmeId()));
        assertEquals(2, two.responses());
        assertFalse(two.shown(), "below K = 3");
        assertTrue(two.items().isEmpty()
                && two.confidence().isEmpty()
                && two.takeAways().isEmpty());

        member.run(
                w.members().get(2).email(),
                () -> pulse.answer(first, Map.of("PEER_SUPPORT", 4, "CONFIDENCE_NOW", 4), null));
        for (int i = 0; i < 3; i++) {
            int confidence = i == 2 ? 5 : 4;
            member.run(
                    w.members().get(i).email(), () -> pulse.answer(second, Map.of("CONFIDENCE_NOW", confidence), null));
        }
        member.run(w.members().get(3).email(), () -> pulse.answer(second, Map.of("PEER_SUPPORT", 2), null));
        PulseResults shown = admin.as(lead, () -> pulse.results(w.programmeId()));
        assertEquals(7, shown.responses());
        assertTrue(shown.shown());
        assertEquals(3.7, shown.items().get(0).average(), "peer support: 5, 4 and 2");
        assertEquals(List.of(0, 1, 0, 1, 1), shown.items().get(0).counts());
        assertEquals(
                List.of(new PulseResults.ConfidenceAt(1, 3, 3.0), new PulseResults.ConfidenceAt(2, 3, 4.3)),
                shown.confidence());
        assertEquals(1.3, shown.confidenceChange());
        assertEquals(List.of("Questions, not advice"), shown.takeAways());
        assertAnonymous("pulse_response", "take_away");

        assertThrows(
                StateException.class,
                () -> member.as(amy.email(), () -> pulse.form(meetings.get(2).id())),
                "a meeting not held yet");
        World other = world("Elsewhere", 1);
        assertThrows(
                AccessDeniedException.class,
                () -> member.as(other.members().get(0).email(), () -> pulse.form(first)),
                "another set's meeting");
        assertThrows(
                EJBAccessException.class,
                () -> facilitator.as(w.facilitator().email(), () -> pulse.results(w.programmeId())),
                "results are for the programme lead");
        admin.run(lead, () -> pulse.offer(w.programmeId(), false));
        assertThrows(
                StateException.class,
                () -> member.run(
                        w.members().get(3).email(), () -> pulse.answer(first, Map.of("PEER_SUPPORT", 3), null)),
                "no longer offered");
        assertEquals(7, admin.as(lead, () -> pulse.results(w.programmeId())).responses(), "answers given stay");
    }

    @Test
    void aProgrammeIsSetUpWithItsThemesAndEvaluationOrNotAtAll() throws Exception {
        TestPerson lead = fixtures.person("Lead", Role.ADMIN);
        String name = Fixtures.unique("Wizard");
        ProgrammeDraft draft = new ProgrammeDraft(
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
                2,
                6,
                6,
                MeetingMode.VIRTUAL);
        assertEquals(
                "The theme \"flow\" is listed twice.",
                assertThrows(
                                InvalidInputException.class,
                                () -> admin.as(
                                        lead.email(), () -> setup.setUp(draft, List.of("Flow", " flow "), null, false)))
                        .getMessage());
        assertThrows(
                InvalidInputException.class,
                () -> admin.as(
                        lead.email(), () -> setup.setUp(draft, List.of("Flow"), LocalDate.of(2028, 1, 1), false)),
                "the evaluation opens within the programme");
        assertEquals(0, programmesNamed(name), "a refusal at the last step leaves nothing half set up");

        String id = admin.as(
                lead.email(),
                () -> setup.setUp(draft, List.of("Flow", "", "Workforce"), LocalDate.of(2027, 12, 1), true));
        assertTrue(admin.as(lead.email(), () -> pulse.results(id)).offered(), "the benefits pulse offered at set-up");
        assertEquals(
                List.of("Flow", "Workforce"),
                admin.as(lead.email(), () -> themeList.list(id)).stream()
                        .map(t -> t.name())
                        .sorted()
                        .toList());
        EvaluationResults scheduled = admin.as(lead.email(), () -> evaluation.results(id));
        assertTrue(scheduled.opened());
        assertFalse(scheduled.open(), "not before the day it opens");
        assertEquals(LocalDate.of(2027, 12, 1), scheduled.opensOn());
        admin.run(lead.email(), () -> evaluation.open(id));
        assertTrue(admin.as(lead.email(), () -> evaluation.results(id)).open(), "opened early by hand");
    }

    private int programmesNamed(String name) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM programme WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private String programmeName(World w) throws Exception {
        return admin.as(w.lead().email(), () -> evaluation.results(w.programmeId()))
                .programmeName();
    }

    private java.sql.Timestamp purgedAt(String setId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT content_purged_at FROM learning_set WHERE id = ?")) {
            s.setString(1, setId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getTimestamp(1);
            }
        }
    }

    private World world(String name, int memberCount) throws Exception {
        SetWorld w = worlds.build(name, SetWorlds.members(memberCount));
        return new World(w.lead(), w.programmeId(), w.setId(), w.facilitator(), w.members());
    }
}
