package org.learningsets.web.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learningsets.web.meeting.LiveMeetingSamples.meeting;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaLine;
import org.learningsets.ejb.meeting.LiveMeetingViews.CheckInMember;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeeting;
import org.learningsets.ejb.meeting.LiveMeetingViews.RunningRound;
import org.learningsets.ejb.meeting.RunningStep;
import org.learningsets.model.meeting.RoundStep;

class LiveRegionsTest {

    private static final CheckInMember UNMARKED = new CheckInMember("person-1", "Andy Pierce", null, List.of());
    private static final CheckInMember HERE = new CheckInMember("person-1", "Andy Pierce", "PRESENT", List.of());
    private static final AgendaLine BID =
            new AgendaLine("bid-1", 0, "issue-1", "Rota gaps", "Andy Pierce", false, 15, 1, 15, "Running");

    @Test
    void aMarkAtCheckInDrawsTheCheckInTableAndTheRevision() {
        LiveMeeting before = meeting("CHECK_IN", List.of(UNMARKED), List.of(BID), null, false);
        LiveMeeting after = meeting("CHECK_IN", List.of(HERE), List.of(present(BID)), null, false);

        assertEquals(
                Optional.of(List.of(LiveRegions.REVISION, LiveRegions.CHECK_IN)), LiveRegions.toDraw(before, after));
    }

    @Test
    void aTimerClickDrawsTheRoundAndTheRevision() {
        LiveMeeting before = meeting("ROUNDS", List.of(HERE), List.of(BID), round("round-1", 300, false), false);
        LiveMeeting after = meeting("ROUNDS", List.of(HERE), List.of(BID), round("round-1", 290, true), false);

        assertEquals(Optional.of(List.of(LiveRegions.REVISION, LiveRegions.ROUND)), LiveRegions.toDraw(before, after));
    }

    @Test
    void nothingShownChangedDrawsTheRevisionOnly() {
        LiveMeeting shown = meeting("AGENDA", List.of(HERE), List.of(BID), null, false);

        assertEquals(Optional.of(List.of(LiveRegions.REVISION)), LiveRegions.toDraw(shown, shown));
    }

    @Test
    void anythingElseDrawsTheWholeForm() {
        LiveMeeting checkIn = meeting("CHECK_IN", List.of(HERE), List.of(BID), null, false);
        LiveMeeting rounds = meeting("ROUNDS", List.of(HERE), List.of(BID), round("round-1", 300, false), false);

        // A new stage, a mark after check-in, a new round, the controls handed over, and a screen with nothing shown.
        assertEquals(
                Optional.empty(),
                LiveRegions.toDraw(checkIn, meeting("AGENDA", List.of(HERE), List.of(BID), null, false)));
        assertEquals(
                Optional.empty(),
                LiveRegions.toDraw(
                        meeting("AGENDA", List.of(UNMARKED), List.of(BID), null, false),
                        meeting("AGENDA", List.of(HERE), List.of(present(BID)), null, false)));
        assertEquals(
                Optional.empty(),
                LiveRegions.toDraw(
                        rounds, meeting("ROUNDS", List.of(HERE), List.of(BID), round("round-2", 300, false), false)));
        assertEquals(
                Optional.empty(),
                LiveRegions.toDraw(
                        rounds, meeting("ROUNDS", List.of(HERE), List.of(BID), round("round-1", 300, false), true)));
        assertEquals(
                Optional.empty(),
                LiveRegions.toDraw(
                        rounds,
                        meeting("ROUNDS", List.of(HERE), List.of(done(BID)), round("round-1", 300, false), false)));
        assertEquals(Optional.empty(), LiveRegions.toDraw(null, rounds));
    }

    private static AgendaLine present(AgendaLine b) {
        return line(b, true, b.roundState());
    }

    private static AgendaLine done(AgendaLine b) {
        return line(b, b.holderPresent(), "Done");
    }

    private static AgendaLine line(AgendaLine b, boolean holderPresent, String roundState) {
        return new AgendaLine(
                b.bidId(),
                b.version(),
                b.issueId(),
                b.issueTitle(),
                b.holderName(),
                holderPresent,
                b.minutesWanted(),
                b.position(),
                b.minutesBooked(),
                roundState);
    }

    private static RunningRound round(String id, long secondsLeft, boolean paused) {
        return new RunningRound(
                id,
                "issue-1",
                "Rota gaps",
                "Andy Pierce",
                new RunningStep(RoundStep.PRESENTATION, 5, secondsLeft, paused),
                false,
                List.of());
    }
}
