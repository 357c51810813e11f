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
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.meeting.SetMeetingCount;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/**
 * The sponsor report of a programme, for its lead: counts per set and for the programme, from two queries
 * whatever the number of sets, meetings or people (the database counts), plus the evaluation and themes with their
 * own K thresholds.
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

    /**
     * Counted in the database, one grouped statement: meetings by status, and at the held ones the attendance counts
     * each meeting keeps with its marks (AttendanceCounts), not the marks themselves.
     */
    private List<SetFigures> figures(List<LearningSet> sets) {
        List<String> setIds = sets.stream().map(LearningSet::getId).toList();
        Map<String, Map<MeetingStatus, SetMeetingCount>> counts = new HashMap<>();
        for (SetMeetingCount c : em.createNamedQuery("Meeting.countsOfSets", SetMeetingCount.class)
                .setParameter("setIds", setIds)
                .getResultList()) {
            counts.computeIfAbsent(c.setId(), s -> new EnumMap<>(MeetingStatus.class))
                    .put(c.status(), c);
        }
        return sets.stream()
                .map(s -> {
                    Map<MeetingStatus, SetMeetingCount> m = counts.getOrDefault(s.getId(), Map.of());
                    SetMeetingCount held = m.get(MeetingStatus.HELD);
                    return new SetFigures(
                            s.getName(),
                            meetings(m, MeetingStatus.HELD),
                            meetings(m, MeetingStatus.PLANNED),
                            meetings(m, MeetingStatus.CANCELLED),
                            held == null ? null : DashboardFigures.percent(held.present(), held.marked()));
                })
                .toList();
    }

    private static int meetings(Map<MeetingStatus, SetMeetingCount> counts, MeetingStatus status) {
        SetMeetingCount c = counts.get(status);
        return c == null ? 0 : c.count().intValue();
    }
}
