package org.learningsets.ejb.home;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.operations.OperatorFigures;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.set.RulesAgreements;
import org.learningsets.ejb.set.SetRosters;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.programme.ProgrammeCount;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/**
 * The signed-in person's home: their sets and next meetings, and for programme leads their programmes. Each
 * section comes from a fixed number of queries, whatever the number of sets.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class HomeService {

    @Inject
    SetRosters rosters;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    RulesAgreements agreements;

    @Inject
    OperatorFigures figures;

    public HomeView forCaller() {
        long started = System.nanoTime();
        try {
            return build();
        } finally {
            figures.homePageBuilt(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private HomeView build() {
        Account account = callers.account();
        Person me = account.getPerson();
        List<LearningSet> mySets = account.getRoles().contains(Role.MEMBER)
                ? em.createNamedQuery("Membership.activeSetsOf", LearningSet.class)
                        .setParameter("person", me)
                        .getResultList()
                : List.of();
        List<SetSummary> memberSets = summarise(mySets);
        List<SetSummary> facilitatedSets = account.getRoles().contains(Role.FACILITATOR)
                ? summarise(em.createNamedQuery("FacilitatorAssignment.currentSetsOf", LearningSet.class)
                        .setParameter("person", me)
                        .getResultList())
                : List.of();
        List<ProgrammeSummary> programmes = account.getRoles().contains(Role.ADMIN) ? programmes() : List.of();
        List<MeetingSummary> next = new ArrayList<>();
        memberSets.forEach(s -> addIfPresent(next, s.nextMeeting()));
        facilitatedSets.forEach(s -> addIfPresent(next, s.nextMeeting()));
        next.sort(Comparator.comparing(MeetingSummary::start));
        return new HomeView(
                me.getFullName(),
                account.getRoles(),
                memberSets,
                facilitatedSets,
                programmes,
                List.copyOf(next),
                agreements.toAgree(mySets, me));
    }

    private static void addIfPresent(List<MeetingSummary> list, MeetingSummary meeting) {
        if (meeting != null && list.stream().noneMatch(m -> m.meetingId().equals(meeting.meetingId()))) {
            list.add(meeting);
        }
    }

    private List<SetSummary> summarise(List<LearningSet> sets) {
        if (sets.isEmpty()) {
            return List.of();
        }
        Map<LearningSet, List<String>> facilitators = rosters.facilitatorNames(sets);
        Map<LearningSet, Long> memberCounts = rosters.activeMemberCounts(sets);
        Map<LearningSet, Meeting> nextMeeting = new LinkedHashMap<>();
        // From the start of today: a meeting that began an hour ago and is not over is still the one to open.
        LocalDateTime today = LocalDate.now(clock.withZone(TimeZones.LONDON)).atStartOfDay();
        for (Meeting m : em.createNamedQuery("Meeting.upcomingOfSets", Meeting.class)
                .setParameter("sets", sets)
                .setParameter("from", today)
                .getResultList()) {
            nextMeeting.putIfAbsent(m.getSet(), m);
        }
        return sets.stream()
                .sorted(Comparator.comparing((LearningSet s) -> s.getProgramme().getName())
                        .thenComparing(LearningSet::getName))
                .map(s -> new SetSummary(
                        s.getId(),
                        s.getName(),
                        s.getProgramme().getName(),
                        s.getState().getLabel(),
                        List.copyOf(facilitators.getOrDefault(s, List.of())),
                        memberCounts.getOrDefault(s, 0L).intValue(),
                        meeting(nextMeeting.get(s))))
                .toList();
    }

    private static MeetingSummary meeting(Meeting m) {
        if (m == null) {
            return null;
        }
        return new MeetingSummary(
                m.getId(),
                m.getSet().getName(),
                m.getSequenceNumber(),
                m.getStart(),
                m.getEnd(),
                m.getMode().getLabel(),
                m.getPlace(),
                m.getLink());
    }

    private List<ProgrammeSummary> programmes() {
        List<Programme> programmes =
                em.createNamedQuery("Programme.findAll", Programme.class).getResultList();
        if (programmes.isEmpty()) {
            return List.of();
        }
        List<String> ids = programmes.stream().map(Programme::getId).toList();
        Map<String, Long> sets = counts("LearningSet.countByProgrammes", ids);
        Map<String, Long> enrolled = counts("Enrolment.countByProgrammes", ids);
        Map<String, Long> inSets = counts("Membership.countActiveByProgrammes", ids);
        return programmes.stream()
                .map(p -> new ProgrammeSummary(
                        p.getId(),
                        p.getName(),
                        p.getSponsor().getName(),
                        p.getStartDate(),
                        p.getEndDate(),
                        p.getStatus(),
                        sets.getOrDefault(p.getId(), 0L),
                        enrolled.getOrDefault(p.getId(), 0L),
                        inSets.getOrDefault(p.getId(), 0L)))
                .toList();
    }

    private Map<String, Long> counts(String query, List<String> programmeIds) {
        Map<String, Long> counts = new HashMap<>();
        em.createNamedQuery(query, ProgrammeCount.class)
                .setParameter("programmeIds", programmeIds)
                .getResultStream()
                .forEach(c -> counts.put(c.programmeId(), c.count()));
        return counts;
    }
}
