package org.learningsets.model.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.FieldLengths;

/**
 * How often a meeting has changed on its live page: raised at every change, read by every node, which tells its own
 * screens of the meeting when the number goes up. Holds no content. {@code contentRevision} is the revision of the
 * last change to more than the running round's step and timer: a screen that has read it can follow the running
 * step's figures alone.
 */
@Entity
@Table(name = "live_meeting_change")
@NamedQuery(name = "LiveMeetingChange.since", query = "select c from LiveMeetingChange c where c.changedAt >= :since")
// Plain SQL with bound parameters (?1 the time, ?2 the meeting), raised relative to the row's own number: written in
// JPQL, EclipseLink sent the raise to Derby as text with the values in it (it does not bind beside arithmetic on
// Derby), so Derby compiled it anew, a class of its own each time, at every change of every live meeting.
@NamedNativeQuery(
        name = "LiveMeetingChange.raise",
        query = "UPDATE live_meeting_change SET revision = revision + 1, content_revision = revision + 1,"
                + " changed_at = ?1 WHERE meeting_id = ?2")
@NamedNativeQuery(
        name = "LiveMeetingChange.raiseWithinRound",
        query = "UPDATE live_meeting_change SET revision = revision + 1, changed_at = ?1 WHERE meeting_id = ?2")
public class LiveMeetingChange {

    @Id
    @Column(name = "meeting_id", length = FieldLengths.ID, nullable = false, updatable = false)
    private String meetingId;

    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "content_revision", nullable = false)
    private long contentRevision;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected LiveMeetingChange() {}

    public LiveMeetingChange(String meetingId, Instant now) {
        this.meetingId = Checks.text(meetingId, "Meeting", FieldLengths.ID);
        this.revision = 1;
        this.contentRevision = 1;
        this.changedAt = Checks.required(now, "When");
    }

    public String getMeetingId() {
        return meetingId;
    }

    public long getRevision() {
        return revision;
    }

    public long getContentRevision() {
        return contentRevision;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
