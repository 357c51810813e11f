package org.learningsets.ejb.set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.meeting.MeetingDetails;
import org.learningsets.ejb.meeting.MeetingGate;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.set.MySetViews.AttendanceSoFar;
import org.learningsets.ejb.set.MySetViews.GroundRulesToAgree;
import org.learningsets.ejb.set.MySetViews.MeetingLine;
import org.learningsets.ejb.set.MySetViews.MySetCard;
import org.learningsets.ejb.set.MySetViews.MySetPage;
import org.learningsets.ejb.set.MySetViews.PersonLine;
import org.learningsets.model.common.Labels;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.RosterLine;
import org.learningsets.model.set.SetState;

/**
 * A member's sets: who facilitates, who the fellow members are, the meetings with the member's attendance, and
 * the ground-rules gate. Only current members see a set here; a member who has not agreed its current ground
 * rules sees the rules and nothing else of the set.
 */
@Stateless
@RolesAllowed(Role.MEMBER_NAME)
public class MySetsService {

    @Inject
    SetRosters rosters;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Callers callers;

    @Inject
    SetAccess access;

    @Inject
    MeetingGate gate;

    @Inject
    SetContentAccess content;

    @Inject
    RulesAgreements agreements;

    /** My current sets, by programme and name; each card in a fixed number of queries. */
    public List<MySetCard> mine() {
        Person me = callers.person();
        List<LearningSet> sets = em.createNamedQuery("Membership.activeSetsOf", LearningSet.class)
                .setParameter("person", me)
                .getResultList();
        if (sets.isEmpty()) {
            return List.of();
        }
        Map<LearningSet, List<String>> facilitators = rosters.facilitatorNames(sets);
        Map<LearningSet, Long> memberCounts = rosters.activeMemberCounts(sets);
        Map<LearningSet, List<Meeting>> meetings = em.createQuery(
                        "select m from Meeting m where m.set in :sets " + "order by m.startsAt", Meeting.class)
                .setParameter("sets", sets)
                .getResultStream()
                .collect(Collectors.groupingBy(Meeting::getSet));
        Map<Meeting, AttendanceStatus> attendance = attendanceOf(me, sets);
        Set<String> started = gate.startedOf(sets);
        Set<LearningSet> agreed = access.agreedCurrentRulesOf(sets, me);
        Map<String, GroundRulesViews.RulesToAgree> toAgree = agreements.toAgree(sets, me).stream()
                .collect(Collectors.toMap(GroundRulesViews.RulesToAgree::setId, r -> r));
        return sets.stream()
                .sorted(Comparator.comparing((LearningSet s) -> s.getProgramme().getName())
                        .thenComparing(LearningSet::getName))
                .map(s -> {
                    List<Meeting> ofSet = meetings.getOrDefault(s, List.of());
                    Meeting next = ofSet.stream()
                            .filter(m -> gate.isOpen(m, started))
                            .findFirst()
                            .orElse(null);
                    return new MySetCard(
                            s.getId(),
                            s.getName(),
                            s.getProgramme().getName(),
                            s.getState().getLabel(),
                            List.copyOf(facilitators.getOrDefault(s, List.of())),
                            memberCounts.getOrDefault(s, 0L).intValue(),
                            next == null ? null : MeetingDetails.of(next),
                            agreed.contains(s),
                            soFar(ofSet, attendance),
                            toAgree.get(s.getId()));
                })
                .toList();
    }

    /** The set page; refused to anyone who is not a current member of the set (withdrawn members included). */
    public MySetPage set(@NotNull String setId) {
        Person me = callers.person();
        LearningSet set = content.setForActiveMember(setId, me, s -> "This set is for its current members only.");
        GroundRulesToAgree rules = access.currentGroundRules(set)
                .map(r -> new GroundRulesToAgree(r.getVersionNumber(), r.readText(keys.cipher())))
                .orElse(null);
        boolean agreed = access.hasAgreedCurrentRules(set, me);
        String programme = set.getProgramme().getName();
        if (!agreed) {
            boolean changed = rules != null
                    && !agreements.toAgree(List.of(set), me).stream()
                            .filter(GroundRulesViews.RulesToAgree::changed)
                            .toList()
                            .isEmpty();
            return new MySetPage(
                    set.getId(),
                    set.getName(),
                    programme,
                    set.getState().getLabel(),
                    rules,
                    false,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    new AttendanceSoFar(0, 0, 0),
                    changed,
                    set.getState() == SetState.SELF_FACILITATING);
        }
        List<PersonLine> facilitators = lines("FacilitatorAssignment.currentLinesOfSet", set);
        List<PersonLine> members = lines("Membership.activeLinesOfSet", set);
        List<Meeting> meetings = em.createNamedQuery("Meeting.ofSet", Meeting.class)
                .setParameter("set", set)
                .getResultList();
        Map<Meeting, AttendanceStatus> attendance = attendanceOf(me, List.of(set));
        Set<String> started = gate.startedOf(List.of(set));
        Meeting live = meetings.stream()
                .filter(m -> m.getStatus() == MeetingStatus.PLANNED)
                .min(Comparator.comparing(Meeting::getStartsAt))
                .orElse(null);
        List<MeetingLine> lines = meetings.stream()
                .map(m -> new MeetingLine(
                        MeetingDetails.of(m),
                        attendanceLabel(m, attendance.get(m)),
                        gate.isOpen(m, started),
                        m.equals(live),
                        started.contains(m.getId())))
                .toList();
        MeetingLine next = lines.stream()
                .filter(MeetingLine::open)
                .min(Comparator.comparing(l -> l.meeting().start()))
                .orElse(null);
        return new MySetPage(
                set.getId(),
                set.getName(),
                programme,
                set.getState().getLabel(),
                rules,
                true,
                facilitators,
                members,
                lines,
                next,
                soFar(meetings, attendance),
                false,
                set.getState() == SetState.SELF_FACILITATING);
    }

    private Map<Meeting, AttendanceStatus> attendanceOf(Person me, List<LearningSet> sets) {
        return em.createNamedQuery("Attendance.ofPersonInSets", Attendance.class)
                .setParameter("person", me)
                .setParameter("sets", sets)
                .getResultStream()
                .collect(Collectors.toMap(Attendance::getMeeting, Attendance::getStatus));
    }

    private static AttendanceSoFar soFar(List<Meeting> meetings, Map<Meeting, AttendanceStatus> attendance) {
        List<Meeting> held = meetings.stream()
                .filter(m -> m.getStatus() == MeetingStatus.HELD)
                .toList();
        int attended = (int) held.stream()
                .filter(m -> attendance.get(m) == AttendanceStatus.PRESENT)
                .count();
        int apologies = (int) held.stream()
                .filter(m -> attendance.get(m) == AttendanceStatus.APOLOGIES)
                .count();
        return new AttendanceSoFar(held.size(), attended, apologies);
    }

    private static String attendanceLabel(Meeting meeting, AttendanceStatus status) {
        if (status == null) {
            return meeting.getStatus() == MeetingStatus.HELD ? "Not recorded" : "";
        }
        return Labels.of(status);
    }

    /** Name, organisation and profession in one statement, whatever the number of people or organisations. */
    private List<PersonLine> lines(String query, LearningSet set) {
        return em.createNamedQuery(query, RosterLine.class)
                .setParameter("set", set)
                .getResultStream()
                .map(r -> new PersonLine(r.name(), r.organisation(), r.profession()))
                .toList();
    }
}
