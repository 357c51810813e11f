package org.learningsets.web.programme;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.learningsets.ejb.meeting.MeetingPlace;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.programme.ManagedSet;
import org.learningsets.ejb.programme.ManagedSetService;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.ejb.set.SetViews.FacilitatorCandidate;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.web.platform.Messages;

/**
 * The programme lead's page for one set: its state and what it lacks, its facilitators, members and meetings,
 * and every change to them. Each form calls one service; a refusal is shown with its reasons and changes nothing,
 * and what was typed stays in the form.
 */
@Named
@ViewScoped
public class ManagedSetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ManagedSetService managedSets;

    @EJB
    SetService sets;

    @EJB
    FacilitatorService facilitators;

    @EJB
    MembershipService memberships;

    @EJB
    ScheduleService schedules;

    private String setId;
    private ManagedSet set;

    private String leadChoice;
    private String coChoice;
    private String handOverFrom;
    private String handOverTo;

    private String joinerId;
    private String moveWho;
    private String moveTo;
    private String withdrawWho;
    private String withdrawReason;

    private LocalDate firstDay;
    private final MeetingForm plan = new MeetingForm();
    private String editingMeetingId;
    private final MeetingForm change = new MeetingForm();

    /** A meeting's when and where as a form holds it, and the reason for changing it. */
    public static final class MeetingForm extends MeetingPlaceForm {
        private static final long serialVersionUID = 1L;
        private LocalDate day;
        private LocalTime time;
        private Integer minutes;
        private String reason;

        MeetingForm() {
            super(MeetingMode.VIRTUAL);
        }

        void from(MeetingView m) {
            day = m.start().toLocalDate();
            time = m.start().toLocalTime();
            minutes = m.durationMinutes();
            from(m.mode(), m.place(), m.link());
            reason = null;
        }

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate day) {
            this.day = day;
        }

        public LocalTime getTime() {
            return time;
        }

        public void setTime(LocalTime time) {
            this.time = time;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** A missing, unknown or tampered id, and a caller who is not a programme lead, get the refusal page. */
    public void load() {
        if (setId == null || setId.isBlank()) {
            throw new NotFoundException("Choose a set from its programme's page.");
        }
        refresh();
    }

    private void refresh() {
        set = managedSets.managed(setId);
    }

    public void activate() {
        act(() -> sets.activate(setId), set.name() + " is active: its members see it and its meetings.");
    }

    public void selfFacilitate() {
        act(
                () -> sets.selfFacilitate(setId),
                set.name() + " is self-facilitating: a member runs each meeting, in turn on a rota.");
    }

    public void closeSet() {
        act(() -> sets.close(setId), set.name() + " is closed; its future meetings are cancelled.");
    }

    public void archive() {
        act(() -> sets.archive(setId), set.name() + " is archived.");
    }

    public void assignLead() {
        if (required(leadChoice, "Choose the lead facilitator.")) {
            act(
                    () -> facilitators.assign(setId, leadChoice, FacilitatorRole.LEAD),
                    name(leadChoice) + " is the lead facilitator of " + set.name() + ".");
            leadChoice = null;
        }
    }

    public void assignCo() {
        if (required(coChoice, "Choose the co-facilitator.")) {
            act(
                    () -> facilitators.assign(setId, coChoice, FacilitatorRole.CO_FACILITATOR),
                    name(coChoice) + " is co-facilitator of " + set.name() + ".");
            coChoice = null;
        }
    }

    public void handOver() {
        if (required(handOverFrom, "Choose who hands the set over.")
                && required(handOverTo, "Choose who takes the set over.")) {
            String to = name(handOverTo);
            act(
                    () -> facilitators.handOver(setId, handOverFrom, handOverTo),
                    set.name() + " is handed over to " + to + ".");
            handOverTo = null;
        }
    }

    public void stepDown(String personId) {
        act(() -> facilitators.stepDown(setId, personId), "The co-facilitator stepped down.");
    }

    public void addJoiner() {
        if (required(joinerId, "Choose the person to add.")) {
            act(() -> memberships.add(setId, joinerId), "The person joined " + set.name() + ".");
            joinerId = null;
        }
    }

    public void move() {
        if (required(moveWho, "Choose the member to move.") && required(moveTo, "Choose the set to move them to.")) {
            act(() -> memberships.move(moveWho, setId, moveTo), "The member moved to their new set.");
            moveWho = null;
        }
    }

    public void withdraw() {
        if (required(withdrawWho, "Choose the member who withdraws.")) {
            act(
                    () -> memberships.withdraw(setId, withdrawWho, withdrawReason),
                    "The member is withdrawn; what they wrote stays theirs.");
            if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
                withdrawWho = null;
                withdrawReason = null;
            }
        }
    }

    public void planMeetings() {
        act(() -> schedules.plan(setId, firstDay, plan.where()), "The meetings of " + set.name() + " are planned.");
    }

    public void editMeeting(String meetingId) {
        editingMeetingId = meetingId;
        change.from(meeting(meetingId));
    }

    public void stopEditing() {
        editingMeetingId = null;
    }

    /** Saves what changed: the day, time and length (a move), the place or link, or both; each told to the set. */
    public void saveMeeting() {
        MeetingView before = meeting(editingMeetingId);
        boolean moved = !Objects.equals(change.day, before.start().toLocalDate())
                || !Objects.equals(change.time, before.start().toLocalTime())
                || !Objects.equals(change.minutes, before.durationMinutes());
        MeetingPlace where = change.where();
        boolean relocated = where.mode() != before.mode()
                || !Objects.equals(where.place(), before.place())
                || !Objects.equals(where.link(), before.link());
        if (!moved && !relocated) {
            Messages.error("Nothing was changed: change the day, time, length, place or link first.");
            return;
        }
        if (change.day == null || change.time == null || change.minutes == null) {
            Messages.error("Give the day, the time and the length of the meeting.");
            return;
        }
        boolean done = Messages.attempt(() -> {
            long version = before.version();
            if (moved) {
                version = schedules
                        .move(editingMeetingId, version, change.day.atTime(change.time), change.minutes, change.reason)
                        .version();
            }
            if (relocated) {
                schedules.relocate(editingMeetingId, version, where, change.reason);
            }
        });
        if (done) {
            Messages.infoNow("Meeting " + before.number() + " is changed; the set is told by mail.");
            editingMeetingId = null;
        }
        refresh();
    }

    public void cancelMeeting() {
        MeetingView m = meeting(editingMeetingId);
        if (Messages.attempt(() -> schedules.cancel(editingMeetingId, m.version(), change.reason))) {
            Messages.infoNow("Meeting " + m.number() + " is cancelled; the set is told by mail.");
            editingMeetingId = null;
        }
        refresh();
    }

    private MeetingView meeting(String meetingId) {
        return set.meetings().stream()
                .filter(m -> m.id().equals(meetingId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("That meeting is not one of this set's."));
    }

    private void act(Runnable call, String done) {
        if (Messages.attempt(call)) {
            Messages.infoNow(done);
        }
        refresh();
    }

    private static boolean required(String value, String message) {
        if (value == null || value.isBlank()) {
            Messages.error(message);
            return false;
        }
        return true;
    }

    private String name(String personId) {
        return set.candidates().stream()
                .filter(c -> c.personId().equals(personId))
                .map(FacilitatorCandidate::fullName)
                .findFirst()
                .orElse("The facilitator");
    }

    /** The candidates who may take the set, for the choice lists; the others are shown with the reason. */
    public List<FacilitatorCandidate> getAllowedCandidates() {
        return set.candidates().stream().filter(FacilitatorCandidate::isAllowed).toList();
    }

    public boolean isEditing(String meetingId) {
        return meetingId.equals(editingMeetingId);
    }

    public String getSetId() {
        return setId;
    }

    public void setSetId(String setId) {
        this.setId = setId;
    }

    public ManagedSet getSet() {
        return set;
    }

    public MeetingMode[] getModes() {
        return MeetingMode.values();
    }

    public String getLeadChoice() {
        return leadChoice;
    }

    public void setLeadChoice(String leadChoice) {
        this.leadChoice = leadChoice;
    }

    public String getCoChoice() {
        return coChoice;
    }

    public void setCoChoice(String coChoice) {
        this.coChoice = coChoice;
    }

    public String getHandOverFrom() {
        return handOverFrom;
    }

    public void setHandOverFrom(String handOverFrom) {
        this.handOverFrom = handOverFrom;
    }

    public String getHandOverTo() {
        return handOverTo;
    }

    public void setHandOverTo(String handOverTo) {
        this.handOverTo = handOverTo;
    }

    public String getJoinerId() {
        return joinerId;
    }

    public void setJoinerId(String joinerId) {
        this.joinerId = joinerId;
    }

    public String getMoveWho() {
        return moveWho;
    }

    public void setMoveWho(String moveWho) {
        this.moveWho = moveWho;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public String getWithdrawWho() {
        return withdrawWho;
    }

    public void setWithdrawWho(String withdrawWho) {
        this.withdrawWho = withdrawWho;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public MeetingForm getPlan() {
        return plan;
    }

    public MeetingForm getChange() {
        return change;
    }

    public String getEditingMeetingId() {
        return editingMeetingId;
    }
}
