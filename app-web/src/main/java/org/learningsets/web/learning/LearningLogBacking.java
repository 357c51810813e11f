package org.learningsets.web.learning;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.evaluation.MeetingReviewService;
import org.learningsets.ejb.evaluation.MeetingReviewViews;
import org.learningsets.ejb.learning.LearningLogService;
import org.learningsets.ejb.meeting.MeetingChoice;
import org.learningsets.web.platform.Messages;

/** My learning log: private reflections, searched and paged, one form to write a new entry or rewrite one. */
@Named
@ViewScoped
public class LearningLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LearningLogService log;

    @EJB
    MeetingReviewService reviews;

    private String search;
    private List<LearningLogService.EntryView> entries;
    private List<MeetingChoice> meetings;
    private List<MeetingReviewViews.ReviewableMeeting> reviewable;

    private String editingId;
    private long editingVersion;
    private String editingMeetingLabel;
    private String meetingId;
    private String whatILearned;
    private String whatIWillDoDifferently;

    public void load() {
        if (entries == null) {
            entries = log.mine(null);
            meetings = log.meetingChoices();
            reviewable = reviews.reviewable();
            if (!meetings.isEmpty()) {
                meetingId = meetings.get(0).id();
            }
        }
    }

    public void find() {
        try {
            entries = log.mine(search);
        } catch (RuntimeException e) {
            Messages.show(e, "search:words");
        }
    }

    public void clearSearch() {
        search = null;
        entries = log.mine(null);
    }

    /** Puts an entry into the form; someone else's entry id is refused (and leads to the refusal page). */
    public void edit(String entryId) {
        LearningLogService.EntryView entry = log.view(entryId);
        editingId = entry.id();
        editingVersion = entry.version();
        editingMeetingLabel = entry.meetingLabel();
        whatILearned = entry.whatILearned();
        whatIWillDoDifferently = entry.whatIWillDoDifferently();
    }

    public String cancelEdit() {
        return "/learning/log?faces-redirect=true";
    }

    public String save() {
        try {
            if (editingId == null) {
                log.write(meetingId, whatILearned, whatIWillDoDifferently);
                Messages.info("Your reflection is saved in your learning log. Only you can read it.");
            } else {
                log.rewrite(editingId, editingVersion, whatILearned, whatIWillDoDifferently);
                Messages.info("Your reflection is updated.");
            }
            return "/learning/log?faces-redirect=true";
        } catch (RuntimeException e) {
            Messages.show(e, null);
            return null;
        }
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<LearningLogService.EntryView> getEntries() {
        return entries;
    }

    public List<MeetingChoice> getMeetings() {
        return meetings;
    }

    public List<MeetingReviewViews.ReviewableMeeting> getReviewable() {
        return reviewable;
    }

    public String getEditingMeetingLabel() {
        return editingMeetingLabel;
    }

    public String getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(String meetingId) {
        this.meetingId = meetingId;
    }

    public String getWhatILearned() {
        return whatILearned;
    }

    public void setWhatILearned(String whatILearned) {
        this.whatILearned = whatILearned;
    }

    public String getWhatIWillDoDifferently() {
        return whatIWillDoDifferently;
    }

    public void setWhatIWillDoDifferently(String whatIWillDoDifferently) {
        this.whatIWillDoDifferently = whatIWillDoDifferently;
    }
}
