package org.learningsets.ejb.meeting;

import java.io.Serializable;
import java.time.Instant;
import org.learningsets.model.meeting.MeetingRun;
import org.learningsets.model.meeting.RoundStep;

/**
 * The running round's step as every screen shows it: on the live page, in the figures a following screen reads, and
 * to an observer. {@code minutes}: the step's share of the round's booked time; {@code secondsLeft} is negative once
 * the step runs over, and a page counts down from it locally, so every screen shows the same time without asking the
 * server each second.
 */
public record RunningStep(RoundStep step, int minutes, long secondsLeft, boolean paused) implements Serializable {

    /** The meeting's running step now; {@code bookedMinutes}: the round's booked time (null: not booked, 0 minutes). */
    public static RunningStep of(MeetingRun run, Integer bookedMinutes, Instant now) {
        RoundStep step = run.getStep();
        return new RunningStep(
                step,
                bookedMinutes == null ? 0 : RoundStep.minutesFor(bookedMinutes).get(step),
                run.secondsLeft(now).orElse(0L),
                run.isPaused());
    }

    public String label() {
        return step.getLabel();
    }

    public boolean goldenRules() {
        return step.showsGoldenRules();
    }

    public boolean showsActions() {
        return step.takesActions();
    }

    /** The next step's name; null at the last step, after which the round ends. */
    public String nextLabel() {
        return step.next().map(RoundStep::getLabel).orElse(null);
    }
}
