package io.stepwise.exercise;

import io.stepwise.engine.Descent;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.Step;
import io.stepwise.tutorial.AllParametersLesson;
import io.stepwise.tutorial.AllParametersState;
import io.stepwise.tutorial.DosageExample;
import io.stepwise.tutorial.DpExample;
import io.stepwise.tutorial.DpState;
import io.stepwise.tutorial.LastBiasState;

/** The exercise for a lesson's state, as the lesson's page shows it. */
public final class LessonExercises {
    private static final Parameter B3 = Parameter.parse(DosageExample.ARCHITECTURE, "b3");

    private LessonExercises() {}

    /**
     * The last-bias lesson after {@code shown} updates (the step its page shows). Replays the
     * same descent as the lesson, so the numbers are the page's to the last digit.
     */
    public static Exercise lastBias(LastBiasState state, int shown, ExerciseSet set, Long seed) {
        Descent.Settings settings = new Descent.Settings(Loss.SSR, state.learningRate(),
                new int[] {B3.flatIndex(DosageExample.ARCHITECTURE)}, shown, null, 1);
        Step step = Descent.run(DosageExample.lastBiasStart(state.startB3()), DosageExample.DATA, settings).last();
        return ExerciseGenerator.lastBias(step, DosageExample.DATA, B3, state.learningRate(), set, seed);
    }

    /**
     * The all-parameters lesson after {@code shown} updates (the step its page shows). Replays the
     * same descent and writes out the same chain rules as the lesson, so the numbers are the page's.
     */
    public static Exercise allParameters(AllParametersState state, int shown, ExerciseSet set, Long seed) {
        int[] all = new int[DosageExample.ARCHITECTURE.parameterCount()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        Descent.Settings settings = new Descent.Settings(Loss.SSR, state.learningRate(), all, shown, null, 1);
        Step step = Descent.run(DosageExample.allParametersStart(), DosageExample.DATA, settings).last();
        return ExerciseGenerator.allParameters(step, DosageExample.DATA, AllParametersLesson.chainRules(step.network()),
                state.learningRate(), set, seed);
    }

    /** The next δ to fill in the dynamic-programming lesson, or null when the table is full. */
    public static Exercise dynamicProgramming(DpState state, ExerciseSet set, Long seed) {
        DpExample example = DpExample.byId(state.example());
        return ExerciseGenerator.delta(example.network(), example.data(), state.sample(), state.filled(), set, seed);
    }
}
