package org.learningsets.web.programme;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.learningsets.ejb.programme.ProgrammeDraft;
import org.learningsets.ejb.programme.ProgrammeView;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.MeetingMode;

/** A programme's settings as an edit form holds them while the lead types; the service checks them on save. */
public class ProgrammeSettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String sponsor;
    private LocalDate startDate;
    private LocalDate endDate;
    private CadenceKind cadence;
    private DayOfWeek weekday;
    private Integer weekOfMonth;
    private Integer weeksBetweenMeetings;
    private LocalTime startTime;
    private Integer meetingMinutes;
    private Integer minSetSize;
    private Integer maxSetSize;
    private Integer minimumMeetings;
    private MeetingMode mode;

    void from(ProgrammeView view) {
        ProgrammeDraft d = view.settings();
        name = d.name();
        sponsor = d.sponsor();
        startDate = d.startDate();
        endDate = d.endDate();
        cadence = d.cadence();
        weekday = d.weekday();
        weekOfMonth = d.weekOfMonth() == null ? 1 : d.weekOfMonth();
        weeksBetweenMeetings = d.weeksBetweenMeetings() == null ? 4 : d.weeksBetweenMeetings();
        startTime = d.startTime();
        meetingMinutes = d.meetingMinutes();
        minSetSize = d.minSetSize();
        maxSetSize = d.maxSetSize();
        minimumMeetings = d.minimumMeetings();
        mode = d.mode();
    }

    /** What the service is asked to save; a number left empty is refused by the service with its message. */
    ProgrammeDraft draft() {
        return new ProgrammeDraft(
                name,
                sponsor,
                startDate,
                endDate,
                cadence,
                weekday,
                cadence == CadenceKind.MONTHLY_WEEKDAY ? weekOfMonth : null,
                cadence == CadenceKind.EVERY_N_WEEKS ? weeksBetweenMeetings : null,
                startTime,
                orZero(meetingMinutes),
                orZero(minSetSize),
                orZero(maxSetSize),
                orZero(minimumMeetings),
                mode);
    }

    /** The cadence's first meeting day on or after {@code from}: where the lead's first meeting usually falls. */
    LocalDate firstCadenceDayFrom(LocalDate from) {
        if (cadence != CadenceKind.MONTHLY_WEEKDAY || weekOfMonth == null) {
            return from.with(TemporalAdjusters.nextOrSame(weekday));
        }
        LocalDate candidate = from.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday));
        return candidate.isBefore(from)
                ? from.plusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday))
                : candidate;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSponsor() {
        return sponsor;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public CadenceKind getCadence() {
        return cadence;
    }

    public void setCadence(CadenceKind cadence) {
        this.cadence = cadence;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public Integer getWeekOfMonth() {
        return weekOfMonth;
    }

    public void setWeekOfMonth(Integer weekOfMonth) {
        this.weekOfMonth = weekOfMonth;
    }

    public Integer getWeeksBetweenMeetings() {
        return weeksBetweenMeetings;
    }

    public void setWeeksBetweenMeetings(Integer weeksBetweenMeetings) {
        this.weeksBetweenMeetings = weeksBetweenMeetings;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public Integer getMeetingMinutes() {
        return meetingMinutes;
    }

    public void setMeetingMinutes(Integer meetingMinutes) {
        this.meetingMinutes = meetingMinutes;
    }

    public Integer getMinSetSize() {
        return minSetSize;
    }

    public void setMinSetSize(Integer minSetSize) {
        this.minSetSize = minSetSize;
    }

    public Integer getMaxSetSize() {
        return maxSetSize;
    }

    public void setMaxSetSize(Integer maxSetSize) {
        this.maxSetSize = maxSetSize;
    }

    public Integer getMinimumMeetings() {
        return minimumMeetings;
    }

    public void setMinimumMeetings(Integer minimumMeetings) {
        this.minimumMeetings = minimumMeetings;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public void setMode(MeetingMode mode) {
        this.mode = mode;
    }
}
