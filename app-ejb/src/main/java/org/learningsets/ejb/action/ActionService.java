package org.learningsets.ejb.action;

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
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;

/**
 * Action plans: the issue holder decides on actions (the facilitator may capture them during the round), owns
 * them, and reports progress at the next check-in. Confidential to the set.
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class ActionService {

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

    @Inject
    ActionPlans plans;

    /** An action for the issue's holder; {@code meetingId} (optional) is the meeting where it was agreed. */
    public String agree(
            @NotNull String issueId,
            @NotBlank(message = "Say what the action is.") @Size(max = FieldLengths.LONG_TEXT) String description,
            LocalDate dueDate,
            String meetingId) {
        Person me = callers.person();
        Issue issue = content.issueForReader(issueId, me);
        if (!issue.getHolder().equals(me) && !content.isFacilitator(issue.getSet(), me)) {
            throw new AccessDeniedException(
                    "Actions are decided by the issue holder (or captured by the " + "facilitator during the round).");
        }
        Meeting meeting = meetingId == null ? null : Find.byId(em, Meeting.class, meetingId, "The meeting");
        Action action = plans.add(issue, meeting, description, dueDate, me);
        return action.getId();
    }

    /** The owner, or the facilitator, marks an action done, carried forward or dropped. */
    public void mark(@NotNull String actionId, long expectedVersion, @NotNull ActionStatus status) {
        Action action = readable(actionId);
        Person me = callers.person();
        if (!action.getOwner().equals(me)
                && !content.isFacilitator(action.getIssue().getSet(), me)) {
            throw new AccessDeniedException("Only the action's owner or the set's facilitator can change it.");
        }
        Versions.check(action, expectedVersion, "The action");
        action.mark(status);
        audit.record(action.getIssue().getSet(), me, AuditAction.CHANGE, AuditedRecord.ACTION, action.getId());
    }

    /** Progress is reported by the action's owner. */
    @RolesAllowed(Role.MEMBER_NAME)
    public String reportProgress(
            @NotNull String actionId,
            @NotBlank(message = "Write what has happened.") @Size(max = FieldLengths.LONG_TEXT) String note,
            String meetingId) {
        Action action = readable(actionId);
        Person me = callers.person();
        if (!action.getOwner().equals(me)) {
            throw new AccessDeniedException("Only the action's owner reports progress on it.");
        }
        Meeting meeting = meetingId == null ? null : Find.byId(em, Meeting.class, meetingId, "The meeting");
        if (meeting != null && !meeting.getSet().equals(action.getIssue().getSet())) {
            throw new InvalidInputException("That meeting belongs to another set.");
        }
        ProgressUpdate update = new ProgressUpdate(action, meeting, me, note, clock.instant(), keys.cipher());
        em.persist(update);
        audit.record(action.getIssue().getSet(), me, AuditAction.CREATE, AuditedRecord.PROGRESS_UPDATE, update.getId());
        return update.getId();
    }

    private Action readable(String actionId) {
        return content.actionForReader(actionId, callers.person());
    }
}
