package org.learningsets.web.programme;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.meeting.MeetingPlace;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.participant.ParticipantImportService;
import org.learningsets.ejb.programme.ProgrammeOverview;
import org.learningsets.ejb.programme.ProgrammeOverviewService;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.ProgrammeStatus;
import org.learningsets.model.set.SetState;
import org.learningsets.web.platform.Messages;
import org.learningsets.web.platform.RequestAddress;

/**
 * The programme lead's hub for one programme: where it stands and the next steps, the people and sets, its
 * settings (changed here, version-checked), opening and closing, and planning every set's meetings at once. A
 * refusal is shown on the page and changes nothing.
 */
@Named
@ViewScoped
public class ProgrammePageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProgrammeOverviewService overviews;

    @EJB
    ProgrammeService programmes;

    @EJB
    ScheduleService schedules;

    @EJB
    ParticipantImportService imports;

    private String programmeId;
    private ProgrammeOverview overview;
    private final ProgrammeSettingsForm settings = new ProgrammeSettingsForm();
    private boolean editing;
    private LocalDate firstMeetingDay;
    private List<MeetingPlan> plans = List.of();

    /** How and where one set without meetings will meet, as the lead types it. */
    public static final class MeetingPlan extends MeetingPlaceForm {
        private static final long serialVersionUID = 1L;
        private final String setId;
        private final String setName;

        MeetingPlan(String setId, String setName, MeetingMode mode) {
            super(mode);
            this.setId = setId;
            this.setName = setName;
        }

        public String getSetId() {
            return setId;
        }

        public String getSetName() {
            return setName;
        }
    }

    /** A missing, unknown or tampered id, and a caller who is not a programme lead, get the refusal page. */
    public void load() {
        if (programmeId == null || programmeId.isBlank()) {
            throw new NotFoundException("Choose a programme from your home page.");
        }
        refresh();
    }

    private void refresh() {
        overview = overviews.overview(programmeId);
        if (!editing) {
            settings.from(overview.programme());
        }
        Map<String, MeetingPlan> typed = new LinkedHashMap<>();
        plans.forEach(p -> typed.put(p.getSetId(), p));
        List<MeetingPlan> fresh = new ArrayList<>();
        for (ProgrammeOverview.SetCard s : overview.sets()) {
            if (s.plannedMeetings() == 0
                    && (s.state() == SetState.FORMING || s.state().isMeeting())) {
                fresh.add(typed.getOrDefault(
                        s.setId(),
                        new MeetingPlan(
                                s.setId(), s.name(), overview.programme().mode())));
            }
        }
        plans = fresh;
        if (firstMeetingDay == null) {
            firstMeetingDay = suggestedFirstDay();
        }
    }

    /** The first meeting day of the cadence on or after the later of today and the programme's start. */
    private LocalDate suggestedFirstDay() {
        LocalDate from = overview.programme().startDate().isAfter(LocalDate.now())
                ? overview.programme().startDate()
                : LocalDate.now();
        return settings.firstCadenceDayFrom(from);
    }

    public void startEditing() {
        settings.from(overview.programme());
        editing = true;
    }

    public void cancelEditing() {
        editing = false;
        settings.from(overview.programme());
    }

    public void saveSettings() {
        if (Messages.attempt(
                () -> programmes.edit(programmeId, overview.programme().version(), settings.draft()))) {
            editing = false;
            Messages.infoNow("The programme's settings are saved.");
        }
        refresh();
    }

    public void open() {
        if (Messages.attempt(() -> programmes.open(programmeId))) {
            Messages.infoNow(overview.programme().name() + " is open.");
        }
        refresh();
    }

    public void close() {
        if (Messages.attempt(() -> programmes.close(programmeId))) {
            Messages.infoNow(overview.programme().name() + " is closed.");
        }
        refresh();
    }

    /** Invites the people enrolled without an account: each gets the invitation to set a password. */
    public void invite() {
        int[] invited = new int[1];
        if (Messages.attempt(() -> invited[0] = imports.inviteWithoutAccount(programmeId, RequestAddress.base()))) {
            Messages.infoNow((invited[0] == 1 ? "1 person was" : invited[0] + " people were") + " invited to set "
                    + "a password; the invitations are in the outbox unless a mail server sends them.");
        }
        refresh();
    }

    /** Plans the meetings of every set that has none yet, all or nothing. */
    public void planMeetings() {
        Map<String, MeetingPlace> places = new LinkedHashMap<>();
        plans.forEach(p -> places.put(p.getSetId(), p.where()));
        int[] planned = new int[1];
        if (Messages.attempt(() -> planned[0] = schedules.planAll(programmeId, firstMeetingDay, places))) {
            Messages.infoNow("Meetings are planned for " + (planned[0] == 1 ? "1 set" : planned[0] + " sets")
                    + ". Members see them on their pages and in their calendars.");
        }
        refresh();
    }

    public boolean isDraft() {
        return overview.programme().status() == ProgrammeStatus.DRAFT;
    }

    public boolean isClosed() {
        return overview.programme().status() == ProgrammeStatus.CLOSED;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public ProgrammeOverview getOverview() {
        return overview;
    }

    public ProgrammeSettingsForm getSettings() {
        return settings;
    }

    public boolean isEditing() {
        return editing;
    }

    public LocalDate getFirstMeetingDay() {
        return firstMeetingDay;
    }

    public void setFirstMeetingDay(LocalDate firstMeetingDay) {
        this.firstMeetingDay = firstMeetingDay;
    }

    public List<MeetingPlan> getPlans() {
        return plans;
    }

    public MeetingMode[] getModes() {
        return MeetingMode.values();
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public CadenceKind[] getCadences() {
        return CadenceKind.values();
    }
}
