package org.learningsets.web.issue;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.learningsets.ejb.action.ActionService;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.issue.MyIssueViews;
import org.learningsets.ejb.issue.MyIssuesService;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.web.platform.Messages;

/**
 * One issue: its story across meetings, its actions with progress and status, a form to agree a new action and
 * (after a confirmation step) closing it as resolved or dropped. Each successful change reloads the page.
 */
@Named
@ViewScoped
public class IssueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyIssuesService myIssues;

    @EJB
    IssueService issues;

    @EJB
    ActionService actions;

    private String id;
    private MyIssueViews.IssueHistory history;
    private final Map<String, String> progressNotes = new HashMap<>();
    private final Map<String, String> progressMeetings = new HashMap<>();
    private String actionDescription;
    private LocalDate actionDueDate;
    private String actionMeetingId;
    private IssueStatus closing;

    /** A refused or unknown id is not caught: it leads to the refusal page. */
    public void load() {
        if (id == null || id.isBlank()) {
            throw new NotFoundException("The issue was not found: the link has no id.");
        }
        if (history == null) {
            history = myIssues.history(id);
            actionMeetingId = history.suggestedMeetingId();
            history.issue().actions().forEach(a -> progressMeetings.put(a.id(), history.suggestedMeetingId()));
        }
    }

    public String reportProgress(String actionId) {
        try {
            actions.reportProgress(actionId, progressNotes.get(actionId),
                    progressMeetings.get(actionId));
            Messages.info("Your progress is recorded.");
            return reload();
        } catch (RuntimeException e) {
            Messages.show(e, null);
            return null;
        }
    }

    public String mark(String actionId, long version, ActionStatus status) {
        try {
            actions.mark(actionId, version, status);
            Messages.info("The action is now " + label(status) + ".");
            return reload();
        } catch (RuntimeException e) {
            Messages.show(e, null);
            return null;
        }
    }

    public String agree() {
        try {
            actions.agree(id, actionDescription, actionDueDate, actionMeetingId);
            Messages.info("The action is added to your action plan.");
            return reload();
        } catch (RuntimeException e) {
            Messages.show(e, null);
            return null;
        }
    }

    /** Step one of closing: the page asks for confirmation before anything changes. */
    public void askToClose(IssueStatus outcome) {
        closing = outcome;
    }

    public void cancelClose() {
        closing = null;
    }

    public String close() {
        try {
            issues.close(id, history.issue().version(), closing);
            Messages.info("The issue is marked " + closing.name().toLowerCase() + ".");
            return reload();
        } catch (RuntimeException e) {
            closing = null;
            Messages.show(e, null);
            return null;
        }
    }

    public static String label(ActionStatus status) {
        return switch (status) {
            case OPEN -> "open";
            case DONE -> "done";
            case CARRIED_FORWARD -> "carried forward";
            case DROPPED -> "dropped";
        };
    }

    /** The status as the page shows it, from the name a view carries. */
    public String statusLabel(String status) {
        return label(ActionStatus.valueOf(status));
    }

    public ActionStatus[] getActionStatuses() {
        return ActionStatus.values();
    }

    private String reload() {
        return "/issues/issue?faces-redirect=true&id=" + id;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MyIssueViews.IssueHistory getHistory() {
        return history;
    }

    public Map<String, String> getProgressNotes() {
        return progressNotes;
    }

    public Map<String, String> getProgressMeetings() {
        return progressMeetings;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public LocalDate getActionDueDate() {
        return actionDueDate;
    }

    public void setActionDueDate(LocalDate actionDueDate) {
        this.actionDueDate = actionDueDate;
    }

    public String getActionMeetingId() {
        return actionMeetingId;
    }

    public void setActionMeetingId(String actionMeetingId) {
        this.actionMeetingId = actionMeetingId;
    }

    public IssueStatus getClosing() {
        return closing;
    }
}
