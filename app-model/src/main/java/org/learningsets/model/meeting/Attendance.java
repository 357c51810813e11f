package org.learningsets.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.person.Person;

/** Whether a member came to a meeting, sent apologies, or was absent. */
@Entity
@Table(name = "attendance", uniqueConstraints = @UniqueConstraint(columnNames = {"meeting_id", "person_id"}))
@NamedQuery(
        name = "Attendance.ofMeeting",
        query = "select a from Attendance a join fetch a.person where a.meeting = :meeting")
@NamedQuery(
        name = "Attendance.ofMeetingAndPerson",
        query = "select a from Attendance a where a.meeting = :meeting and a.person = :person")
@NamedQuery(
        name = "Attendance.ofPersonInSets",
        query = "select a from Attendance a join fetch a.meeting where a.person = :person and a.meeting.set in :sets")
@NamedQuery(
        name = "Attendance.atHeldMeetingsOfSets",
        query =
                "select new org.learningsets.model.meeting.AttendanceMark(a.meeting.id, a.personId, a.status) from Attendance a where a.meeting.set in :sets and a.meeting.status = org.learningsets.model.meeting.MeetingStatus.HELD")
public class Attendance extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    /** The same column, read only, so the dashboard's marks name the member without joining person for each row. */
    @Column(name = "person_id", insertable = false, updatable = false)
    private String personId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private AttendanceStatus status;

    protected Attendance() {}

    public Attendance(Meeting meeting, Person person, AttendanceStatus status) {
        this.meeting = Checks.required(meeting, "Meeting");
        this.person = Checks.required(person, "Person");
        record(status);
    }

    public final void record(AttendanceStatus newStatus) {
        this.status = Checks.required(newStatus, "Attendance");
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public AttendanceStatus getStatus() {
        return status;
    }
}
