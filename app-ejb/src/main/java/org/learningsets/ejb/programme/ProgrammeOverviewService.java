package org.learningsets.ejb.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.learningsets.ejb.history.ProgrammeChanges;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.set.SetReadiness;
import org.learningsets.ejb.set.SetRosters;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.programme.ProgrammeStatus;
import org.learningsets.model.security.AccountActivity;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.MembershipFact;
import org.learningsets.model.set.MembershipStatus;
import org.learningsets.model.set.SetCount;
import org.learningsets.model.set.SetState;

/**
 * The programme lead's hub for one programme: where it stands and what to do next, from a fixed number of
 * queries whatever the number of sets and people.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ProgrammeOverviewService {

    static final int CHANGES_SHOWN = 15;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeClosing closing;

    @Inject
    SetRosters rosters;

    @Inject
    ProgrammeChanges changes;

    @Inject
    Clock clock;

    public ProgrammeOverview overview(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        List<LearningSet> sets = em.createNamedQuery("LearningSet.findByProgramme", LearningSet.class)
                .setParameter("programme", programme)
                .getResultList();
        ProgrammeOverview.People people = people(programme);
        List<ProgrammeOverview.SetCard> cards = cards(programme, sets);
        return new ProgrammeOverview(
                ProgrammeView.of(programme),
                nextSteps(programme, people, cards),
                people,
                cards,
                closing.refusal(programme).orElse(null),
                changes.of(programme, CHANGES_SHOWN));
    }

    private ProgrammeOverview.People people(Programme programme) {
        Set<String> everyone = new HashSet<>(em.createNamedQuery("Enrolment.personIdsOf", String.class)
                .setParameter("programme", programme)
                .getResultList());
        Set<String> inASet = new HashSet<>();
        Map<String, MembershipFact> latest = new HashMap<>();
        for (MembershipFact m : em.createNamedQuery("Membership.factsOfProgramme", MembershipFact.class)
                .setParameter("programme", programme)
                .getResultList()) {
            everyone.add(m.personId());
            if (m.status() == MembershipStatus.ACTIVE) {
                inASet.add(m.personId());
            }
            latest.merge(m.personId(), m, (a, b) -> a.joinedAt().isAfter(b.joinedAt()) ? a : b);
        }
        long withdrawn = everyone.stream()
                .filter(p -> !inASet.contains(p))
                .filter(p -> latest.containsKey(p) && latest.get(p).status() == MembershipStatus.WITHDRAWN)
                .count();
        Map<String, AccountActivity> accounts = new HashMap<>();
        for (String query : List.of("Account.activityOfEnrolled", "Account.activityOfMembers")) {
            em.createNamedQuery(query, AccountActivity.class)
                    .setParameter("programme", programme)
                    .getResultStream()
                    .forEach(a -> accounts.put(a.personId(), a));
        }
        long signedIn = accounts.values().stream()
                .filter(a -> a.lastSignedInAt() != null)
                .count();
        return new ProgrammeOverview.People(
                everyone.size(),
                inASet.size(),
                everyone.size() - inASet.size() - withdrawn,
                withdrawn,
                signedIn,
                accounts.size() - signedIn,
                everyone.size() - accounts.size());
    }

    private List<ProgrammeOverview.SetCard> cards(Programme programme, List<LearningSet> sets) {
        if (sets.isEmpty()) {
            return List.of();
        }
        Map<String, Long> members = counts("Membership.countActiveBySet", sets);
        Map<String, Long> planned = counts("Meeting.countPlannedBySet", sets);
        Map<LearningSet, List<String>> facilitators = rosters.facilitatorNames(sets);
        Map<LearningSet, Meeting> next = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(TimeZones.LONDON));
        em.createNamedQuery("Meeting.upcomingOfSets", Meeting.class)
                .setParameter("sets", sets)
                .setParameter("from", today.atStartOfDay())
                .getResultStream()
                .forEach(m -> next.putIfAbsent(m.getSet(), m));
        List<ProgrammeOverview.SetCard> cards = new ArrayList<>();
        for (LearningSet s : sets) {
            long memberCount = members.getOrDefault(s.getId(), 0L);
            List<String> names = List.copyOf(facilitators.getOrDefault(s, List.of()));
            long plannedCount = planned.getOrDefault(s.getId(), 0L);
            Meeting m = next.get(s);
            cards.add(new ProgrammeOverview.SetCard(
                    s.getId(),
                    s.getName(),
                    s.getState(),
                    memberCount,
                    programme.getMinSetSize(),
                    programme.getMaxSetSize(),
                    names,
                    plannedCount,
                    m == null
                            ? null
                            : new ProgrammeOverview.NextMeeting(
                                    m.getSequenceNumber(),
                                    m.getStart(),
                                    m.getEnd(),
                                    m.getMode(),
                                    m.getPlace(),
                                    m.getLink()),
                    SetReadiness.missing(
                            s.getState(), memberCount, programme.getMinSetSize(), names.size(), plannedCount)));
        }
        return cards;
    }

    private Map<String, Long> counts(String query, List<LearningSet> sets) {
        Map<String, Long> counts = new HashMap<>();
        em.createNamedQuery(query, SetCount.class)
                .setParameter("sets", sets)
                .getResultStream()
                .forEach(c -> counts.put(c.setId(), c.count()));
        return counts;
    }

    /** What the lead should do next, most pressing first, in words. */
    static List<String> nextSteps(
            Programme programme, ProgrammeOverview.People people, List<ProgrammeOverview.SetCard> sets) {
        List<String> steps = new ArrayList<>();
        if (programme.isClosed()) {
            steps.add("The programme is closed: nothing more can change. Its evaluation, themes and sponsor report "
                    + "stay available.");
            return steps;
        }
        if (people.enrolled() == 0) {
            steps.add("Nobody is enrolled yet: import the participants from a spreadsheet.");
        }
        if (people.waiting() > 0) {
            steps.add(count(people.waiting(), "person is", "people are") + " enrolled but not in a set yet: "
                    + "allocate them to sets, or add them to a set with room.");
        }
        if (people.noAccount() > 0) {
            steps.add(count(people.noAccount(), "person enrolled has", "people enrolled have") + " no account yet: "
                    + "invite them to set a password.");
        }
        Predicate<ProgrammeOverview.SetCard> forming = s -> s.state() == SetState.FORMING;
        List<String> noFacilitator =
                names(sets, forming.and(s -> s.facilitators().isEmpty()));
        if (!noFacilitator.isEmpty()) {
            steps.add(count(noFacilitator.size(), "set has", "sets have") + " no facilitator: "
                    + String.join(", ", noFacilitator) + ".");
        }
        for (ProgrammeOverview.SetCard s : sets) {
            if (s.state() == SetState.FORMING && s.plannedMeetings() == 0) {
                steps.add(s.name() + " has no meetings yet: plan its meetings.");
            }
            if (s.state() == SetState.FORMING && s.members() < s.minMembers()) {
                steps.add(s.name() + " has " + count(s.members(), "member", "members") + "; it needs at least "
                        + s.minMembers() + " to start.");
            }
        }
        List<String> ready = names(sets, ProgrammeOverview.SetCard::isReadyToStart);
        if (!ready.isEmpty()) {
            steps.add(String.join(", ", ready) + (ready.size() == 1 ? " is" : " are") + " ready to start: "
                    + "activate " + (ready.size() == 1 ? "it" : "them") + " on "
                    + (ready.size() == 1 ? "its page" : "their pages") + ".");
        }
        if (programme.getStatus() == ProgrammeStatus.DRAFT) {
            steps.add("The programme is a draft: open it once its sets are ready to start.");
        }
        if (!sets.isEmpty()
                && sets.stream().allMatch(s -> s.state() == SetState.CLOSED || s.state() == SetState.ARCHIVED)) {
            steps.add("Every set has closed: close the programme when its evaluation is done.");
        }
        if (steps.isEmpty()) {
            steps.add(
                    sets.isEmpty()
                            ? "Allocate the enrolled people to sets."
                            : "Every set is meeting: nothing needs doing now.");
        }
        return steps;
    }

    private static List<String> names(
            List<ProgrammeOverview.SetCard> sets, Predicate<ProgrammeOverview.SetCard> which) {
        return sets.stream().filter(which).map(ProgrammeOverview.SetCard::name).toList();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
