package org.learningsets.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;

/**
 * A meeting being run live: where it has got to and the running step's timer, kept on the server so a reload,
 * a second device or a resumed meeting carries on exactly where it was. The timer is a start instant plus the
 * seconds planned for the step, less any time spent paused; nothing ticks on the server.
 */
@Entity
@Table(name = "meeting_run")
@NamedQuery(name = "MeetingRun.ofMeeting", query = "select r from MeetingRun r where r.meeting = :meeting")
@NamedQuery(
        name = "MeetingRun.meetingIdsOfSets",
        query = "select r.meeting.id from MeetingRun r where r.meeting.set in :sets")
public class MeetingRun extends EditableEntity {

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false, unique = true)
    private Meeting meeting;

    /** Who holds the controls: a facilitator, or in a self-facilitating set the member who took them. */
    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "run_by_id", nullable = false)
    private Person runBy;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 20, nullable = false)
    private MeetingStage stage = MeetingStage.CHECK_IN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_round_id")
    private Round currentRound;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", length = 20)
    private RoundStep step;

    @Column(name = "step_started_at")
    private Instant stepStartedAt;

    @Column(name = "step_seconds")
    private Integer stepSeconds;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

    @NotNull
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** Who confirmed starting the meeting before its planned day; null when it started on its day. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "started_early_by_id")
    private Person startedEarlyBy;

    protected MeetingRun() {}

    /**
     * Starts the meeting; before its planned day ({@code today} in London) only when the person starting it has
     * confirmed that ({@code earlyConfirmed}), which is recorded.
     */
    public static MeetingRun start(Meeting meeting, Person by, Instant now, LocalDate today, boolean earlyConfirmed) {
        MeetingRun run = new MeetingRun(meeting, by, now);
        if (meeting.isBeforeItsDay(today)) {
            if (!earlyConfirmed) {
                throw new EarlyStartException(meeting);
            }
            run.startedEarlyBy = by;
        }
        return run;
    }

    public MeetingRun(Meeting meeting, Person runBy, Instant now) {
        this.meeting = Checks.required(meeting, "Meeting");
        this.runBy = Checks.required(runBy, "Person running the meeting");
        this.startedAt = Checks.required(now, "Start");
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new StateException("Only a planned meeting can be run.");
        }
    }

    public void handControlsTo(Person person) {
        requireNotEnded();
        this.runBy = Checks.required(person, "Person running the meeting");
    }

    /** Check-in and agenda may be revisited until the first round starts. */
    public void moveTo(MeetingStage target) {
        requireNotEnded();
        if (currentRound != null) {
            throw new StateException("Finish the round that is running first.");
        }
        if (target == MeetingStage.ENDED) {
            throw new StateException("End the meeting from the process review.");
        }
        if (stage == MeetingStage.PROCESS_REVIEW) {
            throw new StateException("The meeting is in its process review; the earlier stages are closed.");
        }
        this.stage = target;
    }

    public void startRound(Round round, int seconds, Instant now) {
        requireNotEnded();
        if (stage != MeetingStage.ROUNDS) {
            throw new StateException("Rounds start once the agenda is booked.");
        }
        if (currentRound != null) {
            throw new StateException("Finish the round that is running first.");
        }
        this.currentRound = Checks.required(round, "Round");
        startStep(RoundStep.PRESENTATION, seconds, now);
    }

    public void startStep(RoundStep next, int seconds, Instant now) {
        if (currentRound == null) {
            throw new StateException("No round is running.");
        }
        this.step = Checks.required(next, "Step");
        this.stepSeconds = Checks.between(seconds, 0, 8 * 3600, "Step length in seconds");
        this.stepStartedAt = Checks.required(now, "Step start");
        this.pausedAt = null;
        this.pausedSeconds = 0;
    }

    /** Ends the running round at {@code now}; the meeting stays in its rounds stage for the next one. */
    public Round endRound(Instant now) {
        Round round = Optional.ofNullable(currentRound).orElseThrow(() -> new StateException("No round is running."));
        round.end(now);
        currentRound = null;
        step = null;
        stepStartedAt = null;
        stepSeconds = null;
        pausedAt = null;
        pausedSeconds = 0;
        return round;
    }

    public void pause(Instant now) {
        requireRunningStep();
        if (pausedAt != null) {
            throw new StateException("The timer is already paused.");
        }
        pausedAt = Checks.required(now, "Pause");
    }

    public void resume(Instant now) {
        requireRunningStep();
        if (pausedAt == null) {
            throw new StateException("The timer is not paused.");
        }
        pausedSeconds += Math.max(0, Duration.between(pausedAt, now).toSeconds());
        pausedAt = null;
    }

    public void addTime(int seconds) {
        requireRunningStep();
        stepSeconds = Checks.between(stepSeconds + seconds, 0, 8 * 3600, "Step length in seconds");
    }

    public void end(Instant now) {
        if (stage != MeetingStage.PROCESS_REVIEW) {
            throw new StateException("A meeting ends after its process review.");
        }
        stage = MeetingStage.ENDED;
        endedAt = Checks.required(now, "End");
    }

    /** Seconds left in the running step at {@code now}: negative once it runs over; empty with no step running. */
    public Optional<Long> secondsLeft(Instant now) {
        if (stepStartedAt == null) {
            return Optional.empty();
        }
        Instant at = pausedAt != null ? pausedAt : now;
        long elapsed = Duration.between(stepStartedAt, at).toSeconds() - pausedSeconds;
        return Optional.of(stepSeconds - Math.max(0, elapsed));
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    private void requireRunningStep() {
        if (step == null) {
            throw new StateException("No round step is running.");
        }
    }

    private void requireNotEnded() {
        if (stage == MeetingStage.ENDED) {
            throw new StateException("This meeting has ended.");
        }
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getRunBy() {
        return runBy;
    }

    public MeetingStage getStage() {
        return stage;
    }

    public Round getCurrentRound() {
        return currentRound;
    }

    public RoundStep getStep() {
        return step;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Person getStartedEarlyBy() {
        return startedEarlyBy;
    }
}
