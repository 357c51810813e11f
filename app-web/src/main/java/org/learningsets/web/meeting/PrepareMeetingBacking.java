package org.learningsets.web.meeting;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.learningsets.ejb.meeting.AttendanceService;
import org.learningsets.ejb.meeting.BidService;
import org.learningsets.ejb.meeting.PreparationViews.BidView;
import org.learningsets.ejb.meeting.PreparationViews.MeetingPreparation;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.meeting.TimeBid;
import org.learningsets.web.platform.Messages;

/**
 * Preparing a meeting: bid for time on a new issue or one carried over, change or withdraw a bid, send or withdraw
 * apologies, read the draft agenda. A refused id in the address goes to the refusal page; a refused action shows
 * its message and keeps what was typed. A successful action redirects, so a reload never repeats it.
 */
@Named
@ViewScoped
public class PrepareMeetingBacking implements Serializable {

    /** The choice that means "raise a new issue" rather than an issue id. */
    public static final String NEW_ISSUE = "new";

    private static final long serialVersionUID = 1L;

    @EJB
    BidService bids;

    @EJB
    AttendanceService attendance;

    @Inject
    FacesContext faces;

    private String id;
    private MeetingPreparation preparation;

    @NotNull(message = "Choose a new issue or one of your open issues.")
    private String issueChoice = NEW_ISSUE;

    private String title;
    private String narrative;

    @NotNull(message = "Say how many minutes you would like.")
    @Min(value = TimeBid.MIN_MINUTES, message = "Ask for at least " + TimeBid.MIN_MINUTES + " minutes.")
    @Max(value = TimeBid.MAX_MINUTES, message = "Ask for at most " + TimeBid.MAX_MINUTES + " minutes.")
    private Integer minutes;

    /** New minutes typed against each of my bids, by bid id. */
    private final Map<String, Integer> newMinutes = new HashMap<>();

    public void load() {
        if (id == null) {
            throw new NotFoundException("No meeting was named; open it from your set's page.");
        }
        preparation = bids.prepare(id);
        for (BidView b : preparation.myBids()) {
            newMinutes.putIfAbsent(b.bidId(), b.minutesWanted());
        }
    }

    public String bid() {
        boolean isNew = NEW_ISSUE.equals(issueChoice);
        if (isNew && (title == null || title.isBlank())) {
            faces.addMessage(
                    "bid:title",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Give the new issue a short title.", null));
            faces.validationFailed();
            return null;
        }
        return attempt(
                () -> {
                    if (isNew) {
                        bids.bidOnNewIssue(id, title, narrative, minutes);
                    } else {
                        bids.bidOnIssue(id, issueChoice, minutes);
                    }
                },
                "Your bid for " + minutes + " minutes is on the draft agenda.");
    }

    public String changeMinutes(BidView bid) {
        Integer wanted = newMinutes.get(bid.bidId());
        if (wanted == null) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            "Say how many minutes you would like for \"" + bid.issueTitle() + "\".",
                            null));
            return null;
        }
        return attempt(
                () -> bids.changeMinutes(bid.bidId(), bid.version(), wanted),
                "You now ask for " + wanted + " minutes for \"" + bid.issueTitle() + "\".");
    }

    public String withdraw(BidView bid) {
        return attempt(
                () -> bids.withdraw(bid.bidId(), bid.version()),
                "Your bid for \"" + bid.issueTitle() + "\" is withdrawn; the issue stays open.");
    }

    public String sendApologies() {
        int[] withdrawn = new int[1];
        String outcome = attempt(() -> withdrawn[0] = attendance.sendApologies(id), null);
        if (outcome != null) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Your apologies are sent."
                                    + (withdrawn[0] == 0
                                            ? ""
                                            : withdrawn[0] == 1
                                                    ? " Your bid for this meeting is withdrawn."
                                                    : " Your " + withdrawn[0]
                                                            + " bids for this meeting are withdrawn."),
                            null));
        }
        return outcome;
    }

    public String withdrawApologies() {
        return attempt(() -> attendance.withdrawApologies(id), "Your apologies are withdrawn: you are expected.");
    }

    /** Runs the action; on success keeps {@code done} for the redirected page, on a refusal shows why and stays. */
    private String attempt(Runnable action, String done) {
        if (!Messages.attempt(action)) {
            preparation = bids.prepare(id);
            return null;
        }
        if (done != null) {
            Messages.info(done);
        }
        return "/meetings/prepare?faces-redirect=true&id=" + id;
    }

    public String getNewIssueChoice() {
        return NEW_ISSUE;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingPreparation getPreparation() {
        return preparation;
    }

    public String getIssueChoice() {
        return issueChoice;
    }

    public void setIssueChoice(String issueChoice) {
        this.issueChoice = issueChoice;
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

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Map<String, Integer> getNewMinutes() {
        return newMinutes;
    }
}
