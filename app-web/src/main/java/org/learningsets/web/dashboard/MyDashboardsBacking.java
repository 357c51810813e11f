package org.learningsets.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.learningsets.ejb.dashboard.DashboardService;
import org.learningsets.ejb.dashboard.DashboardViews.SetHeadline;
import org.learningsets.ejb.dashboard.FigureTables;
import org.learningsets.model.common.TimeZones;
import org.learningsets.web.platform.BarCharts;
import org.learningsets.web.platform.Downloads;
import org.primefaces.model.StreamedContent;

/** "My dashboards": the headline figures and health flags of every set the facilitator runs now. */
@Named
@RequestScoped
public class MyDashboardsBacking {

    @EJB
    DashboardService dashboards;

    private List<SetHeadline> sets;

    /** Before rendering, so a refusal (not a facilitator) reaches the refusal page. */
    public void load() {
        sets = dashboards.mine();
    }

    public List<SetHeadline> getSets() {
        if (sets == null) {
            load();
        }
        return sets;
    }

    public int getFlagCount() {
        return getSets().stream().mapToInt(s -> s.health().size()).sum();
    }

    public String getActionsChart() {
        List<SetHeadline> rows = getSets();
        return BarCharts.bars(
                rows.stream().map(SetHeadline::setName).toList(),
                true,
                "Actions",
                new BarCharts.Series(
                        "Done", rows.stream().map(s -> s.actions().done()).toList(), BarCharts.GREEN),
                new BarCharts.Series(
                        "Carried forward",
                        rows.stream().map(s -> s.actions().carriedForward()).toList(),
                        BarCharts.ORANGE),
                new BarCharts.Series(
                        "Open", rows.stream().map(s -> s.actions().open()).toList(), BarCharts.BLUE),
                new BarCharts.Series(
                        "Dropped", rows.stream().map(s -> s.actions().dropped()).toList(), BarCharts.GREY));
    }

    public String getAttendanceChart() {
        List<SetHeadline> rows = getSets();
        return BarCharts.bars(
                rows.stream().map(SetHeadline::setName).toList(),
                false,
                "Attendance %",
                new BarCharts.Series(
                        "Attendance %",
                        rows.stream().map(SetHeadline::attendanceRatePercent).toList(), BarCharts.BLUE));
    }

    public StreamedContent getCsv() {
        return Downloads.csv("dashboard", "my-sets", today(), FigureTables.of(dashboards.mine()));
    }

    public StreamedContent getExcel() {
        return Downloads.excel("dashboard", "my-sets", today(), FigureTables.of(dashboards.mine()));
    }

    private static LocalDate today() {
        return LocalDate.now(TimeZones.LONDON);
    }
}
