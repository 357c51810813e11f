package org.learningsets.ejb.meeting;

import java.io.Serializable;
import java.util.List;

/** What a member sees while preparing a meeting: their bids, issues to carry over, apologies, the draft agenda. */
public final class PreparationViews {

    private PreparationViews() {}

    /** One of my bids; the version goes back with a change or withdrawal. */
    public record BidView(
            String bidId, long version, String issueId, String issueTitle, int minutesWanted, Integer minutesBooked)
            implements Serializable {

        public boolean booked() {
            return minutesBooked != null;
        }
    }

    /** One of my open issues that has no bid at this meeting yet: it can be carried over. */
    public record IssueChoice(String issueId, String title) implements Serializable {}

    /** A line of the draft agenda: bids in the order the set will take them. */
    public record AgendaItem(
            int order, String issueTitle, String holderName, int minutesWanted, Integer minutesBooked, boolean mine)
            implements Serializable {}

    /** The draft agenda and how the minutes wanted compare with the meeting's length. */
    public record DraftAgenda(String meetingId, int meetingMinutes, List<AgendaItem> items) implements Serializable {

        public int totalWanted() {
            return items.stream().mapToInt(AgendaItem::minutesWanted).sum();
        }

        /** Minutes wanted beyond the meeting's length (0 when everything fits). */
        public int overBy() {
            return Math.max(0, totalWanted() - meetingMinutes);
        }
    }

    /**
     * Everything on the prepare page. {@code open} says whether the meeting still takes bids and apologies; the
     * limits are those the service enforces, for the form's hints.
     */
    public record MeetingPreparation(
            MeetingDetails meeting,
            boolean open,
            List<BidView> myBids,
            List<IssueChoice> carriedOver,
            boolean apologiesSent,
            DraftAgenda agenda,
            int minMinutes,
            int maxMinutes)
            implements Serializable {}
}
