package org.learningsets.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.issue.Issue;

/**
 * A member's bid for time on an issue at a meeting; once the set agrees the agenda it becomes a slot with a
 * position and booked minutes.
 */
@Entity
@Table(name = "time_bid", uniqueConstraints = @UniqueConstraint(columnNames = {"meeting_id", "issue_id"}))
@NamedQuery(
        name = "TimeBid.ofMeeting",
        query =
                "select b from TimeBid b join fetch b.issue where b.meeting = :meeting order by b.agendaPosition, b.minutesWanted desc")
@NamedQuery(name = "TimeBid.ofIssue", query = "select b from TimeBid b join fetch b.meeting where b.issue = :issue")
@NamedQuery(
        name = "TimeBid.ofMeetingAndHolder",
        query = "select b from TimeBid b join fetch b.issue where b.meeting = :meeting and b.issue.holder = :holder")
@NamedQuery(
        name = "TimeBid.countOfMeetingAndIssue",
        query = "select count(b) from TimeBid b where b.meeting = :meeting and b.issue = :issue")
@NamedQuery(
        name = "TimeBid.bookedAtHeldMeetingsOfSets",
        query =
                "select new org.learningsets.model.meeting.MeetingMinutes(b.meeting.id, sum(b.minutesBooked)) from TimeBid b where b.meeting.set in :sets and b.meeting.status = org.learningsets.model.meeting.MeetingStatus.HELD and b.minutesBooked is not null group by b.meeting.id")
public class TimeBid extends EditableEntity {

    /** Shortest bid worth a round: presenting, questions and actions need at least this. */
    public static final int MIN_MINUTES = 5;
    /** Longest bid: one issue holder may not take more than an hour of the set's time. */
    public static final int MAX_MINUTES = 60;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id", nullable = false)
    private Issue issue;

    @Column(name = "minutes_wanted", nullable = false)
    private int minutesWanted;

    @Column(name = "agenda_position")
    private Integer agendaPosition;

    @Column(name = "minutes_booked")
    private Integer minutesBooked;

    protected TimeBid() {}

    public TimeBid(Meeting meeting, Issue issue, int minutesWanted) {
        this.meeting = Checks.required(meeting, "Meeting");
        this.issue = Checks.required(issue, "Issue");
        if (!issue.getSet().equals(meeting.getSet())) {
            throw new InvalidInputException("A bid is for an issue of the meeting's own set.");
        }
        this.minutesWanted = checkedMinutes(meeting, minutesWanted);
    }

    /** A new wish before the set has agreed the agenda; once booked, the set's agreement stands. */
    public void changeMinutes(int newMinutesWanted) {
        if (agendaPosition != null) {
            throw new StateException(
                    "The set has already booked time for this issue; ask the facilitator to " + "change it.");
        }
        this.minutesWanted = checkedMinutes(meeting, newMinutesWanted);
    }

    public boolean isBooked() {
        return agendaPosition != null;
    }

    /** Between {@value #MIN_MINUTES} and {@value #MAX_MINUTES} minutes, and never more than the meeting lasts. */
    private static int checkedMinutes(Meeting meeting, int minutes) {
        return Checks.between(
                minutes, MIN_MINUTES, Math.min(MAX_MINUTES, meeting.getDurationMinutes()), "Minutes wanted");
    }

    public void book(int position, int minutes) {
        this.agendaPosition = Checks.between(position, 1, 50, "Agenda position");
        this.minutesBooked = Checks.between(minutes, 5, meeting.getDurationMinutes(), "Minutes booked");
    }

    /** Left off the agenda when the set books it (the issue can be bid again next time). */
    public void unbook() {
        this.agendaPosition = null;
        this.minutesBooked = null;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Issue getIssue() {
        return issue;
    }

    public int getMinutesWanted() {
        return minutesWanted;
    }

    public Integer getAgendaPosition() {
        return agendaPosition;
    }

    public Integer getMinutesBooked() {
        return minutesBooked;
    }
}
