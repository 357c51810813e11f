package org.learningsets.ejb.meeting;

/**
 * What a change made on the live page touched, told with its revision ({@link LiveMeetingChanges#announce}): the
 * other screens follow a change to the timer alone from the timer's figures ({@link LiveMeetingViews.LiveTimer}),
 * and read the whole meeting again for anything else.
 */
public enum LiveChange {
    /** The running step's timer only: paused, resumed, or given more time. */
    TIMER,
    /** Anything else: the stage, the step, attendance, the agenda, actions, who holds the controls. */
    MEETING
}
