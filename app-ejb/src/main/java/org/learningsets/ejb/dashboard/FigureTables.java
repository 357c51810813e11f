package org.learningsets.ejb.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.learningsets.ejb.dashboard.DashboardViews.HealthFlag;
import org.learningsets.ejb.dashboard.DashboardViews.SetDashboard;
import org.learningsets.ejb.dashboard.DashboardViews.SetHeadline;

/**
 * The dashboard figures as tables for export: the same figures, and no more text, than the pages show. Values are
 * numbers, dates or short text; an empty cell means "no figure yet" (e.g. no attendance recorded).
 */
public final class FigureTables {

    /** One table: a sheet in the workbook, a section in the CSV file. */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {

        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    private FigureTables() {}

    /** One set's dashboard: summary, attendance by meeting and by member, time, issues, set health. */
    public static List<Table> of(SetDashboard d) {
        List<Table> tables = new ArrayList<>();
        tables.add(summary(List.of(d.headline())));
        tables.add(new Table(
                "Attendance by meeting",
                List.of("Meeting", "Date", "Present", "Apologies", "Absent", "Attendance %"),
                d.attendanceByMeeting().stream()
                        .map(m -> row(m.number(), m.date(), m.present(), m.apologies(), m.absent(), m.ratePercent()))
                        .toList()));
        tables.add(new Table(
                "Attendance by member",
                List.of("Member", "Present", "Apologies", "Absent", "Attendance %"),
                d.attendanceByMember().stream()
                        .map(m -> row(m.name(), m.present(), m.apologies(), m.absent(), m.ratePercent()))
                        .toList()));
        tables.add(new Table(
                "Time used and booked",
                List.of("Meeting", "Date", "Minutes used", "Minutes booked", "Meeting minutes"),
                d.timeByMeeting().stream()
                        .map(t -> row(t.number(), t.date(), t.minutesUsed(), t.minutesBooked(), t.meetingMinutes()))
                        .toList()));
        tables.add(new Table(
                "Issues",
                List.of("Issue", "Issue holder", "Status", "Raised", "Age in days"),
                d.issueAges().stream()
                        .map(i -> row(i.title(), i.holderName(), i.statusLabel(), i.raised(), i.ageDays()))
                        .toList()));
        tables.add(health(d.setName(), d.health(), false));
        return tables;
    }

    /** Across a facilitator's sets: one summary row per set and every set's health flags. */
    public static List<Table> of(List<SetHeadline> sets) {
        List<HealthFlag> none = List.of();
        Table health = health(null, none, true);
        List<List<Object>> flags = new ArrayList<>();
        for (SetHeadline s : sets) {
            flags.addAll(health(s.setName(), s.health(), true).rows());
        }
        return List.of(summary(sets), new Table(health.name(), health.headers(), flags));
    }

    private static Table summary(List<SetHeadline> sets) {
        return new Table(
                "Summary",
                List.of(
                        "Set",
                        "Programme",
                        "Meetings held",
                        "Meetings planned",
                        "Meetings cancelled",
                        "Programme minimum",
                        "Attendance %",
                        "Actions done",
                        "Actions carried forward",
                        "Actions open",
                        "Actions dropped",
                        "Actions overdue",
                        "Issues open",
                        "Issues resolved",
                        "Issues dropped",
                        "Average age of open issues (days)",
                        "Average days to resolve",
                        "Minutes used",
                        "Minutes booked",
                        "Members flagged"),
                sets.stream()
                        .map(s -> row(
                                s.setName(),
                                s.programmeName(),
                                s.meetings().held(),
                                s.meetings().planned(),
                                s.meetings().cancelled(),
                                s.meetings().programmeMinimum(),
                                s.attendanceRatePercent(),
                                s.actions().done(),
                                s.actions().carriedForward(),
                                s.actions().open(),
                                s.actions().dropped(),
                                s.actions().overdue(),
                                s.issues().open(),
                                s.issues().resolved(),
                                s.issues().dropped(),
                                s.issues().averageOpenAgeDays(),
                                s.issues().averageDaysToResolve(),
                                s.minutesUsed(),
                                s.minutesBooked(),
                                s.health().size()))
                        .toList());
    }

    private static Table health(String setName, List<HealthFlag> flags, boolean withSet) {
        List<String> headers =
                new ArrayList<>(List.of("Member", "Meetings missed in a row", "Overdue actions", "Flag"));
        if (withSet) {
            headers.add(0, "Set");
        }
        return new Table(
                "Set health",
                headers,
                flags.stream()
                        .map(f -> {
                            List<Object> row = new ArrayList<>(row(
                                    f.memberName(),
                                    f.missedMeetings()
                                            ? f.missedInARow().stream()
                                                    .map(String::valueOf)
                                                    .collect(Collectors.joining(", "))
                                            : "",
                                    f.overdueActions(),
                                    f.describe()));
                            if (withSet) {
                                row.add(0, setName);
                            }
                            return (List<Object>) row;
                        })
                        .toList());
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v);
        }
        return row;
    }
}
