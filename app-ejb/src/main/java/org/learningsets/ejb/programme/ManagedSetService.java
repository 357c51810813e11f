package org.learningsets.ejb.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.history.ProgrammeChanges;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.SetReadiness;
import org.learningsets.ejb.set.SetService;
import org.learningsets.ejb.set.SetViews.FacilitatorView;
import org.learningsets.ejb.set.SetViews.MemberView;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetCount;
import org.learningsets.model.set.SetState;

/** Everything the lead's page for one set shows, in one call. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ManagedSetService {

    static final int CHANGES_SHOWN = 30;

    @PersistenceContext
    EntityManager em;

    @EJB
    FacilitatorService facilitators;

    @EJB
    MembershipService memberships;

    @EJB
    SetService sets;

    @Inject
    SetReadiness readiness;

    @Inject
    ProgrammeChanges changes;

    public ManagedSet managed(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        List<FacilitatorView> facilitation = facilitators.history(setId);
        List<MemberView> people = memberships.history(setId);
        return new ManagedSet(
                set.getId(),
                set.getName(),
                set.getState(),
                set.getProgramme().getId(),
                set.getProgramme().getName(),
                set.getProgramme().getMinSetSize(),
                set.getProgramme().getMaxSetSize(),
                readiness.missing(set),
                facilitation.stream()
                        .filter(f -> f.endedAt() == null)
                        .sorted(java.util.Comparator.comparing(FacilitatorView::role))
                        .toList(),
                facilitation.stream().filter(f -> f.endedAt() != null).toList(),
                set.getState() == SetState.FORMING || set.getState().isMeeting()
                        ? facilitators.candidates(setId)
                        : List.of(),
                people.stream()
                        .filter(MemberView::isCurrent)
                        .sorted(java.util.Comparator.comparing(MemberView::fullName))
                        .toList(),
                people.stream().filter(m -> !m.isCurrent()).toList(),
                waiting(set),
                otherSets(set),
                em.createNamedQuery("Meeting.ofSet", Meeting.class)
                        .setParameter("set", set)
                        .getResultStream()
                        .map(MeetingView::of)
                        .toList(),
                sets.history(setId),
                changes.of(set, CHANGES_SHOWN));
    }

    private List<ManagedSet.Waiting> waiting(LearningSet set) {
        return em.createNamedQuery("Enrolment.unallocated", Person.class)
                .setParameter("programme", set.getProgramme())
                .getResultStream()
                .map(p -> new ManagedSet.Waiting(
                        p.getId(), p.getFullName(), p.getOrganisation().getName()))
                .toList();
    }

    private List<ManagedSet.OtherSet> otherSets(LearningSet set) {
        List<LearningSet> others = em.createNamedQuery("LearningSet.findByProgramme", LearningSet.class)
                .setParameter("programme", set.getProgramme())
                .getResultStream()
                .filter(s -> !s.equals(set))
                .filter(s -> s.getState() == SetState.FORMING || s.getState().isMeeting())
                .toList();
        if (others.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createNamedQuery("Membership.countActiveBySet", SetCount.class)
                .setParameter("sets", others)
                .getResultStream()
                .forEach(c -> counts.put(c.setId(), c.count()));
        return others.stream()
                .map(s -> new ManagedSet.OtherSet(
                        s.getId(),
                        s.getName(),
                        counts.getOrDefault(s.getId(), 0L),
                        set.getProgramme().getMaxSetSize()))
                .toList();
    }
}
