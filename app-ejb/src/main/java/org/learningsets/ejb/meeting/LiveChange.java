package org.learningsets.ejb.meeting;

/**
 * What a change made on the live page touched, told with its revision ({@link LiveMeetingChanges#announce}): the
 * other screens follow a change within the running round (its timer, its next step) from the running step's figures
 * ({@link LiveMeetingViews.LiveTimer}), and read the whole meeting again for anything else.
 */
public enum LiveChange {
    /** The running step's timer only: paused, resumed, or given more time. */
    TIMER,
    /** The running round's next step (not its end): the step, its minutes and its timer. */
    STEP,
    /** Anything else: the stage, a round starting or ending, attendance, the agenda, actions, the controls. */
    MEETING;

    /** Whether a screen that shows the running round can draw this change from the running step's figures. */
    public boolean withinRound() {
        return this != MEETING;
    }
}
