package org.learningsets.web.it.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.action.ActionService;
import org.learningsets.ejb.dashboard.DashboardCsv;
import org.learningsets.ejb.dashboard.DashboardService;
import org.learningsets.ejb.dashboard.DashboardViews.ActionCounts;
import org.learningsets.ejb.dashboard.DashboardViews.IssueAge;
import org.learningsets.ejb.dashboard.DashboardViews.IssueCounts;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingAttendance;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingCounts;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingTime;
import org.learningsets.ejb.dashboard.DashboardViews.MemberAttendance;
import org.learningsets.ejb.dashboard.DashboardViews.SetDashboard;
import org.learningsets.ejb.dashboard.DashboardViews.SetHeadline;
import org.learningsets.ejb.dashboard.DashboardWorkbook;
import org.learningsets.ejb.dashboard.FigureTables;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.issue.IssueViews;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.report.SponsorReport;
import org.learningsets.ejb.report.SponsorReport.SetFigures;
import org.learningsets.ejb.report.SponsorReportService;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;
import org.learningsets.web.it.container.MeetingRecords;

/**
 * The dashboard figures of a set built here (four meetings, two held, one cancelled; three members; three issues;
 * six actions; rounds and bookings), asserted exactly; and who may see them: only the set's current facilitators.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardServiceIT {

    @Inject
    AsAdmin admin;

    @Inject
    AsFacilitator facilitator;

    @Inject
    AsMember member;

    @Inject
    Fixtures fixtures;

    @Inject
    MeetingRecords records;

    @Inject
    ProgrammeService programmes;

    @Inject
    SetService sets;

    @Inject
    MembershipService memberships;

    @Inject
    FacilitatorService facilitators;

    @Inject
    ScheduleService schedules;

    @Inject
    GroundRulesService groundRules;

    @Inject
    IssueService issues;

    @Inject
    ActionService actions;

    @Inject
    DashboardService dashboards;

    @Inject
    SponsorReportService reports;

    @Test
    void aFacilitatorSeesExactFiguresAndNobodyElseSeesThem() throws Exception {
        LocalDate today = LocalDate.now(TimeZones.LONDON);
        TestPerson lead = fixtures.person("Lead", Role.ADMIN);
        String programmeId =
                admin.as(lead.email(), () -> programmes.create(Fixtures.programmeIn2027("Dashboards", 6, 4)));
        String setA = admin.as(lead.email(), () -> sets.create(programmeId, "Dash A"));
        String setB = admin.as(lead.email(), () -> sets.create(programmeId, "Dash B"));
        TestPerson fa = fixtures.person("Facilitator A", Role.FACILITATOR);
        TestPerson fb = fixtures.person("Facilitator B", Role.FACILITATOR);
        admin.run(lead.email(), () -> facilitators.assign(setA, fa.id(), FacilitatorRole.LEAD));
        admin.run(lead.email(), () -> facilitators.assign(setB, fb.id(), FacilitatorRole.LEAD));
        TestPerson amy = memberOf(lead, setA, "Amy Dash");
        TestPerson bea = memberOf(lead, setA, "Bea Dash");
        TestPerson cai = memberOf(lead, setA, "Cai Dash");
        TestPerson other = memberOf(lead, setB, "Other Dash");

        List<MeetingView> meetings = admin.as(
                lead.email(),
                () -> schedules.generate(setA, LocalDate.of(2027, 1, 1), null, "https://meet.example.org/dash"));
        assertEquals(4, meetings.size(), "the programme minimum is planned");
        admin.run(lead.email(), () -> sets.activate(setA));
        admin.run(
                lead.email(),
                () -> schedules.cancel(meetings.get(3).id(), meetings.get(3).version(), "Room unavailable"));
        String m1 = meetings.get(0).id();
        String m2 = meetings.get(1).id();
        String m3 = meetings.get(2).id();
        records.hold(m1);
        records.hold(m2);
        records.attend(m1, amy.id(), AttendanceStatus.PRESENT);
        records.attend(m1, bea.id(), AttendanceStatus.ABSENT);
        records.attend(m1, cai.id(), AttendanceStatus.PRESENT);
        records.attend(m2, amy.id(), AttendanceStatus.PRESENT);
        records.attend(m2, bea.id(), AttendanceStatus.APOLOGIES); // Cai not recorded at meeting 2

        facilitator.run(fa.email(), () -> groundRules.record(setA, "What is said here stays here."));
        member.run(amy.email(), () -> groundRules.agree(setA, 1));
        member.run(bea.email(), () -> groundRules.agree(setA, 1));
        String mornings = member.as(amy.email(), () -> issues.raise(setA, "Mornings", "Confidential narrative."));
        String rota = member.as(bea.email(), () -> issues.raise(setA, "Rota", "Who covers nights."));
        String parking = member.as(amy.email(), () -> issues.raise(setA, "Parking", "Nowhere to park."));
        records.raisedAt(mornings, noonLondon(today.minusDays(10)));
        records.raisedAt(rota, noonLondon(today.minusDays(4)));

        String overdueAmy = agree(fa, mornings, today.minusDays(1));
        agree(fa, mornings, today); // due today: not overdue yet
        mark(fa, mornings, agree(fa, mornings, today.minusDays(30)), ActionStatus.DONE);
        mark(fa, rota, agree(fa, rota, today.minusDays(3)), ActionStatus.CARRIED_FORWARD);
        agree(fa, rota, today.minusDays(2)); // Bea's overdue action
        mark(fa, parking, agree(fa, parking, today.minusDays(9)), ActionStatus.DROPPED);
        close(fa, rota, IssueStatus.RESOLVED);
        close(fa, parking, IssueStatus.DROPPED);

        Instant start = noonLondon(LocalDate.of(2027, 1, 12));
        records.round(m1, mornings, start, 30 * 60L);
        records.round(m1, rota, start.plusSeconds(1800), 25 * 60L);
        records.round(m2, mornings, start.plusSeconds(86_400 * 28), 20 * 60L);
        records.round(m2, parking, start.plusSeconds(86_400 * 28 + 1200), null); // still running: no minutes
        records.bid(m1, mornings, 30, 1, 35);
        records.bid(m1, rota, 30, 2, 30);
        records.bid(m2, mornings, 20, null, null); // bid, never booked
        records.bid(m3, mornings, 40, 1, 40); // booked for a meeting not yet held

        SetDashboard d = facilitator.as(fa.email(), () -> dashboards.ofSet(setA));
        assertEquals("Dash A", d.setName());
        assertEquals(today, d.today());
        assertEquals(new MeetingCounts(2, 1, 1, 4), d.meetings());
        assertTrue(d.meetings().belowMinimum(), "2 held + 1 planned < 4");
        assertEquals(
                List.of(
                        new MeetingAttendance(1, meetings.get(0).start().toLocalDate(), 2, 0, 1, 67),
                        new MeetingAttendance(2, meetings.get(1).start().toLocalDate(), 1, 1, 0, 50)),
                d.attendanceByMeeting());
        assertEquals(60, d.attendanceRatePercent(), "3 present of 5 recorded");
        assertEquals(
                List.of(
                        new MemberAttendance(amy.id(), "Amy Dash", 2, 0, 0, 100),
                        new MemberAttendance(bea.id(), "Bea Dash", 0, 1, 1, 0),
                        new MemberAttendance(cai.id(), "Cai Dash", 1, 0, 0, 100)),
                d.attendanceByMember());
        assertEquals(new ActionCounts(3, 1, 1, 1, 2), d.actions());
        assertEquals(new IssueCounts(1, 1, 1, 10, 4), d.issues());
        assertEquals(
                List.of(
                        new IssueAge("Mornings", "Amy Dash", "OPEN", today.minusDays(10), 10),
                        new IssueAge("Rota", "Bea Dash", "RESOLVED", today.minusDays(4), 4),
                        new IssueAge("Parking", "Amy Dash", "DROPPED", today, 0)),
                d.issueAges().stream()
                        .map(a -> new IssueAge(a.title(), a.holderName(), a.status(), a.raised(), a.ageDays()))
                        .toList());
        assertTrue(d.issueAges().stream().allMatch(a -> a.issueId() != null), "each issue links to its page");
        assertEquals(
                List.of(
                        new MeetingTime(1, meetings.get(0).start().toLocalDate(), 55, 65, 120),
                        new MeetingTime(2, meetings.get(1).start().toLocalDate(), 20, 0, 120)),
                d.timeByMeeting());
        assertEquals(75, d.minutesUsed());
        assertEquals(65, d.minutesBooked());
        assertEquals(
                List.of(
                        "Amy Dash has 1 overdue action.",
                        "Bea Dash missed meetings 1 and 2 in a row and has 1 overdue action."),
                d.health().stream().map(f -> f.describe()).toList());

        // Marking the overdue action done clears Amy's flag.
        mark(fa, mornings, overdueAmy, ActionStatus.DONE);
        SetDashboard after = facilitator.as(fa.email(), () -> dashboards.ofSet(setA));
        assertEquals(new ActionCounts(2, 2, 1, 1, 1), after.actions());
        assertEquals(
                List.of("Bea Dash"),
                after.health().stream().map(f -> f.memberName()).toList());

        // Across my sets: one row, the same headline, and nobody else's set.
        List<SetHeadline> mine = facilitator.as(fa.email(), () -> dashboards.mine());
        assertEquals(List.of(after.headline()), mine);
        List<SetHeadline> theirs = facilitator.as(fb.email(), () -> dashboards.mine());
        assertEquals(
                List.of("Dash B"), theirs.stream().map(SetHeadline::setName).toList());
        assertEquals(new MeetingCounts(0, 0, 0, 4), theirs.get(0).meetings());
        assertEquals(null, theirs.get(0).attendanceRatePercent(), "nothing recorded: no rate");

        // The exports hold the same figures, and the workbook is written inside the WAR.
        String csv = DashboardCsv.write(FigureTables.of(after));
        assertTrue(csv.contains("Bea Dash missed meetings 1 and 2 in a row and has 1 overdue action."), csv);
        assertTrue(csv.contains("Dash A,"), csv);
        try (ReadableWorkbook book =
                new ReadableWorkbook(new ByteArrayInputStream(DashboardWorkbook.write(FigureTables.of(mine))))) {
            assertEquals(
                    60,
                    book.findSheet("Summary")
                            .orElseThrow()
                            .read()
                            .get(1)
                            .getCell(6)
                            .asNumber()
                            .intValueExact());
            assertEquals(
                    "Bea Dash",
                    book.findSheet("Set health")
                            .orElseThrow()
                            .read()
                            .get(1)
                            .getCell(1)
                            .asString());
        }

        // The sponsor report counts the same meetings and attendance, in the database, for each set of the programme.
        SponsorReport report = admin.as(lead.email(), () -> reports.report(programmeId));
        assertEquals(
                List.of(new SetFigures("Dash A", 2, 1, 1, 60), new SetFigures("Dash B", 0, 0, 0, null)), report.sets());
        records.attend(m2, cai.id(), AttendanceStatus.PRESENT);
        assertEquals(
                new SetFigures("Dash A", 2, 1, 1, 67),
                admin.as(lead.email(), () -> reports.report(programmeId)).sets().get(0),
                "4 present of 6 recorded, as soon as it is recorded");

        // Only the set's current facilitators.
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.as(fb.email(), () -> dashboards.ofSet(setA)),
                "another set's facilitator");
        assertThrows(
                EJBAccessException.class,
                () -> member.as(amy.email(), () -> dashboards.ofSet(setA)),
                "a member of the set");
        assertThrows(EJBAccessException.class, () -> member.as(other.email(), () -> dashboards.mine()));
        assertThrows(
                EJBAccessException.class,
                () -> admin.as(lead.email(), () -> dashboards.ofSet(setA)),
                "the programme lead never sees issue titles or names");
        assertThrows(EJBAccessException.class, () -> admin.as(lead.email(), () -> dashboards.mine()));
        assertThrows(NotFoundException.class, () -> facilitator.as(fa.email(), () -> dashboards.ofSet("no-such")));
        assertThrows(EJBAccessException.class, () -> dashboards.ofSet(setA), "no caller at all");
    }

    private TestPerson memberOf(TestPerson lead, String setId, String name) throws Exception {
        TestPerson m = fixtures.person(name, Role.MEMBER);
        admin.run(lead.email(), () -> memberships.add(setId, m.id()));
        return m;
    }

    private String agree(TestPerson f, String issueId, LocalDate due) throws Exception {
        return facilitator.as(f.email(), () -> actions.agree(issueId, "Do something by " + due, due, null));
    }

    private void mark(TestPerson f, String issueId, String actionId, ActionStatus status) throws Exception {
        IssueViews.ActionView action = facilitator.as(f.email(), () -> issues.view(issueId)).actions().stream()
                .filter(a -> a.id().equals(actionId))
                .findFirst()
                .orElseThrow();
        facilitator.run(f.email(), () -> actions.mark(actionId, action.version(), status));
    }

    private void close(TestPerson f, String issueId, IssueStatus outcome) throws Exception {
        long version = facilitator.as(f.email(), () -> issues.view(issueId)).version();
        facilitator.run(f.email(), () -> issues.close(issueId, version, outcome));
    }

    private static Instant noonLondon(LocalDate day) {
        return day.atTime(12, 0).atZone(TimeZones.LONDON).toInstant();
    }
}
