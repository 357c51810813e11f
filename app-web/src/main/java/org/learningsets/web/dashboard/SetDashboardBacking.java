package org.learningsets.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.dashboard.DashboardService;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingAttendance;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingTime;
import org.learningsets.ejb.dashboard.DashboardViews.SetDashboard;
import org.learningsets.ejb.dashboard.FigureTables;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.web.platform.BarCharts;
import org.learningsets.web.platform.Downloads;
import org.primefaces.model.StreamedContent;

/**
 * One set's dashboard for its facilitators. View scoped so a download postback still knows the set (the page's
 * conditions are evaluated before view parameters are applied); each download asks the service again, so the file
 * holds current figures and the access check runs again.
 */
@Named
@ViewScoped
public class SetDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DashboardService dashboards;

    private String setId;
    private transient SetDashboard dashboard;

    /** Anyone but the set's current facilitators is refused by the service: the refusal page. */
    public void load() {
        if (setId == null || setId.isBlank()) {
            throw new NotFoundException("No set was named; open a dashboard from My dashboards.");
        }
        dashboard = dashboards.ofSet(setId);
    }

    public SetDashboard getView() {
        if (dashboard == null) {
            load();
        }
        return dashboard;
    }

    public String getAttendanceChart() {
        List<MeetingAttendance> rows = getView().attendanceByMeeting();
        return BarCharts.bars(
                rows.stream().map(m -> "Meeting " + m.number()).toList(),
                true,
                "Members",
                new BarCharts.Series(
                        "Present", rows.stream().map(MeetingAttendance::present).toList(), BarCharts.BLUE),
                new BarCharts.Series(
                        "Apologies",
                        rows.stream().map(MeetingAttendance::apologies).toList(),
                        BarCharts.ORANGE),
                new BarCharts.Series(
                        "Absent", rows.stream().map(MeetingAttendance::absent).toList(), BarCharts.RED));
    }

    public String getTimeChart() {
        List<MeetingTime> rows = getView().timeByMeeting();
        return BarCharts.bars(
                rows.stream().map(m -> "Meeting " + m.number()).toList(),
                false,
                "Minutes",
                new BarCharts.Series(
                        "Used in rounds",
                        rows.stream().map(MeetingTime::minutesUsed).toList(),
                        BarCharts.BLUE),
                new BarCharts.Series(
                        "Booked on the agenda",
                        rows.stream().map(MeetingTime::minutesBooked).toList(),
                        BarCharts.ORANGE),
                new BarCharts.Series(
                        "Meeting length",
                        rows.stream().map(MeetingTime::meetingMinutes).toList(),
                        BarCharts.GREY));
    }

    public String getActionsChart() {
        var a = getView().actions();
        return BarCharts.bars(
                List.of("Done", "Carried forward", "Open", "Overdue", "Dropped"),
                false,
                "Actions",
                new BarCharts.Series(
                        "Actions",
                        List.of(a.done(), a.carriedForward(), a.open(), a.overdue(), a.dropped()),
                        BarCharts.BLUE));
    }

    public StreamedContent getCsv() {
        SetDashboard d = dashboards.ofSet(setId);
        return Downloads.csv("dashboard", d.setName(), d.today(), FigureTables.of(d));
    }

    public StreamedContent getExcel() {
        SetDashboard d = dashboards.ofSet(setId);
        return Downloads.excel("dashboard", d.setName(), d.today(), FigureTables.of(d));
    }

    public String getSetId() {
        return setId;
    }

    public void setSetId(String setId) {
        this.setId = setId;
    }
}
