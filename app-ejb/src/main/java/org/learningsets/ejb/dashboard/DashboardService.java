package org.learningsets.ejb.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.dashboard.DashboardFigures.Mark;
import org.learningsets.ejb.dashboard.DashboardViews.ActionCounts;
import org.learningsets.ejb.dashboard.DashboardViews.HealthFlag;
import org.learningsets.ejb.dashboard.DashboardViews.IssueAge;
import org.learningsets.ejb.dashboard.DashboardViews.IssueCounts;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingAttendance;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingCounts;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingTime;
import org.learningsets.ejb.dashboard.DashboardViews.MemberAttendance;
import org.learningsets.ejb.dashboard.DashboardViews.SetDashboard;
import org.learningsets.ejb.dashboard.DashboardViews.SetHeadline;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.action.ActionFact;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.issue.IssueAgeRow;
import org.learningsets.model.issue.IssueFigure;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.meeting.AttendanceMark;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.MeetingFact;
import org.learningsets.model.meeting.MeetingMinutes;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.meeting.RoundTimes;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.MemberName;

/**
 * Facilitators' dashboards: attendance, actions, issues, time and set health, for one set or across the sets the
 * caller facilitates now. Only a set's current facilitators see its figures; programme leads and members are
 * refused (issue titles and member names are the set's own). The figures come from a handful of queries over all
 * the sets asked for at once, never one query per meeting or member.
 */
@Stateless
@RolesAllowed(Role.FACILITATOR_NAME)
public class DashboardService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Callers callers;

    @Inject
    SetContentAccess content;

    @Inject
    Clock clock;

    public SetDashboard ofSet(@NotNull String setId) {
        LearningSet set = content.setForFacilitator(setId, callers.person());
        return dashboards(List.of(set), true).get(0);
    }

    /** The sets the caller facilitates now, by name, with their headline figures and health flags. */
    public List<SetHeadline> mine() {
        Person me = callers.person();
        List<LearningSet> sets = em.createNamedQuery("FacilitatorAssignment.currentSetsOf", LearningSet.class)
                .setParameter("person", me)
                .getResultStream()
                .sorted(Comparator.comparing(LearningSet::getName).thenComparing(LearningSet::getId))
                .toList();
        return dashboards(sets, false).stream().map(SetDashboard::headline).toList();
    }

    /** With issue titles for one set's own dashboard; without them (no issue list) for the headlines of many. */
    private List<SetDashboard> dashboards(List<LearningSet> sets, boolean issueTitles) {
        if (sets.isEmpty()) {
            return List.of();
        }
        Rows rows = new Rows(sets, issueTitles);
        LocalDate today = TimeZones.today(clock);
        return sets.stream().map(set -> dashboard(set, rows, today)).toList();
    }

    private SetDashboard dashboard(LearningSet set, Rows rows, LocalDate today) {
        List<MeetingFact> meetings = rows.meetings.getOrDefault(set.getId(), List.of());
        List<MeetingFact> held =
                meetings.stream().filter(m -> m.status() == MeetingStatus.HELD).toList();
        MeetingCounts counts = new MeetingCounts(
                held.size(),
                count(meetings, MeetingStatus.PLANNED),
                count(meetings, MeetingStatus.CANCELLED),
                set.getProgramme().getMinimumMeetings());

        List<MeetingAttendance> byMeeting = new ArrayList<>();
        long present = 0;
        long recorded = 0;
        for (MeetingFact m : held) {
            Map<String, AttendanceStatus> marks = rows.attendance.getOrDefault(m.id(), Map.of());
            int p = count(marks, AttendanceStatus.PRESENT);
            byMeeting.add(new MeetingAttendance(
                    m.sequenceNumber(),
                    m.startsAt().toLocalDate(),
                    p,
                    count(marks, AttendanceStatus.APOLOGIES),
                    count(marks, AttendanceStatus.ABSENT),
                    DashboardFigures.percent(p, marks.size())));
            present += p;
            recorded += marks.size();
        }

        Map<String, Integer> overdueByOwner = new HashMap<>();
        int[] byStatus = new int[ActionStatus.values().length];
        int overdue = 0;
        for (ActionFact a : rows.actions.getOrDefault(set.getId(), List.of())) {
            byStatus[a.status().ordinal()]++;
            if (DashboardFigures.isOverdue(a.status(), a.dueDate(), today)) {
                overdue++;
                overdueByOwner.merge(a.ownerId(), 1, Integer::sum);
            }
        }
        ActionCounts actions = new ActionCounts(
                byStatus[ActionStatus.OPEN.ordinal()],
                byStatus[ActionStatus.DONE.ordinal()],
                byStatus[ActionStatus.CARRIED_FORWARD.ordinal()],
                byStatus[ActionStatus.DROPPED.ordinal()],
                overdue);

        List<MemberAttendance> byMember = new ArrayList<>();
        List<HealthFlag> health = new ArrayList<>();
        for (MemberName member : rows.members.getOrDefault(set.getId(), List.of())) {
            List<Mark> marks = new ArrayList<>();
            for (MeetingFact m : held) {
                AttendanceStatus status =
                        rows.attendance.getOrDefault(m.id(), Map.of()).get(member.personId());
                if (status != null) {
                    marks.add(new Mark(m.sequenceNumber(), status));
                }
            }
            int p = (int) marks.stream()
                    .filter(k -> k.status() == AttendanceStatus.PRESENT)
                    .count();
            byMember.add(new MemberAttendance(
                    member.personId(),
                    member.fullName(),
                    p,
                    (int) marks.stream()
                            .filter(k -> k.status() == AttendanceStatus.APOLOGIES)
                            .count(),
                    (int) marks.stream()
                            .filter(k -> k.status() == AttendanceStatus.ABSENT)
                            .count(),
                    DashboardFigures.percent(p, marks.size())));
            HealthFlag flag = new HealthFlag(
                    member.personId(),
                    member.fullName(),
                    DashboardFigures.longestMissedRun(marks),
                    overdueByOwner.getOrDefault(member.personId(), 0));
            if (flag.missedMeetings() || flag.overdueActions() > 0) {
                health.add(flag);
            }
        }

        List<IssueAge> ages = new ArrayList<>();
        List<Integer> openAges = new ArrayList<>();
        List<Integer> resolveDays = new ArrayList<>();
        int dropped = 0;
        for (IssueRow i : rows.issues.getOrDefault(set.getId(), List.of())) {
            IssueStatus status = i.status();
            int age = DashboardFigures.ageDays(i.raised(), i.closed(), today);
            if (i.title() != null) {
                ages.add(new IssueAge(
                        i.title(),
                        i.holderName(),
                        status.name(),
                        LocalDate.ofInstant(i.raised(), TimeZones.LONDON),
                        age,
                        i.id()));
            }
            switch (status) {
                case OPEN -> openAges.add(age);
                case RESOLVED -> resolveDays.add(age);
                case DROPPED -> dropped++;
            }
        }
        IssueCounts issues = new IssueCounts(
                openAges.size(),
                resolveDays.size(),
                dropped,
                DashboardFigures.average(openAges),
                DashboardFigures.average(resolveDays));

        List<MeetingTime> time = held.stream()
                .map(m -> new MeetingTime(
                        m.sequenceNumber(),
                        m.startsAt().toLocalDate(),
                        DashboardFigures.minutesUsed(rows.rounds.getOrDefault(m.id(), List.of())),
                        rows.booked.getOrDefault(m.id(), 0),
                        m.durationMinutes()))
                .toList();

        return new SetDashboard(
                set.getId(),
                set.getName(),
                set.getProgramme().getName(),
                today,
                counts,
                DashboardFigures.percent(present, recorded),
                byMeeting,
                byMember,
                actions,
                issues,
                ages,
                time,
                health);
    }

    private static int count(List<MeetingFact> meetings, MeetingStatus status) {
        return (int) meetings.stream().filter(m -> m.status() == status).count();
    }

    private static int count(Map<String, AttendanceStatus> marks, AttendanceStatus status) {
        return (int) marks.values().stream().filter(s -> s == status).count();
    }

    /** An issue's figures; title and holder only when the set's own dashboard lists its issues. */
    private record IssueRow(
            IssueStatus status, Instant raised, Instant closed, String title, String holderName, String id) {}

    /** The rows behind the figures of several sets: one query per kind of record, grouped in memory. */
    private final class Rows {
        final Map<String, List<MeetingFact>> meetings = new HashMap<>();
        final Map<String, Map<String, AttendanceStatus>> attendance = new HashMap<>();
        final Map<String, List<MemberName>> members = new HashMap<>();
        final Map<String, List<ActionFact>> actions = new HashMap<>();
        final Map<String, List<IssueRow>> issues = new HashMap<>();
        final Map<String, List<Instant[]>> rounds = new HashMap<>();
        final Map<String, Integer> booked = new HashMap<>();

        Rows(List<LearningSet> sets, boolean issueTitles) {
            List<String> setIds = sets.stream().map(LearningSet::getId).toList();
            for (MeetingFact m : em.createNamedQuery("Meeting.factsOfSets", MeetingFact.class)
                    .setParameter("setIds", setIds)
                    .getResultList()) {
                meetings.computeIfAbsent(m.setId(), k -> new ArrayList<>()).add(m);
            }
            for (AttendanceMark a : rowsOf("Attendance.atHeldMeetingsOfSets", AttendanceMark.class, sets)) {
                attendance.computeIfAbsent(a.meetingId(), k -> new HashMap<>()).put(a.personId(), a.status());
            }
            em.createNamedQuery("Membership.activeNamesOfSets", MemberName.class)
                    .setParameter("setIds", setIds)
                    .getResultStream()
                    .sorted(Comparator.comparing(MemberName::fullName).thenComparing(MemberName::personId))
                    .forEach(m -> members.computeIfAbsent(m.setId(), k -> new ArrayList<>())
                            .add(m));
            for (ActionFact a : em.createNamedQuery("Action.statusesOfSets", ActionFact.class)
                    .setParameter("setIds", setIds)
                    .getResultList()) {
                actions.computeIfAbsent(a.setId(), k -> new ArrayList<>()).add(a);
            }
            if (issueTitles) {
                TextCipher cipher = keys.cipher();
                for (IssueAgeRow i : rowsOf("Issue.agesOfSets", IssueAgeRow.class, sets)) {
                    issues.computeIfAbsent(i.setId(), k -> new ArrayList<>())
                            .add(new IssueRow(
                                    i.status(),
                                    i.raisedAt(),
                                    i.closedAt(),
                                    Issue.readTitle(i.storedTitle(), i.issueId(), cipher),
                                    i.holderName(),
                                    i.issueId()));
                }
            } else {
                for (IssueFigure i : rowsOf("Issue.figuresOfSets", IssueFigure.class, sets)) {
                    issues.computeIfAbsent(i.setId(), k -> new ArrayList<>())
                            .add(new IssueRow(i.status(), i.raisedAt(), i.closedAt(), null, null, null));
                }
            }
            for (RoundTimes r : rowsOf("Round.timesAtHeldMeetingsOfSets", RoundTimes.class, sets)) {
                rounds.computeIfAbsent(r.meetingId(), k -> new ArrayList<>())
                        .add(new Instant[] {r.startedAt(), r.endedAt()});
            }
            for (MeetingMinutes b : rowsOf("TimeBid.bookedAtHeldMeetingsOfSets", MeetingMinutes.class, sets)) {
                booked.put(b.meetingId(), b.minutes().intValue());
            }
        }

        private <T> List<T> rowsOf(String query, Class<T> row, List<LearningSet> sets) {
            return em.createNamedQuery(query, row).setParameter("sets", sets).getResultList();
        }
    }
}
