package org.learningsets.ejb.set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.meeting.MeetingDetails;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.set.FacilitatedSetViews.FacilitatedSetPage;
import org.learningsets.ejb.set.FacilitatedSetViews.IssueRow;
import org.learningsets.ejb.set.FacilitatedSetViews.MeetingRow;
import org.learningsets.ejb.set.FacilitatedSetViews.MemberRow;
import org.learningsets.ejb.set.FacilitatedSetViews.RulesSummary;
import org.learningsets.ejb.set.GroundRulesViews.MemberAgreement;
import org.learningsets.ejb.set.MySetViews.PersonLine;
import org.learningsets.model.common.Labels;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingRun;
import org.learningsets.model.meeting.MeetingStage;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.GroundRules;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;

/**
 * The set page for its current facilitators: the members with their organisation, attendance and ground rules,
 * the meetings with links to prepare, run and review them, and the set's issues, each linked to its own page.
 * Anyone else is refused (members have their own set page; programme leads never see set content). The page
 * comes from a fixed number of statements whatever the number of members, meetings or issues; listing the issues
 * is a read of them and is audited.
 */
@Stateless
@RolesAllowed(Role.FACILITATOR_NAME)
public class FacilitatedSetService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Callers callers;

    @Inject
    SetAccess access;

    @Inject
    SetContentAccess content;

    @Inject
    RulesAgreements agreements;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Whether the caller facilitates the set now (the set page then shows the facilitator's view). */
    public boolean facilitates(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        return access.isCurrentFacilitator(set, callers.person());
    }

    public FacilitatedSetPage page(@NotNull String setId) {
        Person me = callers.person();
        LearningSet set = content.setForFacilitator(setId, me);
        Optional<GroundRules> rules = access.currentGroundRules(set);
        Integer version = rules.map(GroundRules::getVersionNumber).orElse(null);
        List<MemberAgreement> people = agreements.of(set, rules.orElse(null));
        boolean draft = !em.createNamedQuery("GroundRules.draftOf", GroundRules.class)
                .setParameter("set", set)
                .getResultList()
                .isEmpty();
        RulesSummary summary = new RulesSummary(
                version,
                rules.map(GroundRules::getPublishedAt).orElse(null),
                people.stream().filter(MemberAgreement::agreedCurrent).count(),
                people.size(),
                draft);

        Map<String, Map<AttendanceStatus, Integer>> marks = new HashMap<>();
        for (Attendance a : em.createQuery(
                        "select a from Attendance a join fetch a.person where a.meeting.set = :set "
                                + "and a.meeting.status = org.learningsets.model.meeting.MeetingStatus.HELD",
                        Attendance.class)
                .setParameter("set", set)
                .getResultList()) {
            marks.computeIfAbsent(a.getPerson().getId(), p -> new EnumMap<>(AttendanceStatus.class))
                    .merge(a.getStatus(), 1, Integer::sum);
        }
        List<MemberRow> members = people.stream()
                .map(p -> {
                    Map<AttendanceStatus, Integer> m = marks.getOrDefault(p.personId(), Map.of());
                    int present = m.getOrDefault(AttendanceStatus.PRESENT, 0);
                    int apologies = m.getOrDefault(AttendanceStatus.APOLOGIES, 0);
                    int absent = m.getOrDefault(AttendanceStatus.ABSENT, 0);
                    return new MemberRow(
                            p.name(),
                            p.organisation(),
                            p.profession(),
                            present + apologies + absent,
                            present,
                            apologies,
                            absent,
                            p.agreedCurrent(),
                            p.describe(version));
                })
                .toList();

        List<PersonLine> facilitators = em.createNamedQuery("Person.currentFacilitatorsOfSet", Person.class)
                .setParameter("set", set)
                .getResultStream()
                .map(p -> new PersonLine(p.getFullName(), p.getOrganisation().getName(), p.getProfession()))
                .toList();
        return new FacilitatedSetPage(
                set.getId(),
                set.getName(),
                set.getProgramme().getName(),
                Labels.of(set.getState()),
                facilitators,
                members,
                summary,
                meetings(set),
                issues(set, me),
                set.getState() == SetState.SELF_FACILITATING);
    }

    private List<MeetingRow> meetings(LearningSet set) {
        Map<Meeting, MeetingRun> runs = em.createQuery(
                        "select r from MeetingRun r where r.meeting.set = :set", MeetingRun.class)
                .setParameter("set", set)
                .getResultStream()
                .collect(Collectors.toMap(MeetingRun::getMeeting, Function.identity()));
        List<Meeting> meetings = em.createNamedQuery("Meeting.ofSet", Meeting.class)
                .setParameter("set", set)
                .getResultList();
        LocalDate today = TimeZones.today(clock);
        Meeting next = meetings.stream()
                .filter(m -> m.getStatus() == MeetingStatus.PLANNED
                        && !m.getStartsAt().toLocalDate().isBefore(today))
                .min(Comparator.comparing(Meeting::getStartsAt))
                .orElse(null);
        return meetings.stream()
                .map(m -> {
                    MeetingRun run = runs.get(m);
                    boolean running = run != null && run.getStage() != MeetingStage.ENDED;
                    return new MeetingRow(
                            MeetingDetails.of(m),
                            state(m, run),
                            m.getStatus() == MeetingStatus.PLANNED && run == null,
                            m.getStatus() == MeetingStatus.PLANNED || running,
                            m.getStatus() == MeetingStatus.HELD,
                            m.equals(next));
                })
                .toList();
    }

    /** Planned, in progress (at which stage), held or cancelled: a started meeting never reads "Planned". */
    static String state(Meeting meeting, MeetingRun run) {
        if (run != null && run.getStage() != MeetingStage.ENDED && meeting.getStatus() != MeetingStatus.CANCELLED) {
            return "In progress: " + run.getStage().getLabel().toLowerCase();
        }
        return Labels.of(meeting.getStatus());
    }

    private List<IssueRow> issues(LearningSet set, Person me) {
        List<Issue> issues = em.createNamedQuery("Issue.ofSet", Issue.class)
                .setParameter("set", set)
                .getResultList();
        if (issues.isEmpty()) {
            return List.of();
        }
        Map<String, Long> open = em.createQuery(
                        "select a.issue.id from Action a where a.issue.set = :set "
                                + "and a.status = org.learningsets.model.action.ActionStatus.OPEN",
                        String.class)
                .setParameter("set", set)
                .getResultStream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        issues.forEach(i -> audit.record(set, me, AuditAction.READ, AuditedRecord.ISSUE, i.getId()));
        return issues.stream()
                .sorted(Comparator.comparing((Issue i) -> i.getStatus().ordinal())
                        .thenComparing(Issue::getRaisedAt, Comparator.reverseOrder()))
                .map(i -> new IssueRow(
                        i.getId(),
                        i.readTitle(keys.cipher()),
                        i.getHolder().getFullName(),
                        Labels.of(i.getStatus()),
                        i.getRaisedAt(),
                        open.getOrDefault(i.getId(), 0L)))
                .toList();
    }
}
