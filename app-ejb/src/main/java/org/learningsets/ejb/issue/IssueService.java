package org.learningsets.ejb.issue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.Labels;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/**
 * A set's issues: raised by members, revisited meeting after meeting until resolved or dropped. Confidential to
 * the set (see {@link SetContentAccess}); programme leads and administrators cannot call these at all.
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class IssueService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SetContentAccess content;

    @Inject
    Clock clock;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Role.MEMBER_NAME)
    public String raise(
            @NotNull String setId,
            @NotBlank(message = "Give the issue a short title.") @Size(max = FieldLengths.NAME) String title,
            @Size(max = FieldLengths.LONG_TEXT) String narrative) {
        Person me = callers.person();
        LearningSet set = content.setForAgreedMember(setId, me);
        Issue issue = new Issue(set, me, title, narrative, clock.instant(), keys.cipher());
        em.persist(issue);
        audit.record(set, me, AuditAction.CREATE, AuditedRecord.ISSUE, issue.getId());
        return issue.getId();
    }

    /** Only the issue holder retells their issue. */
    @RolesAllowed(Role.MEMBER_NAME)
    public void retell(
            @NotNull String issueId,
            long expectedVersion,
            @NotBlank(message = "Give the issue a short title.") @Size(max = FieldLengths.NAME) String title,
            @Size(max = FieldLengths.LONG_TEXT) String narrative) {
        Issue issue = readable(issueId);
        requireHolder(issue);
        Versions.check(issue, expectedVersion, "The issue");
        issue.retell(title, narrative, keys.cipher());
        audit.record(issue.getSet(), callers.person(), AuditAction.CHANGE, AuditedRecord.ISSUE, issue.getId());
    }

    /** The holder, or the facilitator, marks the issue resolved or dropped. */
    public void close(@NotNull String issueId, long expectedVersion, @NotNull IssueStatus outcome) {
        Issue issue = readable(issueId);
        if (!content.isFacilitator(issue.getSet(), callers.person())) {
            requireHolder(issue);
        }
        Versions.check(issue, expectedVersion, "The issue");
        issue.close(outcome, clock.instant());
        audit.record(issue.getSet(), callers.person(), AuditAction.CHANGE, AuditedRecord.ISSUE, issue.getId());
    }

    public IssueViews.IssueView view(@NotNull String issueId) {
        Issue issue = readable(issueId);
        return views(List.of(issue)).get(0);
    }

    public List<IssueViews.IssueView> ofSet(@NotNull String setId) {
        LearningSet set = content.setForReader(setId, callers.person());
        return views(em.createNamedQuery("Issue.ofSet", Issue.class)
                .setParameter("set", set)
                .getResultList());
    }

    private Issue readable(String issueId) {
        return content.issueForReader(issueId, callers.person());
    }

    private void requireHolder(Issue issue) {
        if (!issue.getHolder().equals(callers.person())) {
            throw new AccessDeniedException(
                    "Only " + issue.getHolder().getFullName() + ", who holds this issue, " + "can do this.");
        }
    }

    /** Issues with their actions and progress, in three queries whatever the number of issues. */
    private List<IssueViews.IssueView> views(List<Issue> issues) {
        if (issues.isEmpty()) {
            return List.of();
        }
        TextCipher cipher = keys.cipher();
        Person reader = callers.person();
        List<Action> actions = em.createNamedQuery("Action.ofIssues", Action.class)
                .setParameter("issues", issues)
                .getResultList();
        Map<Action, List<IssueViews.ProgressView>> progress = actions.isEmpty()
                ? Map.of()
                : em.createNamedQuery("ProgressUpdate.ofActions", ProgressUpdate.class)
                        .setParameter("actions", actions)
                        .getResultStream()
                        .collect(Collectors.groupingBy(
                                ProgressUpdate::getAction,
                                Collectors.mapping(
                                        p -> new IssueViews.ProgressView(
                                                p.getId(),
                                                p.getAuthor().getFullName(),
                                                p.readNote(cipher),
                                                p.getReportedAt()),
                                        Collectors.toList())));
        LocalDate today = TimeZones.today(clock);
        Map<Issue, List<IssueViews.ActionView>> byIssue = actions.stream()
                .collect(Collectors.groupingBy(
                        Action::getIssue,
                        Collectors.mapping(
                                a -> new IssueViews.ActionView(
                                        a.getId(),
                                        a.getVersion(),
                                        a.getOwner().getFullName(),
                                        a.readDescription(cipher),
                                        a.getDueDate(),
                                        a.getStatus().name(),
                                        progress.getOrDefault(a, List.of()),
                                        Labels.of(a.getStatus()),
                                        a.isOverdue(today),
                                        a.getOwner().getId(),
                                        a.getAgreedAt() == null
                                                ? null
                                                : "meeting " + a.getAgreedAt().getSequenceNumber()),
                                Collectors.toList())));
        LearningSet set = issues.get(0).getSet();
        issues.forEach(i -> audit.record(set, reader, AuditAction.READ, AuditedRecord.ISSUE, i.getId()));
        actions.forEach(a -> audit.record(set, reader, AuditAction.READ, AuditedRecord.ACTION, a.getId()));
        progress.values()
                .forEach(list -> list.forEach(
                        p -> audit.record(set, reader, AuditAction.READ, AuditedRecord.PROGRESS_UPDATE, p.id())));
        return issues.stream()
                .map(i -> new IssueViews.IssueView(
                        i.getId(),
                        i.getVersion(),
                        i.getSet().getId(),
                        i.getHolder().getId(),
                        i.getHolder().getFullName(),
                        i.readTitle(cipher),
                        i.readNarrative(cipher),
                        i.getStatus().name(),
                        i.getRaisedAt(),
                        i.getClosedAt(),
                        byIssue.getOrDefault(i, List.of()),
                        Labels.of(i.getStatus())))
                .toList();
    }
}
