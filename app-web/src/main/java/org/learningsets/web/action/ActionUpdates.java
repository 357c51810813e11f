package org.learningsets.web.action;

import java.io.Serializable;
import org.learningsets.ejb.action.ActionService;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.common.Labels;
import org.learningsets.web.platform.Messages;

/**
 * The short way to update one action, shared by the issue page and My actions: an action card shows a single
 * "Update" button; pressed, it opens a small form for that action only (a progress note, and buttons for the other
 * statuses). A refused change keeps the note typed; a successful one reloads the page (post-redirect-get). The cards
 * sit in one form around the whole list: a form inside each repeated card would be decoded once per card, the last
 * one deciding whether any was submitted, and a note typed in another card would never reach the model.
 */
public abstract class ActionUpdates implements Serializable {

    private static final long serialVersionUID = 1L;

    private String editing;
    private String note;
    private String reportedAt;

    protected abstract ActionService actions();

    /** Where to go after a change: the page again, by a redirect. */
    protected abstract String reloaded();

    /** Opens the form of one action; {@code suggestedMeetingId}: the meeting the progress is reported at, or null. */
    public void edit(String actionId, String suggestedMeetingId) {
        editing = actionId;
        note = null;
        reportedAt = suggestedMeetingId;
    }

    public void cancelEdit() {
        editing = null;
    }

    public boolean editing(String actionId) {
        return actionId != null && actionId.equals(editing);
    }

    public String saveProgress(String actionId) {
        if (!Messages.attempt(() -> actions().reportProgress(actionId, note, reportedAt))) {
            return null;
        }
        Messages.info("Your progress is recorded.");
        editing = null;
        return reloaded();
    }

    public String mark(String actionId, long version, ActionStatus status) {
        if (!Messages.attempt(() -> actions().mark(actionId, version, status))) {
            return null;
        }
        Messages.info("The action is now " + Labels.of(status).toLowerCase() + ".");
        editing = null;
        return reloaded();
    }

    public ActionStatus[] getActionStatuses() {
        return ActionStatus.values();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(String reportedAt) {
        this.reportedAt = reportedAt;
    }
}
