package org.learningsets.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.history.ProgrammeChanges;
import org.learningsets.ejb.mail.OutgoingMail;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.set.PlacementRules;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.ChangeKind;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;

/**
 * A set's meetings: the series generated from the programme's cadence and length, with the set's own mode and
 * place or join link, and changes to single meetings (each with a reason, told to the set by mail). Times are
 * Europe/London wall-clock times.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class ScheduleService {

    private static final String REASON_NEEDED = "Say why, in a few words: the set is told.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Rota rota;

    @Inject
    Callers callers;

    @Inject
    SetAccess access;

    @Inject
    PlacementRules placement;

    @Inject
    ProgrammeChanges changes;

    @Inject
    Clock clock;

    @Inject
    Event<OutgoingMail.Batch> mail;

    /** {@link #plan} with the programme's mode. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<MeetingView> generate(
            @NotNull String setId,
            @NotNull LocalDate firstDay,
            @Size(max = FieldLengths.NAME) String place,
            @Size(max = FieldLengths.URL) String link) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        return planned(set, firstDay, new MeetingPlace(set.getProgramme().getMode(), place, link));
    }

    /**
     * Plans the programme's minimum number of meetings from {@code firstDay} on, on the programme's cadence. All of
     * them must fall before the programme ends; a set that already has planned meetings keeps them (nothing is
     * planned twice).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<MeetingView> plan(
            @NotNull String setId,
            @NotNull(message = "Choose the day of the first meeting.") LocalDate firstDay,
            @NotNull @Valid MeetingPlace where) {
        return planned(Find.byIdForUpdate(em, LearningSet.class, setId, "The set"), firstDay, where);
    }

    /**
     * Plans every set of the programme that has no planned meetings yet, all from the same first day, each with
     * its own mode and place or link; all or nothing.
     *
     * @param places set id to how and where it meets, for each set to plan
     * @return how many sets were planned
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public int planAll(
            @NotNull String programmeId,
            @NotNull(message = "Choose the day of the first meeting.") LocalDate firstDay,
            @NotNull Map<String, @Valid MeetingPlace> places) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        List<LearningSet> toPlan = em.createNamedQuery("LearningSet.findByProgramme", LearningSet.class)
                .setParameter("programme", programme)
                .getResultStream()
                .filter(s -> schedulable(s) && plannedCount(s) == 0)
                .toList();
        if (toPlan.isEmpty()) {
            throw new StateException("Every set of " + programme.getName() + " that can meet has its meetings "
                    + "planned already; change single meetings on each set's page.");
        }
        List<String> problems = new ArrayList<>();
        for (LearningSet set : toPlan) {
            MeetingPlace where = places.get(set.getId());
            if (where == null) {
                problems.add("Say how and where " + set.getName() + " meets.");
                continue;
            }
            try {
                planned(
                        em.find(LearningSet.class, set.getId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE),
                        firstDay,
                        where);
            } catch (InvalidInputException | StateException e) {
                problems.add(set.getName() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            // Nothing is kept: the transaction rolls back with this exception.
            throw new InvalidInputException(String.join(" ", problems));
        }
        return toPlan.size();
    }

    /** Moves one planned meeting; refused when someone else changed it since {@code expectedVersion}. */
    public MeetingView move(
            @NotNull String meetingId,
            long expectedVersion,
            @NotNull(message = "Choose the new day and time.") LocalDateTime newStart,
            @Min(value = 15, message = "A meeting lasts at least 15 minutes.")
                    @Max(value = 480, message = "A meeting lasts at most 8 hours.")
                    int durationMinutes,
            @NotBlank(message = REASON_NEEDED) @Size(max = FieldLengths.REASON) String reason) {
        Meeting meeting = editable(meetingId, expectedVersion);
        if (newStart.isBefore(LocalDateTime.now(clock.withZone(TimeZones.LONDON)))) {
            throw new InvalidInputException("A meeting cannot be moved into the past.");
        }
        ZonedDateTime oldStart = meeting.getStart();
        ZonedDateTime oldEnd = meeting.getEnd();
        meeting.moveTo(newStart, durationMinutes);
        em.flush();
        String text = meeting.getSet().getName() + ", meeting " + meeting.getSequenceNumber() + " moved from "
                + MeetingChangeMail.when(oldStart, oldEnd) + " to "
                + MeetingChangeMail.when(meeting.getStart(), meeting.getEnd()) + ". Reason: " + reason.strip();
        tell(
                meeting,
                ChangeKind.MEETING_MOVED,
                "moved to " + MeetingChangeMail.when(meeting.getStart(), meeting.getEnd()),
                text);
        return MeetingView.of(meeting);
    }

    /** Changes how and where one planned meeting happens (a room, a join link). */
    public MeetingView relocate(
            @NotNull String meetingId,
            long expectedVersion,
            @NotNull @Valid MeetingPlace where,
            @NotBlank(message = REASON_NEEDED) @Size(max = FieldLengths.REASON) String reason) {
        Meeting meeting = editable(meetingId, expectedVersion);
        meeting.relocate(where.mode(), where.place(), where.link());
        em.flush();
        String text = meeting.getSet().getName() + ", meeting " + meeting.getSequenceNumber() + " on "
                + MeetingChangeMail.when(meeting.getStart(), meeting.getEnd()) + " is now "
                + MeetingChangeMail.where(meeting) + ". Reason: " + reason.strip();
        tell(meeting, ChangeKind.MEETING_PLACE_CHANGED, "new place or link", text);
        return MeetingView.of(meeting);
    }

    public MeetingView cancel(
            @NotNull String meetingId,
            long expectedVersion,
            @NotBlank(message = REASON_NEEDED) @Size(max = FieldLengths.REASON) String reason) {
        Meeting meeting = editable(meetingId, expectedVersion);
        meeting.cancel();
        em.flush();
        String text = meeting.getSet().getName() + ", meeting " + meeting.getSequenceNumber() + " on "
                + MeetingChangeMail.when(meeting.getStart(), meeting.getEnd()) + " is cancelled. Reason: "
                + reason.strip();
        tell(meeting, ChangeKind.MEETING_CANCELLED, "cancelled", text);
        return MeetingView.of(meeting);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
    public List<MeetingView> meetings(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        if (!callers.account().getRoles().contains(Role.ADMIN)) {
            access.requireMemberOrFacilitator(set, callers.person());
        }
        return em.createNamedQuery("Meeting.ofSet", Meeting.class)
                .setParameter("set", set)
                .getResultStream()
                .map(MeetingView::of)
                .toList();
    }

    private List<MeetingView> planned(LearningSet set, LocalDate firstDay, MeetingPlace where) {
        if (!schedulable(set)) {
            throw new StateException(set.getName() + " is "
                    + set.getState().getLabel().toLowerCase() + "; its meetings cannot be planned any more.");
        }
        if (plannedCount(set) > 0) {
            throw new StateException(
                    set.getName() + " already has planned meetings; move or cancel single " + "meetings instead.");
        }
        Programme programme = set.getProgramme();
        if (firstDay.isBefore(LocalDate.now(clock.withZone(TimeZones.LONDON)))) {
            throw new InvalidInputException("The first meeting cannot be in the past.");
        }
        if (firstDay.isBefore(programme.getStartDate())) {
            throw new InvalidInputException(
                    "The first meeting cannot be before the programme starts (" + programme.getStartDate() + ").");
        }
        List<LocalDateTime> starts = programme.getCadence().meetingStarts(firstDay, programme.getMinimumMeetings());
        long fitting = starts.stream()
                .filter(s -> !s.toLocalDate().isAfter(programme.getEndDate()))
                .count();
        if (fitting < starts.size()) {
            throw new InvalidInputException("Only " + fitting + " of the " + starts.size() + " meetings fit "
                    + "between " + firstDay + " and the programme's end (" + programme.getEndDate() + "). Start "
                    + "earlier or extend the programme.");
        }
        Integer last = em.createNamedQuery("Meeting.maxSequenceOfSet", Integer.class)
                .setParameter("set", set)
                .getSingleResult();
        int number = last == null ? 0 : last;
        List<Meeting> planned = new ArrayList<>();
        for (LocalDateTime start : starts) {
            Meeting meeting = new Meeting(
                    set, ++number, start, programme.getMeetingMinutes(), where.mode(), where.place(), where.link());
            em.persist(meeting);
            planned.add(meeting);
        }
        rota.fillGaps(set); // a self-facilitating set's new meetings join its rota
        em.flush(); // versions are assigned on insert; the views must carry them for later edits
        Meeting first = planned.get(0);
        changes.record(
                set,
                ChangeKind.MEETINGS_PLANNED,
                planned.size() + " meetings of " + set.getName()
                        + " planned, the first on " + MeetingChangeMail.when(first.getStart(), first.getEnd()) + ", "
                        + MeetingChangeMail.where(first) + ".");
        return planned.stream().map(MeetingView::of).toList();
    }

    /** Records the change and tells the set's members and facilitators, once the change commits. */
    private void tell(Meeting meeting, ChangeKind kind, String subject, String text) {
        changes.record(meeting.getSet(), kind, text);
        List<Person> people = Stream.concat(
                        placement.activeMembers(meeting.getSet()).stream(),
                        placement.currentFacilitators(meeting.getSet()).stream().map(FacilitatorAssignment::getPerson))
                .distinct()
                .toList();
        mail.fire(new OutgoingMail.Batch(MeetingChangeMail.to(people, meeting, subject, text)));
    }

    private long plannedCount(LearningSet set) {
        return em.createNamedQuery("Meeting.countPlannedOfSet", Long.class)
                .setParameter("set", set)
                .getSingleResult();
    }

    private Meeting editable(String meetingId, long expectedVersion) {
        Meeting meeting = Find.byId(em, Meeting.class, meetingId, "The meeting");
        access.requireLeadOrFacilitator(meeting.getSet(), callers.account());
        Versions.check(meeting, expectedVersion, "The meeting");
        return meeting;
    }

    private static boolean schedulable(LearningSet set) {
        return set.getState() == SetState.FORMING || set.getState().isMeeting();
    }
}
