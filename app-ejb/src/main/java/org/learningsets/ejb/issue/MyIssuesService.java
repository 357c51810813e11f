package org.learningsets.ejb.issue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.meeting.MeetingChoice;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.action.AtMeeting;
import org.learningsets.model.action.OpenActions;
import org.learningsets.model.common.Labels;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.meeting.Round;
import org.learningsets.model.meeting.TimeBid;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/**
 * An issue holder's issues across all their sets, and one issue's history meeting by meeting. The same
 * confidentiality as {@link IssueService}: an issue shows only while its holder is a current member of its set who
 * agreed the ground rules (or to the set's facilitator), and every read is audited.
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class MyIssuesService {

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
    AuditTrail audit;

    @EJB
    IssueService issues;

    /** The caller's issues, newest first; {@code status} (optional) keeps only open, resolved or dropped ones. */
    @RolesAllowed(Role.MEMBER_NAME)
    public List<MyIssueViews.MyIssue> mine(IssueStatus status) {
        Person me = callers.person();
        Map<LearningSet, Boolean> readable = new HashMap<>();
        List<Issue> mine = em.createNamedQuery("Issue.ofHolder", Issue.class)
                .setParameter("holder", me)
                .getResultStream()
                .filter(i -> status == null || i.getStatus() == status)
                .filter(i -> readable.computeIfAbsent(i.getSet(), s -> mayRead(s, me)))
                .toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<String, Long> openActions = em.createNamedQuery("Action.countOpenByIssues", OpenActions.class)
                .setParameter("issues", mine)
                .getResultStream()
                .collect(Collectors.toMap(OpenActions::issueId, OpenActions::count));
        mine.forEach(i -> audit.record(i.getSet(), me, AuditAction.READ, AuditedRecord.ISSUE, i.getId()));
        TextCipher cipher = keys.cipher();
        return mine.stream()
                .map(i -> new MyIssueViews.MyIssue(
                        i.getId(),
                        i.readTitle(cipher),
                        i.getSet().getId(),
                        i.getSet().getName(),
                        i.getStatus().name(),
                        i.getRaisedAt(),
                        i.getClosedAt(),
                        openActions.getOrDefault(i.getId(), 0L),
                        Labels.of(i.getStatus())))
                .toList();
    }

    /** The sets the caller can raise an issue in: current memberships with the ground rules agreed. */
    @RolesAllowed(Role.MEMBER_NAME)
    public List<MyIssueViews.SetChoice> setsToRaiseIn() {
        Person me = callers.person();
        return access
                .agreedCurrentRulesOf(
                        em.createNamedQuery("Membership.activeSetsOf", LearningSet.class)
                                .setParameter("person", me)
                                .getResultList(),
                        me)
                .stream()
                .sorted(Comparator.comparing(LearningSet::getName))
                .map(s -> new MyIssueViews.SetChoice(s.getId(), s.getName()))
                .toList();
    }

    /** The issue, its actions and progress, and what happened to it at each meeting, in meeting order. */
    public MyIssueViews.IssueHistory history(@NotNull String issueId) {
        IssueViews.IssueView view = issues.view(issueId); // checks the caller may read it, and audits the read
        Person me = callers.person();
        Issue issue = content.issueForReader(issueId, me);
        Map<String, IssueViews.ActionView> actions =
                view.actions().stream().collect(Collectors.toMap(IssueViews.ActionView::id, Function.identity()));
        Map<String, IssueViews.ProgressView> progress = view.actions().stream()
                .flatMap(a -> a.progress().stream())
                .collect(Collectors.toMap(IssueViews.ProgressView::id, Function.identity()));

        Map<String, Step> steps = new HashMap<>();
        Set<Meeting> meetings = new LinkedHashSet<>();
        for (Round r : em.createNamedQuery("Round.ofIssue", Round.class)
                .setParameter("issue", issue)
                .getResultList()) {
            meetings.add(r.getMeeting());
            step(steps, r.getMeeting()).hadRound = true;
        }
        for (TimeBid b : em.createNamedQuery("TimeBid.ofIssue", TimeBid.class)
                .setParameter("issue", issue)
                .getResultList()) {
            meetings.add(b.getMeeting());
            step(steps, b.getMeeting()).bid = b;
        }
        List<Meeting> ofSet = em.createNamedQuery("Meeting.ofSet", Meeting.class)
                .setParameter("set", issue.getSet())
                .getResultList();
        Map<String, Meeting> byId = ofSet.stream().collect(Collectors.toMap(Meeting::getId, Function.identity()));
        for (AtMeeting row : em.createNamedQuery("Action.meetingsAgreedOfIssue", AtMeeting.class)
                .setParameter("issue", issue)
                .getResultList()) {
            Meeting m = byId.get(row.meetingId());
            meetings.add(m);
            step(steps, m).actions.add(actions.get(row.recordId()));
        }
        for (AtMeeting row : em.createNamedQuery("ProgressUpdate.meetingsOfIssue", AtMeeting.class)
                .setParameter("issue", issue)
                .getResultList()) {
            Meeting m = byId.get(row.meetingId());
            meetings.add(m);
            step(steps, m).progress.add(progress.get(row.recordId()));
        }
        List<MyIssueViews.MeetingStep> history = meetings.stream()
                .sorted(Comparator.comparingInt(Meeting::getSequenceNumber))
                .map(m -> steps.get(m.getId()).view(m))
                .toList();
        List<MeetingChoice> choices = ofSet.stream()
                .filter(m -> m.getStatus() != MeetingStatus.CANCELLED)
                .map(MeetingChoice::of)
                .toList();
        String suggested = ofSet.stream()
                .filter(m -> m.getStatus() == MeetingStatus.HELD)
                .reduce((first, second) -> second)
                .map(Meeting::getId)
                .orElse(null);
        boolean holder = issue.getHolder().equals(me);
        boolean facilitator = content.isFacilitator(issue.getSet(), me);
        boolean canClose = issue.getStatus() == IssueStatus.OPEN && (holder || facilitator);
        List<MeetingChoice> held = ofSet.stream()
                .filter(m -> m.getStatus() == MeetingStatus.HELD)
                .map(MeetingChoice::of)
                .toList();
        return new MyIssueViews.IssueHistory(
                view, issue.getSet().getName(), holder, canClose, history, choices, suggested, facilitator, held);
    }

    private boolean mayRead(LearningSet set, Person me) {
        return access.isActiveMember(set, me) && access.hasAgreedCurrentRules(set, me);
    }

    private static Step step(Map<String, Step> steps, Meeting meeting) {
        return steps.computeIfAbsent(meeting.getId(), id -> new Step());
    }

    /** What is gathered for one meeting while the history is put together. */
    private static final class Step {
        private boolean hadRound;
        private TimeBid bid;
        private final List<IssueViews.ActionView> actions = new ArrayList<>();
        private final List<IssueViews.ProgressView> progress = new ArrayList<>();

        MyIssueViews.MeetingStep view(Meeting m) {
            progress.sort(Comparator.comparing(IssueViews.ProgressView::reportedAt));
            return new MyIssueViews.MeetingStep(
                    m.getId(),
                    m.getSequenceNumber(),
                    m.getStart(),
                    m.getStatus().name(),
                    hadRound,
                    bid == null ? null : bid.getMinutesWanted(),
                    bid == null ? null : bid.getMinutesBooked(),
                    List.copyOf(actions),
                    List.copyOf(progress));
        }
    }
}
