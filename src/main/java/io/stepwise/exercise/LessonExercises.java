package io.stepwise.exercise;

import io.stepwise.engine.Parameter;
import io.stepwise.engine.Step;
import io.stepwise.tutorial.AllParametersLesson;
import io.stepwise.tutorial.AllParametersView;
import io.stepwise.tutorial.DosageExample;
import io.stepwise.tutorial.DpExample;
import io.stepwise.tutorial.DpState;
import io.stepwise.tutorial.LastBiasView;

/** The exercise for a lesson's state, as the lesson's page shows it. */
public final class LessonExercises {
    private static final Parameter B3 = Parameter.parse(DosageExample.ARCHITECTURE, "b3");

    private LessonExercises() {}

    /** The last-bias lesson's question about the step its view shows, from the view's own numbers. */
    public static Exercise lastBias(LastBiasView view, ExerciseSet set, Long seed) {
        Step step = view.steps().get(view.steps().size() - 1);
        return ExerciseGenerator.lastBias(step, DosageExample.DATA, B3, view.state().learningRate(), set, seed);
    }

    /** The all-parameters lesson's question about the step its view shows, from the view's own numbers. */
    public static Exercise allParameters(AllParametersView view, ExerciseSet set, Long seed) {
        Step step = view.steps().get(view.steps().size() - 1);
        return ExerciseGenerator.allParameters(step, DosageExample.DATA, AllParametersLesson.chainRules(step.network()),
                view.state().learningRate(), set, seed);
    }

    /** The next δ to fill in the dynamic-programming lesson, or null when the table is full. */
    public static Exercise dynamicProgramming(DpState state, ExerciseSet set, Long seed) {
        DpExample example = DpExample.byId(state.example());
        return ExerciseGenerator.delta(example.network(), example.data(), state.sample(), state.filled(), set, seed);
    }
}
