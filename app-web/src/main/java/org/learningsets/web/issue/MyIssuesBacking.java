package org.learningsets.web.issue;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.issue.MyIssueViews;
import org.learningsets.ejb.issue.MyIssuesService;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.web.platform.Messages;

/** My issues: the issues I hold across my sets, filtered by status, and a form to raise a new one. */
@Named
@ViewScoped
public class MyIssuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyIssuesService myIssues;

    @EJB
    IssueService issueService;

    private IssueStatus status;
    private List<MyIssueViews.MyIssue> issues;
    private List<MyIssueViews.SetChoice> sets;
    private String setId;
    private String title;
    private String narrative;

    public void load() {
        if (issues == null) {
            filter();
            sets = myIssues.setsToRaiseIn();
            if (sets.size() == 1) {
                setId = sets.get(0).id();
            }
        }
    }

    public void filter() {
        issues = myIssues.mine(status);
    }

    public String raise() {
        try {
            String id = issueService.raise(setId, title, narrative);
            Messages.info("Your issue is raised. Agree your first actions below when you are ready.");
            return "/issues/issue?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            Messages.show(e, null);
            return null;
        }
    }

    public IssueStatus[] getStatuses() {
        return IssueStatus.values();
    }

    public List<MyIssueViews.MyIssue> getIssues() {
        return issues;
    }

    public List<MyIssueViews.SetChoice> getSets() {
        return sets;
    }

    public IssueStatus getStatus() {
        return status;
    }

    public void setStatus(IssueStatus status) {
        this.status = status;
    }

    public String getSetId() {
        return setId;
    }

    public void setSetId(String setId) {
        this.setId = setId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }
}
