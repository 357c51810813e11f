package org.learningsets.ejb.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.dashboard.DashboardFigures;
import org.learningsets.ejb.evaluation.EvaluationResults;
import org.learningsets.ejb.evaluation.EvaluationService;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.report.SponsorReport.SetFigures;
import org.learningsets.ejb.theme.ThemeSummaryService;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.meeting.AttendanceMark;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/**
 * The sponsor report of a programme, for its lead: counts per set and for the programme, from three queries
 * whatever the number of sets, meetings or people, plus the evaluation and themes with their own K thresholds.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SponsorReportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    EvaluationService evaluation;

    @EJB
    ThemeSummaryService themes;

    public SponsorReport report(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        List<LearningSet> sets = em.createNamedQuery("LearningSet.findByProgramme", LearningSet.class)
                .setParameter("programme", programme)
                .getResultList();
        List<SetFigures> figures = sets.isEmpty() ? List.of() : figures(sets);
        // The evaluation's results already count the programme's members: the same figure, not counted twice.
        EvaluationResults results = evaluation.results(programmeId);
        return new SponsorReport(
                programme.getId(),
                programme.getName(),
                programme.getSponsor().getName(),
                programme.getStartDate(),
                programme.getEndDate(),
                programme.getMinimumMeetings(),
                LocalDate.now(clock.withZone(TimeZones.LONDON)),
                results.members(),
                figures,
                results,
                themes.summary(programmeId));
    }

    private List<SetFigures> figures(List<LearningSet> sets) {
        Map<LearningSet, Map<MeetingStatus, Integer>> meetings = new HashMap<>();
        Map<String, LearningSet> byMeeting = new HashMap<>();
        for (Meeting m : em.createNamedQuery("Meeting.ofSets", Meeting.class)
                .setParameter("sets", sets)
                .getResultList()) {
            meetings.computeIfAbsent(m.getSet(), s -> new EnumMap<>(MeetingStatus.class))
                    .merge(m.getStatus(), 1, Integer::sum);
            byMeeting.put(m.getId(), m.getSet());
        }
        Map<LearningSet, int[]> attendance = new HashMap<>();
        for (AttendanceMark row : em.createNamedQuery("Attendance.atHeldMeetingsOfSets", AttendanceMark.class)
                .setParameter("sets", sets)
                .getResultList()) {
            int[] counts = attendance.computeIfAbsent(byMeeting.get(row.meetingId()), s -> new int[2]);
            counts[0] += row.status() == AttendanceStatus.PRESENT ? 1 : 0;
            counts[1]++;
        }
        return sets.stream()
                .map(s -> {
                    Map<MeetingStatus, Integer> m = meetings.getOrDefault(s, Map.of());
                    int[] a = attendance.get(s);
                    return new SetFigures(
                            s.getName(),
                            m.getOrDefault(MeetingStatus.HELD, 0),
                            m.getOrDefault(MeetingStatus.PLANNED, 0),
                            m.getOrDefault(MeetingStatus.CANCELLED, 0),
                            a == null ? null : DashboardFigures.percent(a[0], a[1]));
                })
                .toList();
    }
}
