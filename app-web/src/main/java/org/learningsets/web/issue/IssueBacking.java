package org.learningsets.web.issue;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.learningsets.ejb.action.ActionService;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.issue.MyIssueViews;
import org.learningsets.ejb.issue.MyIssuesService;
import org.learningsets.model.common.Labels;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.web.action.ActionUpdates;
import org.learningsets.web.platform.Messages;

/**
 * One issue: its story across meetings, its actions as compact cards (each opened for an update on its own), a
 * form to agree a new action and (after a confirmation step) closing it as resolved or dropped. Each successful
 * change reloads the page.
 */
@Named
@ViewScoped
public class IssueBacking extends ActionUpdates {

    private static final long serialVersionUID = 1L;

    @EJB
    MyIssuesService myIssues;

    @EJB
    IssueService issues;

    @EJB
    ActionService actions;

    private String id;
    private MyIssueViews.IssueHistory history;
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
        }
    }

    @Override
    protected ActionService actions() {
        return actions;
    }

    @Override
    protected String reloaded() {
        return "/issues/issue?faces-redirect=true&id=" + id;
    }

    public String agree() {
        if (!Messages.attempt(() -> actions.agree(id, actionDescription, actionDueDate, actionMeetingId))) {
            return null;
        }
        Messages.info("The action is added to your action plan.");
        return reloaded();
    }

    /** Step one of closing: the page asks for confirmation before anything changes. */
    public void askToClose(IssueStatus outcome) {
        closing = outcome;
    }

    public void cancelClose() {
        closing = null;
    }

    public String close() {
        IssueStatus outcome = closing;
        closing = null;
        if (!Messages.attempt(() -> issues.close(id, history.issue().version(), outcome))) {
            return null;
        }
        Messages.info("The issue is marked " + Labels.of(outcome).toLowerCase() + ".");
        return reloaded();
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
