package org.learningsets.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningsets.ejb.evaluation.MeetingReviewService;
import org.learningsets.ejb.evaluation.MeetingReviewViews;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.common.StateException;
import org.learningsets.web.platform.Messages;

/**
 * The end-of-meeting pulse and process review for one held meeting: a form until answered, then a thank-you with
 * the answers and a way to change them. A meeting not yet held shows why there is nothing to answer.
 */
@Named
@ViewScoped
public class MeetingReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MeetingReviewService reviews;

    private String id;
    private MeetingReviewViews.ReviewForm form;
    private String notice;
    private boolean editing;
    private Integer pulse;
    private String whatHelped;
    private String whatGotInTheWay;
    private String whatILearned;

    /** Other sets' meetings, tampered ids and ended memberships are not caught: they lead to the refusal page. */
    public void load() {
        if (id == null || id.isBlank()) {
            throw new NotFoundException("The meeting was not found: the link has no id.");
        }
        if (form == null && notice == null) {
            try {
                form = reviews.form(id);
                editing = form.mine() == null;
            } catch (StateException e) {
                notice = e.getMessage();
            }
        }
    }

    public void edit() {
        MeetingReviewViews.MyReview mine = form.mine();
        pulse = mine.pulse();
        whatHelped = mine.whatHelped();
        whatGotInTheWay = mine.whatGotInTheWay();
        whatILearned = mine.whatILearned();
        editing = true;
    }

    public String save() {
        try {
            if (form.mine() == null) {
                reviews.respond(id, pulse, whatHelped, whatGotInTheWay, whatILearned);
            } else {
                reviews.revise(
                        form.mine().id(), form.mine().version(), pulse, whatHelped, whatGotInTheWay, whatILearned);
            }
            Messages.info("Thank you: your review is saved.");
            return "/meetings/review?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            Messages.show(e, null);
            return null;
        }
    }

    public String cancel() {
        return "/meetings/review?faces-redirect=true&id=" + id;
    }

    /** The answer scale, highest first, in words. */
    public int[] getScores() {
        return new int[] {5, 4, 3, 2, 1};
    }

    public String scoreLabel(int score) {
        return switch (score) {
            case 5 -> "5: very well";
            case 4 -> "4: well";
            case 3 -> "3: fairly well";
            case 2 -> "2: not very well";
            default -> "1: not well at all";
        };
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingReviewViews.ReviewForm getForm() {
        return form;
    }

    public String getNotice() {
        return notice;
    }

    public boolean isEditing() {
        return editing;
    }

    public Integer getPulse() {
        return pulse;
    }

    public void setPulse(Integer pulse) {
        this.pulse = pulse;
    }

    public String getWhatHelped() {
        return whatHelped;
    }

    public void setWhatHelped(String whatHelped) {
        this.whatHelped = whatHelped;
    }

    public String getWhatGotInTheWay() {
        return whatGotInTheWay;
    }

    public void setWhatGotInTheWay(String whatGotInTheWay) {
        this.whatGotInTheWay = whatGotInTheWay;
    }

    public String getWhatILearned() {
        return whatILearned;
    }

    public void setWhatILearned(String whatILearned) {
        this.whatILearned = whatILearned;
    }
}
