package org.learningsets.model.meeting;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.Labels;

/**
 * The four basic steps of an action-learning round, each with its share of the round's booked time: the issue
 * holder's airtime, the set's questions (the longest part), action planning, and a brief reflection.
 */
public enum RoundStep {
    PRESENTATION(30),
    QUESTIONS(40),
    ACTION_PLANNING(20),
    REFLECTION(10);

    private final int percent;

    RoundStep(int percent) {
        this.percent = percent;
    }

    public String getLabel() {
        return Labels.of(this);
    }

    /** The golden rules guard the issue holder's airtime and the questions that follow it. */
    public boolean showsGoldenRules() {
        return this == PRESENTATION || this == QUESTIONS;
    }

    /** Actions are decided once the questions are over: at action planning, or remembered in the reflection. */
    public boolean takesActions() {
        return this == ACTION_PLANNING || this == REFLECTION;
    }

    public Optional<RoundStep> next() {
        int i = ordinal() + 1;
        return i < values().length ? Optional.of(values()[i]) : Optional.empty();
    }

    /**
     * Whole minutes per step for a round of {@code bookedMinutes}: each step gets at least one minute and its
     * share rounded down; what rounding leaves over goes to the questions.
     */
    public static Map<RoundStep, Integer> minutesFor(int bookedMinutes) {
        int booked = Checks.between(bookedMinutes, values().length, 480, "Booked minutes");
        Map<RoundStep, Integer> minutes = new EnumMap<>(RoundStep.class);
        int given = 0;
        for (RoundStep step : values()) {
            int share = Math.max(1, booked * step.percent / 100);
            minutes.put(step, share);
            given += share;
        }
        minutes.merge(QUESTIONS, booked - given, Integer::sum);
        return minutes;
    }
}
