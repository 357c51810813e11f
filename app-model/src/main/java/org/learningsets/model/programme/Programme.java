package org.learningsets.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.FlagConverter;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.Labels;
import org.learningsets.model.common.StateException;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;

/** A programme run by a programme lead for a sponsor organisation; its sets meet on its cadence. */
@Entity
@Table(name = "programme")
@NamedQuery(
        name = "Programme.findAll",
        query = "select p from Programme p join fetch p.sponsor order by p.startDate desc, p.name")
@NamedQuery(
        name = "Programme.countByName",
        query = "select count(p) from Programme p where lower(p.name) = lower(:name) and p.id <> :exceptId")
@NamedQuery(name = "Programme.count", query = "select count(p) from Programme p")
@NamedQuery(name = "Programme.supervisionOf", query = "select p from Programme p where p.supervises = :programme")
public class Programme extends EditableEntity {

    /** A set is a small group: the seeds speak of six, at most ten. */
    public static final int LARGEST_SET = 10;

    public static final int SMALLEST_SET = 2;

    @NotBlank
    @Size(max = FieldLengths.NAME)
    @Column(name = "name", length = FieldLengths.NAME, nullable = false, unique = true)
    private String name;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sponsor_id", nullable = false)
    private Organisation sponsor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    private Person lead;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Valid
    @NotNull
    @Embedded
    private Cadence cadence;

    @Column(name = "meeting_minutes", nullable = false)
    private int meetingMinutes;

    @Column(name = "min_set_size", nullable = false)
    private int minSetSize;

    @Column(name = "max_set_size", nullable = false)
    private int maxSetSize;

    @Column(name = "minimum_meetings", nullable = false)
    private int minimumMeetings;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "mode", length = 20, nullable = false)
    private MeetingMode mode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ProgrammeStatus status = ProgrammeStatus.DRAFT;

    /** Whether members are offered the anonymous benefits pulse after each held meeting (optional, off at first). */
    @Convert(converter = FlagConverter.class)
    @Column(name = "benefits_pulse", nullable = false)
    private boolean benefitsPulse;

    /** Set on a supervision programme: the programme whose facilitators meet in its set. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervises_id")
    private Programme supervises;

    protected Programme() {}

    public Programme(
            String name,
            Organisation sponsor,
            LocalDate startDate,
            LocalDate endDate,
            Cadence cadence,
            int meetingMinutes,
            int minSetSize,
            int maxSetSize,
            int minimumMeetings,
            MeetingMode mode) {
        this.name = Checks.text(name, "Programme name", FieldLengths.NAME);
        this.sponsor = Checks.required(sponsor, "Sponsor organisation");
        reschedule(startDate, endDate, cadence, meetingMinutes, minimumMeetings, mode);
        resize(minSetSize, maxSetSize);
    }

    public final void reschedule(
            LocalDate newStart,
            LocalDate newEnd,
            Cadence newCadence,
            int newMeetingMinutes,
            int newMinimumMeetings,
            MeetingMode newMode) {
        Checks.required(newStart, "Start date");
        Checks.required(newEnd, "End date");
        if (!newEnd.isAfter(newStart)) {
            throw new InvalidInputException(
                    "The end date (" + newEnd + ") must be after the start date (" + newStart + ").");
        }
        this.startDate = newStart;
        this.endDate = newEnd;
        this.cadence = Checks.required(newCadence, "Cadence");
        this.meetingMinutes = Checks.between(newMeetingMinutes, 30, 480, "Meeting length in minutes");
        this.minimumMeetings = Checks.between(newMinimumMeetings, 1, 60, "Minimum number of meetings");
        this.mode = Checks.required(newMode, "Meeting mode");
    }

    public final void resize(int newMin, int newMax) {
        Checks.between(newMin, SMALLEST_SET, LARGEST_SET, "Smallest set size");
        Checks.between(newMax, SMALLEST_SET, LARGEST_SET, "Largest set size");
        if (newMin > newMax) {
            throw new InvalidInputException(
                    "The smallest set size (" + newMin + ") cannot be larger than the largest (" + newMax + ").");
        }
        this.minSetSize = newMin;
        this.maxSetSize = newMax;
    }

    public void rename(String newName) {
        this.name = Checks.text(newName, "Programme name", FieldLengths.NAME);
    }

    public void ledBy(Person newLead) {
        this.lead = newLead;
    }

    public void open() {
        if (status != ProgrammeStatus.DRAFT) {
            throw new StateException("Only a draft programme can be opened; this one is "
                    + Labels.of(status).toLowerCase() + ".");
        }
        this.status = ProgrammeStatus.OPEN;
    }

    public void close() {
        if (status == ProgrammeStatus.CLOSED) {
            throw new StateException("The programme is already closed.");
        }
        this.status = ProgrammeStatus.CLOSED;
    }

    /** Offers, or stops offering, the benefits pulse; answers already given stay in the results. */
    public void offerBenefitsPulse(boolean offered) {
        if (offered && isClosed()) {
            throw new StateException("The programme is closed; it has no more meetings to ask about.");
        }
        this.benefitsPulse = offered;
    }

    /**
     * Makes this programme the supervision of {@code other}'s facilitators; once only, and never of itself or of
     * another supervision programme.
     */
    public void supervise(Programme other) {
        Checks.required(other, "Programme supervised");
        if (supervises != null) {
            throw new StateException(name + " already supervises " + supervises.getName() + ".");
        }
        if (other.equals(this) || other.supervises != null) {
            throw new StateException("A supervision programme supervises a programme of learning sets.");
        }
        this.supervises = other;
    }

    /** The programme whose facilitators this one supervises, if it is a supervision programme. */
    public Optional<Programme> getSupervises() {
        return Optional.ofNullable(supervises);
    }

    public boolean offersBenefitsPulse() {
        return benefitsPulse;
    }

    public boolean isClosed() {
        return status == ProgrammeStatus.CLOSED;
    }

    public String getName() {
        return name;
    }

    public Organisation getSponsor() {
        return sponsor;
    }

    public Person getLead() {
        return lead;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public int getMeetingMinutes() {
        return meetingMinutes;
    }

    public int getMinSetSize() {
        return minSetSize;
    }

    public int getMaxSetSize() {
        return maxSetSize;
    }

    public int getMinimumMeetings() {
        return minimumMeetings;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }
}
