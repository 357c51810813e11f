package org.learningsets.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.set.SetAccess;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;

/**
 * A set's meetings: the series generated from the programme's cadence, length and mode, and changes to single
 * meetings. Times are Europe/London wall-clock times.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class ScheduleService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SetAccess access;

    @Inject
    Clock clock;

    /**
     * Plans the programme's minimum number of meetings from {@code firstDay} on. All of them must fall before
     * the programme ends; a set that already has planned meetings keeps them (nothing is planned twice).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<MeetingView> generate(@NotNull String setId, @NotNull LocalDate firstDay,
            @Size(max = FieldLengths.NAME) String place, @Size(max = FieldLengths.URL) String link) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        requireSchedulable(set);
        if (em.createNamedQuery("Meeting.countPlannedOfSet", Long.class).setParameter("set", set)
                .getSingleResult() > 0) {
            throw new StateException(set.getName() + " already has planned meetings; move or cancel single "
                    + "meetings instead.");
        }
        Programme programme = set.getProgramme();
        if (firstDay.isBefore(programme.getStartDate())) {
            throw new InvalidInputException("The first meeting cannot be before the programme starts ("
                    + programme.getStartDate() + ").");
        }
        List<LocalDateTime> starts = programme.getCadence().meetingStarts(firstDay, programme.getMinimumMeetings());
        long fitting = starts.stream().filter(s -> !s.toLocalDate().isAfter(programme.getEndDate())).count();
        if (fitting < starts.size()) {
            throw new InvalidInputException("Only " + fitting + " of the " + starts.size() + " meetings fit "
                    + "between " + firstDay + " and the programme's end (" + programme.getEndDate() + "). Start "
                    + "earlier or extend the programme.");
        }
        Integer last = em.createNamedQuery("Meeting.maxSequenceOfSet", Integer.class).setParameter("set", set)
                .getSingleResult();
        int number = last == null ? 0 : last;
        List<Meeting> planned = new ArrayList<>();
        for (LocalDateTime start : starts) {
            Meeting meeting = new Meeting(set, ++number, start, programme.getMeetingMinutes(), programme.getMode(),
                    place, link);
            em.persist(meeting);
            planned.add(meeting);
        }
        em.flush(); // versions are assigned on insert; the views must carry them for later edits
        return planned.stream().map(MeetingView::of).toList();
    }

    /** Moves one planned meeting; refused when someone else changed it since {@code expectedVersion}. */
    public MeetingView move(@NotNull String meetingId, long expectedVersion, @NotNull LocalDateTime newStart,
            @Min(15) @Max(480) int durationMinutes) {
        Meeting meeting = editable(meetingId, expectedVersion);
        if (newStart.isBefore(LocalDateTime.now(clock.withZone(TimeZones.LONDON)))) {
            throw new InvalidInputException("A meeting cannot be moved into the past.");
        }
        meeting.moveTo(newStart, durationMinutes);
        em.flush();
        return MeetingView.of(meeting);
    }

    public MeetingView cancel(@NotNull String meetingId, long expectedVersion) {
        Meeting meeting = editable(meetingId, expectedVersion);
        meeting.cancel();
        em.flush();
        return MeetingView.of(meeting);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
    public List<MeetingView> meetings(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        if (!callers.account().getRoles().contains(Role.ADMIN)) {
            access.requireMemberOrFacilitator(set, callers.person());
        }
        return em.createNamedQuery("Meeting.ofSet", Meeting.class).setParameter("set", set).getResultStream()
                .map(MeetingView::of).toList();
    }

    private Meeting editable(String meetingId, long expectedVersion) {
        Meeting meeting = Find.byId(em, Meeting.class, meetingId, "The meeting");
        access.requireLeadOrFacilitator(meeting.getSet(), callers.account());
        Versions.check(meeting, expectedVersion, "The meeting");
        return meeting;
    }

    private static void requireSchedulable(LearningSet set) {
        if (set.getState() != SetState.FORMING && !set.getState().isMeeting()) {
            throw new StateException(set.getName() + " is " + set.getState().getLabel().toLowerCase()
                    + "; its meetings cannot be planned any more.");
        }
    }
}
