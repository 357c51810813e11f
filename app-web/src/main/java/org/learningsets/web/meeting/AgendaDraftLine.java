package org.learningsets.web.meeting;

import java.io.Serializable;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaLine;

/** One bid as the person running the meeting arranges the agenda: on it or not, and for how many minutes. */
public class AgendaDraftLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String bidId;
    private String issueTitle;
    private String holderName;
    private boolean holderPresent;
    private int minutesWanted;
    private boolean included;
    private Integer minutes;

    AgendaDraftLine(AgendaLine bid) {
        this.bidId = bid.bidId();
        update(bid);
        this.included = bid.holderPresent();
        this.minutes = bid.minutesBooked() != null ? bid.minutesBooked() : bid.minutesWanted();
    }

    /** What may have changed on the server since: the holder's attendance, the minutes wanted. */
    final void update(AgendaLine bid) {
        this.issueTitle = bid.issueTitle();
        this.holderName = bid.holderName();
        this.holderPresent = bid.holderPresent();
        this.minutesWanted = bid.minutesWanted();
        if (!holderPresent) {
            included = false;
        }
    }

    public String getBidId() {
        return bidId;
    }

    public String getIssueTitle() {
        return issueTitle;
    }

    public String getHolderName() {
        return holderName;
    }

    public boolean isHolderPresent() {
        return holderPresent;
    }

    public int getMinutesWanted() {
        return minutesWanted;
    }

    public boolean isIncluded() {
        return included;
    }

    public void setIncluded(boolean included) {
        this.included = included;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
