package org.learningsets.web.programme;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.learningsets.ejb.programme.ProgrammeDraft;
import org.learningsets.ejb.programme.ProgrammeSetupService;
import org.learningsets.model.evaluation.EvaluationItem;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.web.platform.Messages;

/**
 * The programme set-up wizard: five short steps (programme, meetings, sets, themes, evaluation) and a review. The
 * answers stay in this view until "Create the programme", which sets everything up in one service call; each
 * step checks its own fields before moving on, and Back keeps everything typed.
 */
@Named
@ViewScoped
public class ProgrammeWizardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The wizard's steps in order; the code decides by the step, the page shows its heading. */
    enum Step {
        PROGRAMME("Programme"),
        MEETINGS("Meetings"),
        SETS("Sets"),
        THEMES("Themes"),
        EVALUATION("Evaluation"),
        REVIEW("Review");

        private final String heading;

        Step(String heading) {
            this.heading = heading;
        }
    }

    private static final Step[] STEPS = Step.values();

    @EJB
    ProgrammeSetupService setup;

    private int step;

    private String name;
    private String sponsor;
    private LocalDate startDate;
    private LocalDate endDate;
    private CadenceKind cadence = CadenceKind.MONTHLY_WEEKDAY;
    private DayOfWeek weekday = DayOfWeek.TUESDAY;
    private Integer weekOfMonth = 2;
    private Integer weeksBetweenMeetings = 4;
    private LocalTime startTime = LocalTime.of(14, 0);
    private Integer meetingMinutes = 180;
    private MeetingMode mode = MeetingMode.VIRTUAL;
    private Integer minSetSize = 5;
    private Integer maxSetSize = 8;
    private Integer minimumMeetings = 6;
    private String themes = "";
    private boolean scheduleEvaluation = true;
    private LocalDate evaluationOpensOn;
    private boolean offerPulse;

    public void next() {
        if (stepIsComplete()) {
            step = Math.min(step + 1, STEPS.length - 1);
            if (current() == Step.EVALUATION && evaluationOpensOn == null && endDate != null) {
                evaluationOpensOn = endDate.minusWeeks(4);
            }
        }
    }

    public void back() {
        step = Math.max(0, step - 1);
    }

    public String create() {
        ProgrammeDraft draft = new ProgrammeDraft(
                name,
                sponsor,
                startDate,
                endDate,
                cadence,
                weekday,
                cadence == CadenceKind.MONTHLY_WEEKDAY ? weekOfMonth : null,
                cadence == CadenceKind.EVERY_N_WEEKS ? weeksBetweenMeetings : null,
                startTime,
                meetingMinutes,
                minSetSize,
                maxSetSize,
                minimumMeetings,
                mode);
        String[] created = new String[1];
        if (!Messages.attempt(() -> created[0] =
                setup.setUp(draft, themeList(), scheduleEvaluation ? evaluationOpensOn : null, offerPulse))) {
            return null;
        }
        Messages.info(name + " is set up"
                + (themeList().isEmpty() ? "" : " with " + themeList().size() + " themes")
                + (scheduleEvaluation ? "; its evaluation opens on " + DAY.format(evaluationOpensOn) : "") + ".");
        // Straight to the new programme's page, where its next steps start.
        return "/programmes/programme?faces-redirect=true&id=" + created[0];
    }

    /** The fields of the current step that the service would refuse, caught here so the wizard can say where. */
    private boolean stepIsComplete() {
        switch (current()) {
            case PROGRAMME -> {
                if (blank(name) || blank(sponsor)) {
                    Messages.error("Give the programme a name and name its sponsor organisation.");
                    return false;
                }
            }
            case MEETINGS -> {
                if (startDate == null || endDate == null || !endDate.isAfter(startDate)) {
                    Messages.error("Choose a start date and an end date after it.");
                    return false;
                }
                if (startTime == null || meetingMinutes == null) {
                    Messages.error("Give the time meetings start and how many minutes they last.");
                    return false;
                }
            }
            case SETS -> {
                if (minSetSize == null || maxSetSize == null || minimumMeetings == null) {
                    Messages.error("Give the smallest and largest set size and the minimum number of meetings.");
                    return false;
                }
                if (minSetSize > maxSetSize) {
                    Messages.error("The smallest set size cannot be more than the largest.");
                    return false;
                }
            }
            case EVALUATION -> {
                if (scheduleEvaluation && (evaluationOpensOn == null || evaluationOpensOn.isAfter(endDate))) {
                    Messages.error("Choose a day on or before the programme's last day (" + endDate
                            + ") for the evaluation to open, or untick it.");
                    return false;
                }
            }
            default -> {
                return true;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<String> themeList() {
        return Arrays.stream(themes.split("\\R"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    public String getThemeSummary() {
        return themeList().isEmpty() ? "none yet" : String.join(", ", themeList());
    }

    /** The steps' headings, for the list of steps at the top of the page. */
    public List<String> getSteps() {
        return Arrays.stream(STEPS).map(s -> s.heading).toList();
    }

    private Step current() {
        return STEPS[step];
    }

    public List<EvaluationItem> getEvaluationItems() {
        return List.of(EvaluationItem.values());
    }

    public CadenceKind[] getCadences() {
        return CadenceKind.values();
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public MeetingMode[] getModes() {
        return MeetingMode.values();
    }

    public int getStep() {
        return step;
    }

    public String getStepName() {
        return current().heading;
    }

    /** Monthly on a weekday (rather than every few weeks): the review says which. */
    public boolean isMonthly() {
        return cadence == CadenceKind.MONTHLY_WEEKDAY;
    }

    public boolean isAtProgramme() {
        return current() == Step.PROGRAMME;
    }

    public boolean isAtMeetings() {
        return current() == Step.MEETINGS;
    }

    public boolean isAtSets() {
        return current() == Step.SETS;
    }

    public boolean isAtThemes() {
        return current() == Step.THEMES;
    }

    public boolean isAtEvaluation() {
        return current() == Step.EVALUATION;
    }

    public boolean isAtReview() {
        return current() == Step.REVIEW;
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

    public void setSponsor(String sponsor) {
        this.sponsor = sponsor;
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

    public MeetingMode getMode() {
        return mode;
    }

    public void setMode(MeetingMode mode) {
        this.mode = mode;
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

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes == null ? "" : themes;
    }

    public boolean isScheduleEvaluation() {
        return scheduleEvaluation;
    }

    public void setScheduleEvaluation(boolean scheduleEvaluation) {
        this.scheduleEvaluation = scheduleEvaluation;
    }

    public boolean isOfferPulse() {
        return offerPulse;
    }

    public void setOfferPulse(boolean offerPulse) {
        this.offerPulse = offerPulse;
    }

    public LocalDate getEvaluationOpensOn() {
        return evaluationOpensOn;
    }

    public void setEvaluationOpensOn(LocalDate evaluationOpensOn) {
        this.evaluationOpensOn = evaluationOpensOn;
    }
}
