package org.learningsets.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.learningsets.model.common.Checks;

/**
 * How often a programme's sets meet. Times are wall-clock times in Europe/London, so a 14:00 meeting stays at
 * 14:00 across the clock changes.
 */
@Embeddable
public class Cadence {

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_kind", length = 20, nullable = false)
    private CadenceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_weekday", length = 10, nullable = false)
    private DayOfWeek weekday;

    /** For monthly cadence: 1 to 4 (first to fourth weekday of the month). */
    @Column(name = "cadence_week_of_month")
    private Integer weekOfMonth;

    /** For every-N-weeks cadence: 1 to 12. */
    @Column(name = "cadence_interval_weeks")
    private Integer intervalWeeks;

    @Column(name = "cadence_start_time", nullable = false)
    private LocalTime startTime;

    protected Cadence() {}

    private Cadence(
            CadenceKind kind, DayOfWeek weekday, Integer weekOfMonth, Integer intervalWeeks, LocalTime startTime) {
        this.kind = kind;
        this.weekday = Checks.required(weekday, "Weekday");
        this.weekOfMonth = weekOfMonth;
        this.intervalWeeks = intervalWeeks;
        this.startTime = Checks.required(startTime, "Start time");
    }

    public static Cadence monthly(int weekOfMonth, DayOfWeek weekday, LocalTime startTime) {
        return new Cadence(
                CadenceKind.MONTHLY_WEEKDAY,
                weekday,
                Checks.between(weekOfMonth, 1, 4, "Week of the month"),
                null,
                startTime);
    }

    public static Cadence everyWeeks(int weeks, DayOfWeek weekday, LocalTime startTime) {
        return new Cadence(
                CadenceKind.EVERY_N_WEEKS,
                weekday,
                null,
                Checks.between(weeks, 1, 12, "Weeks between meetings"),
                startTime);
    }

    /** The first {@code count} meeting starts on or after {@code from}, in Europe/London wall-clock time. */
    public List<LocalDateTime> meetingStarts(LocalDate from, int count) {
        Checks.required(from, "First date");
        List<LocalDateTime> starts = new ArrayList<>(count);
        if (kind == CadenceKind.MONTHLY_WEEKDAY) {
            LocalDate month = from.withDayOfMonth(1);
            while (starts.size() < count) {
                LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday));
                if (!day.isBefore(from)) {
                    starts.add(day.atTime(startTime));
                }
                month = month.plusMonths(1);
            }
        } else {
            LocalDate day = from.with(TemporalAdjusters.nextOrSame(weekday));
            while (starts.size() < count) {
                starts.add(day.atTime(startTime));
                day = day.plusWeeks(intervalWeeks);
            }
        }
        return starts;
    }

    public CadenceKind getKind() {
        return kind;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public Integer getWeekOfMonth() {
        return weekOfMonth;
    }

    public Integer getIntervalWeeks() {
        return intervalWeeks;
    }

    public LocalTime getStartTime() {
        return startTime;
    }
}
