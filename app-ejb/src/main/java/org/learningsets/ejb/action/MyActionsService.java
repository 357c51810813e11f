package org.learningsets.ejb.action;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsets.ejb.action.MyActionViews.MyAction;
import org.learningsets.ejb.action.MyActionViews.MyActions;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.issue.IssueViews.ProgressView;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.common.Labels;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/**
 * My actions: every action a member holds across their issues and sets, with due date, status and overdue by the
 * one rule. The same confidentiality as the issue pages: only actions in sets where the member is a current member
 * who agreed the current ground rules are shown (the others are named as sets to agree), and every read is
 * audited. Progress and status changes go through {@link ActionService}.
 */
@Stateless
@RolesAllowed(Role.MEMBER_NAME)
public class MyActionsService {

    private static final Set<ActionStatus> TO_DO = EnumSet.of(ActionStatus.OPEN, ActionStatus.CARRIED_FORWARD);

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SetAccess access;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public MyActions mine() {
        Person me = callers.person();
        List<LearningSet> sets = em.createNamedQuery("Membership.activeSetsOf", LearningSet.class)
                .setParameter("person", me)
                .getResultList();
        Set<LearningSet> agreed = access.agreedCurrentRulesOf(sets, me);
        List<Action> actions = agreed.isEmpty()
                ? List.of()
                : em.createQuery(
                                // The sets are in the persistence context already: their issues' set needs no join.
                                "select a from Action a join fetch a.issue left join fetch a.agreedAt "
                                        + "where a.owner = :me and a.issue.set in :sets",
                                Action.class)
                        .setParameter("me", me)
                        .setParameter("sets", agreed)
                        .getResultList();
        Set<String> withActions = Set.copyOf(em.createQuery(
                        "select distinct i.set.id from Action a join a.issue i " + "where a.owner = :me", String.class)
                .setParameter("me", me)
                .getResultList());
        List<String> toAgree = sets.stream()
                .filter(s -> !agreed.contains(s) && withActions.contains(s.getId()))
                .map(LearningSet::getName)
                .sorted()
                .toList();
        if (actions.isEmpty()) {
            return new MyActions(List.of(), List.of(), toAgree);
        }
        TextCipher cipher = keys.cipher();
        Map<Action, List<ProgressView>> progress = em.createNamedQuery("ProgressUpdate.ofActions", ProgressUpdate.class)
                .setParameter("actions", actions)
                .getResultStream()
                .peek(p -> audit.record(
                        p.getAction().getIssue().getSet(),
                        me,
                        AuditAction.READ,
                        AuditedRecord.PROGRESS_UPDATE,
                        p.getId()))
                .collect(Collectors.groupingBy(
                        ProgressUpdate::getAction,
                        Collectors.mapping(
                                p -> new ProgressView(
                                        p.getId(), p.getAuthor().getFullName(), p.readNote(cipher), p.getReportedAt()),
                                Collectors.toList())));
        LocalDate today = TimeZones.today(clock);
        List<MyAction> views = actions.stream()
                .map(a -> {
                    audit.record(a.getIssue().getSet(), me, AuditAction.READ, AuditedRecord.ACTION, a.getId());
                    return new MyAction(
                            a.getId(),
                            a.getVersion(),
                            a.readDescription(cipher),
                            a.getIssue().getId(),
                            a.getIssue().readTitle(keys.cipher()),
                            a.getIssue().getSet().getName(),
                            a.getDueDate(),
                            a.getStatus().name(),
                            Labels.of(a.getStatus()),
                            a.isOverdue(today),
                            a.getAgreedAt() == null
                                    ? null
                                    : "meeting " + a.getAgreedAt().getSequenceNumber(),
                            progress.getOrDefault(a, List.of()));
                })
                .toList();
        Comparator<MyAction> byDue =
                Comparator.comparing(MyAction::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));
        return new MyActions(
                views.stream()
                        .filter(a -> TO_DO.contains(ActionStatus.valueOf(a.status())))
                        .sorted(Comparator.comparing((MyAction a) -> !a.overdue())
                                .thenComparing(byDue)
                                .thenComparing(MyAction::description))
                        .toList(),
                views.stream()
                        .filter(a -> !TO_DO.contains(ActionStatus.valueOf(a.status())))
                        .sorted(byDue.reversed().thenComparing(MyAction::description))
                        .toList(),
                toAgree);
    }
}
