package org.learningsets.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.issue.Issue;

/** An action-learning round: one issue holder's airtime, the set's questions, action planning, reflection. */
@Entity
@Table(name = "al_round")
@NamedQuery(
        name = "Round.ofMeeting",
        query = "select r from Round r join fetch r.issue where r.meeting = :meeting order by r.startedAt")
@NamedQuery(
        name = "Round.ofMeetingAndIssue",
        query = "select r from Round r where r.meeting = :meeting and r.issue = :issue")
@NamedQuery(
        name = "Round.ofIssue",
        query = "select r from Round r join fetch r.meeting where r.issue = :issue order by r.startedAt")
@NamedQuery(
        name = "Round.timesAtHeldMeetingsOfSets",
        query =
                "select new org.learningsets.model.meeting.RoundTimes(r.meeting.id, r.startedAt, r.endedAt) from Round r where r.meeting.set in :sets and r.meeting.status = org.learningsets.model.meeting.MeetingStatus.HELD")
public class Round extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id", nullable = false)
    private Issue issue;

    @NotNull
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Round() {}

    public Round(Meeting meeting, Issue issue, Instant startedAt) {
        this.meeting = Checks.required(meeting, "Meeting");
        this.issue = Checks.required(issue, "Issue");
        this.startedAt = Checks.required(startedAt, "Start");
    }

    public void end(Instant when) {
        if (Checks.required(when, "End").isBefore(startedAt)) {
            throw new InvalidInputException("A round cannot end before it started.");
        }
        this.endedAt = when;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Issue getIssue() {
        return issue;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /** The minutes booked for this round's issue among its meeting's bids; null while that bid is not booked. */
    public Integer minutesBookedIn(List<TimeBid> meetingBids) {
        return meetingBids.stream()
                .filter(b -> b.getIssue().equals(getIssue()) && b.isBooked())
                .map(TimeBid::getMinutesBooked)
                .findFirst()
                .orElse(null);
    }
}
