package org.learningsets.ejb.set;

/**
 * The text a facilitator may start a set's ground rules from: what the seeds agree at a first meeting
 * (confidentiality, honesty, safety, attendance, time) and the golden rules of a round (DOMAIN.md).
 */
public final class StartingGroundRules {

    public static final String TEXT = """
            Confidentiality: what is said in the set stays in the set.
            Honesty: we say what we think, with care.
            Safety: we do not judge; anyone can pass.
            Attendance: we come to every meeting, or send apologies before it.
            Time: each issue holder has the minutes the set agreed; the facilitator keeps time.
            Golden rules in a round: no interruptions, no own stories, no advice unless the issue holder asks.""";

    private StartingGroundRules() {}
}
