package org.learningsets.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.set.LearningSet;

/** One meeting of a set: when (Europe/London wall-clock time), how long, where or through which link. */
@Entity
@Table(name = "meeting", uniqueConstraints = @UniqueConstraint(columnNames = {"set_id", "sequence_number"}))
@NamedQuery(
        name = "Meeting.upcomingOfSets",
        query =
                "select m from Meeting m where m.set in :sets and m.status = org.learningsets.model.meeting.MeetingStatus.PLANNED and m.startsAt >= :from order by m.startsAt")
@NamedQuery(name = "Meeting.ofSet", query = "select m from Meeting m where m.set = :set order by m.sequenceNumber")
@NamedQuery(
        name = "Meeting.heldOfSets",
        query =
                "select m from Meeting m join fetch m.set where m.set in :sets and m.status = org.learningsets.model.meeting.MeetingStatus.HELD order by m.startsAt desc")
@NamedQuery(
        name = "Meeting.plannedOfSetFrom",
        query =
                "select m from Meeting m where m.set = :set and m.status = org.learningsets.model.meeting.MeetingStatus.PLANNED and m.startsAt >= :from order by m.startsAt")
@NamedQuery(
        name = "Meeting.countPlannedOfSet",
        query =
                "select count(m) from Meeting m where m.set = :set and m.status = org.learningsets.model.meeting.MeetingStatus.PLANNED")
@NamedQuery(name = "Meeting.maxSequenceOfSet", query = "select max(m.sequenceNumber) from Meeting m where m.set = :set")
@NamedQuery(
        name = "Meeting.countPlannedOfSetsOutside",
        query =
                "select count(m) from Meeting m where m.set in :sets and m.status = org.learningsets.model.meeting.MeetingStatus.PLANNED and (m.startsAt < :from or m.startsAt >= :until)")
@NamedQuery(
        name = "Meeting.countPlannedBySet",
        query =
                "select new org.learningsets.model.set.SetCount(s.id, s.name, count(m)) from Meeting m join m.set s where s in :sets and m.status = org.learningsets.model.meeting.MeetingStatus.PLANNED group by s.id, s.name")
@NamedQuery(name = "Meeting.count", query = "select count(m) from Meeting m")
// Counted in the database: the sponsor report needs numbers, not the meetings, and adds up each meeting's attendance
// counts instead of counting its marks. By the set_id column (setId), not m.set or m.set.id: those join learning_set,
// and Derby then reads every meeting for a list of sets (seconds).
@NamedQuery(
        name = "Meeting.countsOfSets",
        query =
                "select new org.learningsets.model.meeting.SetMeetingCount(m.setId, m.status, count(m), sum(m.presentCount), sum(m.presentCount + m.apologiesCount + m.absentCount)) from Meeting m where m.setId in :setIds group by m.setId, m.status")
// Plain SQL, relative to the row's own numbers: marks recorded at the same moment each add theirs, and the meeting's
// version does not change (a whole set checking in at once would otherwise refuse all but one). See AttendanceCounts.
@NamedNativeQuery(
        name = "Meeting.countAttendance",
        query =
                "UPDATE meeting SET present_count = present_count + ?1, apologies_count = apologies_count + ?2, absent_count = absent_count + ?3 WHERE id = ?4")
// The dashboards' meetings as plain values: no entity to build and track for each of many sets' meetings.
@NamedQuery(
        name = "Meeting.factsOfSets",
        query =
                "select new org.learningsets.model.meeting.MeetingFact(m.id, m.setId, m.sequenceNumber, m.startsAt, m.durationMinutes, m.status) from Meeting m where m.setId in :setIds order by m.sequenceNumber")
public class Meeting extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false)
    private LearningSet set;

    /** The same column, read only, for counting queries that must not join learning_set (see Meeting.countsOfSets). */
    @Column(name = "set_id", insertable = false, updatable = false)
    private String setId;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    // How many of the members were marked present, sent apologies or were absent: kept by Meeting.countAttendance in
    // the same transaction as each mark, never written with the entity (read only here; 0 in a new row).
    @Column(name = "present_count", insertable = false, updatable = false)
    private int presentCount;

    @Column(name = "apologies_count", insertable = false, updatable = false)
    private int apologiesCount;

    @Column(name = "absent_count", insertable = false, updatable = false)
    private int absentCount;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "mode", length = 20, nullable = false)
    private MeetingMode mode;

    @Size(max = FieldLengths.NAME)
    @Column(name = "place", length = FieldLengths.NAME)
    private String place;

    @Size(max = FieldLengths.URL)
    @Column(name = "link", length = FieldLengths.URL)
    private String link;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private MeetingStatus status = MeetingStatus.PLANNED;

    /** In a self-facilitating set, the member who holds the facilitator's role for this meeting (the rota). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rota_holder_id")
    private Person rotaHolder;

    protected Meeting() {}

    public Meeting(
            LearningSet set,
            int sequenceNumber,
            LocalDateTime startsAt,
            int durationMinutes,
            MeetingMode mode,
            String place,
            String link) {
        this.set = Checks.required(set, "Set");
        this.sequenceNumber = Checks.between(sequenceNumber, 1, 500, "Meeting number");
        moveTo(startsAt, durationMinutes);
        relocate(mode, place, link);
    }

    public final void moveTo(LocalDateTime newStart, int newDurationMinutes) {
        this.startsAt = Checks.required(newStart, "Start time");
        this.durationMinutes = Checks.between(newDurationMinutes, 15, 480, "Meeting length in minutes");
    }

    public final void relocate(MeetingMode newMode, String newPlace, String newLink) {
        MeetingMode m = Checks.required(newMode, "Meeting mode");
        String p = Checks.optionalText(newPlace, "Place", FieldLengths.NAME);
        String l = Checks.optionalText(newLink, "Meeting link", FieldLengths.URL);
        if (m.needsPlace() && p == null) {
            throw new InvalidInputException("A meeting held " + m.getLabel().toLowerCase() + " needs a place.");
        }
        if (m.needsLink() && l == null) {
            throw new InvalidInputException("A " + m.getLabel().toLowerCase() + " meeting needs a meeting link.");
        }
        if (l != null) {
            requireWebLink(l);
        }
        this.mode = m;
        this.place = p;
        this.link = l;
    }

    private static void requireWebLink(String link) {
        try {
            URI uri = URI.create(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new InvalidInputException("The meeting link must be a web address starting with https://.");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The meeting link is not a valid web address.");
        }
    }

    public void markHeld() {
        if (status != MeetingStatus.PLANNED) {
            throw new StateException("Only a planned meeting can be marked as held.");
        }
        status = MeetingStatus.HELD;
    }

    /** Puts {@code member} on the rota for this meeting; a held or cancelled meeting's rota is history. */
    public void giveRotaTo(Person member) {
        Checks.required(member, "Who holds the facilitator's role");
        if (status != MeetingStatus.PLANNED) {
            throw new StateException("Meeting " + sequenceNumber
                    + (status == MeetingStatus.HELD ? " has been held" : " was cancelled")
                    + "; its rota can no longer change.");
        }
        this.rotaHolder = member;
    }

    /** Whether {@code person} holds the facilitator's role for this meeting on the rota. */
    public boolean isOnRota(Person person) {
        return rotaHolder != null && rotaHolder.equals(person);
    }

    public void cancel() {
        if (status != MeetingStatus.PLANNED) {
            throw new StateException("Only a planned meeting can be cancelled.");
        }
        status = MeetingStatus.CANCELLED;
    }

    /** Planned for a later day than {@code today} (London date): starting it now would be early. */
    public boolean isBeforeItsDay(LocalDate today) {
        return startsAt.toLocalDate().isAfter(today);
    }

    public ZonedDateTime getStart() {
        return startsAt.atZone(TimeZones.LONDON);
    }

    /** The end in real time: a meeting over a clock change still lasts its minutes. */
    public ZonedDateTime getEnd() {
        return getStart().plusMinutes(durationMinutes);
    }

    public LearningSet getSet() {
        return set;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public String getPlace() {
        return place;
    }

    public String getLink() {
        return link;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    /** Null when nobody holds the facilitator's role for this meeting. */
    public Person getRotaHolder() {
        return rotaHolder;
    }
}
