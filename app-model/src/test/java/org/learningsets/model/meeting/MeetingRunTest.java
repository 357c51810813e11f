package org.learningsets.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.LearningSetTestData;

class MeetingRunTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final LearningSet set = LearningSetTestData.set("Set A");
    private final Person facilitator = new Person("Carolyn Robertson", "carolyn@example.org", new Organisation("A"));
    private final Meeting meeting = new Meeting(
            set, 2, LocalDateTime.of(2026, 12, 1, 10, 0), 180, MeetingMode.VIRTUAL, null, "https://meet.example.org/a");
    private final Issue issue = new Issue(
            set,
            new Person("Amira Khan", "amira@example.org", new Organisation("B")),
            "Mornings",
            null,
            T0,
            TestCiphers.fresh());

    @Test
    void everyStepGetsItsShareOfTheBookedMinutesAndTheyAddUp() {
        assertEquals(
                Map.of(
                        RoundStep.PRESENTATION,
                        9,
                        RoundStep.QUESTIONS,
                        12,
                        RoundStep.ACTION_PLANNING,
                        6,
                        RoundStep.REFLECTION,
                        3),
                RoundStep.minutesFor(30));
        for (int booked = TimeBid.MIN_MINUTES; booked <= 180; booked++) {
            Map<RoundStep, Integer> minutes = RoundStep.minutesFor(booked);
            assertEquals(
                    booked,
                    minutes.values().stream().mapToInt(Integer::intValue).sum(),
                    "booked " + booked);
            assertTrue(minutes.values().stream().allMatch(m -> m >= 1), "booked " + booked);
        }
    }

    @Test
    void theTimerCountsFromTheStepsStartLessTimePausedAndRunsOverVisibly() {
        MeetingRun run = roundsStage();
        run.startRound(new Round(meeting, issue, T0), 600, T0);
        assertEquals(Optional.of(600L), run.secondsLeft(T0));
        assertEquals(Optional.of(480L), run.secondsLeft(T0.plusSeconds(120)));

        run.pause(T0.plusSeconds(120));
        assertTrue(run.isPaused());
        assertEquals(Optional.of(480L), run.secondsLeft(T0.plusSeconds(900)), "a paused timer stands still");
        run.resume(T0.plusSeconds(300));
        assertEquals(Optional.of(470L), run.secondsLeft(T0.plusSeconds(310)));

        run.addTime(60);
        assertEquals(Optional.of(530L), run.secondsLeft(T0.plusSeconds(310)));
        assertEquals(Optional.of(-70L), run.secondsLeft(T0.plusSeconds(910)), "over time shows as negative");
    }

    @Test
    void aNewStepStartsAFreshTimerAndEndingTheRoundStopsIt() {
        MeetingRun run = roundsStage();
        Round round = new Round(meeting, issue, T0);
        run.startRound(round, 600, T0);
        run.pause(T0.plusSeconds(60));
        run.startStep(RoundStep.QUESTIONS, 300, T0.plusSeconds(100));
        assertFalse(run.isPaused());
        assertEquals(RoundStep.QUESTIONS, run.getStep());
        assertEquals(Optional.of(290L), run.secondsLeft(T0.plusSeconds(110)));

        assertEquals(round, run.endRound(T0.plusSeconds(200)));
        assertEquals(T0.plusSeconds(200), round.getEndedAt());
        assertEquals(Optional.empty(), run.secondsLeft(T0.plusSeconds(210)));
        assertThrows(StateException.class, () -> run.pause(T0.plusSeconds(220)));
    }

    @Test
    void startingBeforeTheMeetingsDayNeedsConfirmingAndIsRecorded() {
        java.time.LocalDate dayBefore = java.time.LocalDate.of(2026, 11, 30);
        EarlyStartException refused = assertThrows(
                EarlyStartException.class, () -> MeetingRun.start(meeting, facilitator, T0, dayBefore, false));
        assertTrue(refused.getMessage().contains("planned for Tuesday 1 December 2026"), refused.getMessage());
        MeetingRun early = MeetingRun.start(meeting, facilitator, T0, dayBefore, true);
        assertEquals(facilitator, early.getStartedEarlyBy(), "who confirmed the early start");

        MeetingRun onTheDay = MeetingRun.start(meeting, facilitator, T0, java.time.LocalDate.of(2026, 12, 1), false);
        assertEquals(null, onTheDay.getStartedEarlyBy(), "on its day: nothing to confirm, nothing recorded");
        assertEquals(
                null,
                MeetingRun.start(meeting, facilitator, T0, java.time.LocalDate.of(2026, 12, 2), false)
                        .getStartedEarlyBy(),
                "a late start is not early");
    }

    @Test
    void theStagesFollowTheMeetingOrder() {
        MeetingRun run = new MeetingRun(meeting, facilitator, T0);
        assertEquals(MeetingStage.CHECK_IN, run.getStage());
        assertThrows(
                StateException.class,
                () -> run.startRound(new Round(meeting, issue, T0), 60, T0),
                "no round before the agenda is booked");
        run.moveTo(MeetingStage.ROUNDS);
        run.startRound(new Round(meeting, issue, T0), 60, T0);
        assertThrows(
                StateException.class,
                () -> run.moveTo(MeetingStage.PROCESS_REVIEW),
                "a running round is finished first");
        run.endRound(T0.plusSeconds(60));
        run.moveTo(MeetingStage.PROCESS_REVIEW);
        assertThrows(StateException.class, () -> run.moveTo(MeetingStage.AGENDA));
        run.end(T0.plusSeconds(120));
        assertEquals(MeetingStage.ENDED, run.getStage());
        assertThrows(StateException.class, () -> run.handControlsTo(facilitator));
    }

    @Test
    void onlyAPlannedMeetingIsRun() {
        meeting.cancel();
        assertThrows(StateException.class, () -> new MeetingRun(meeting, facilitator, T0));
    }

    private MeetingRun roundsStage() {
        MeetingRun run = new MeetingRun(meeting, facilitator, T0);
        run.moveTo(MeetingStage.ROUNDS);
        return run;
    }
}
