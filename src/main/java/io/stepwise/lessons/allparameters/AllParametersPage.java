package io.stepwise.lessons.allparameters;

import io.stepwise.exercise.Concealable;
import io.stepwise.exercise.Exercise;
import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.exercise.Quantity;
import io.stepwise.input.NumberText;
import io.stepwise.lesson.Field;
import io.stepwise.lesson.Param;
import io.stepwise.lesson.StateCodec;
import io.stepwise.lesson.Values;
import io.stepwise.playground.PlaygroundSetup;
import io.stepwise.playground.PlaygroundState;
import io.stepwise.playground.TrainSet;
import io.stepwise.lessons.allparameters.AllParametersView.ParameterUpdate;
import io.stepwise.web.Paths;
import java.util.ArrayList;
import java.util.List;
import io.stepwise.web.page.ExerciseRequest;
import io.stepwise.web.page.StepControls;
import io.stepwise.web.page.Lesson;
import io.stepwise.web.page.PlaygroundLink;
import io.stepwise.web.page.ExerciseBox;
import io.stepwise.lessons.lastbias.LastBiasPage;
import io.stepwise.web.page.SettingsForm;
import io.stepwise.web.page.ChartPanel;
import io.stepwise.web.page.LessonFields;
import io.stepwise.web.page.LessonPage;

/** The "train all seven parameters" page: the lesson's view, its controls, its pictures and its "Your turn" exercise. */
public record AllParametersPage(AllParametersView view, Values state, StepControls controls, ChartPanel charts, ExerciseBox exercise,
                                SettingsForm settings, String markerNote) implements LessonPage {
    static final Field<Double> LEARNING_RATE = LessonFields.learningRate(AllParametersState.DEFAULT.learningRate());
    static final Field<Double> TOLERANCE = LessonFields.tolerance(AllParametersState.DEFAULT.tolerance());
    static final Field<Integer> STEPS = LessonFields.steps(AllParametersState.MAX_STEPS);
    /** The parameter the loss curve varies; one of the network's seven. */
    static final Field<String> FOCUS = Field.choice(Paths.Q_FOCUS, "The parameter to draw", AllParametersCharts.DEFAULT_FOCUS,
            AllParametersCharts.parameterNames()).writtenWhenChanged();
    static final StateCodec CODEC = StateCodec.of(LEARNING_RATE, TOLERANCE, STEPS, FOCUS, LessonFields.LOG_LOSS);

    public static final ExerciseLesson<AllParametersView> EXERCISES = new ExerciseLesson<>("all-parameters", CODEC,
            List.of(Quantity.CHAIN_FACTOR, Quantity.GRADIENT, Quantity.STEP_SIZE, Quantity.NEW_VALUE), AllParametersQuestions::ask);

    public static final Lesson LESSON = new Lesson("/tutorials/all-parameters", "Train all seven parameters",
            "Every weight and bias learns at once: the chain rule written out for each of the seven, factor by factor, and all seven updated in every step.",
            EXERCISES, AllParametersPage::of, "pages/allParameters.jte", "fragments/allParametersState.jte");

    /** @param exercise the exercise set, seed and answer; every link keeps the set, seed and the pictures' choices */
    static AllParametersPage of(Values state, ExerciseRequest exercise) {
        AllParametersView view = AllParametersLesson.view(new AllParametersState(state.get(LEARNING_RATE), state.get(TOLERANCE), state.get(STEPS)));
        String focus = state.get(FOCUS);
        String carry = exercise.carry();
        int k = view.current().index();
        Values shown = state.with(STEPS, k);
        StepControls controls = StepControls.of(i -> LESSON.url(state.with(STEPS, i)) + carry, k,
                view.lastStep(), view.convergedAt(), "Run until every |step size| < " + NumberText.plain(state.get(TOLERANCE)));
        Exercise question = EXERCISES.ask(view, exercise.set(), exercise.seed());
        ExerciseBox box = ExerciseBox.of(question, exercise, LESSON.path(), CODEC.params(shown), controls.nextUrl(), "Go on to step " + (k + 1));
        ParameterUpdate drawn = view.current().updates().stream().filter(u -> u.name().plain().equals(focus)).findFirst().orElseThrow();
        boolean logLoss = state.get(LessonFields.LOG_LOSS);
        AllParametersCharts c = AllParametersCharts.of(view, focus, logLoss, !hides(box, Concealable.GRADIENT, drawn, -1),
                !hides(box, Concealable.NEW_VALUE, drawn, -1));
        List<Param> keep = new ArrayList<>(CODEC.params(shown, FOCUS));
        keep.addAll(exercise.carried());
        ChartPanel charts = new ChartPanel(c.lossCurve(), c.fit(), c.history(), logLoss,
                LESSON.url(shown.with(LessonFields.LOG_LOSS, false)) + carry, LESSON.url(shown.with(LessonFields.LOG_LOSS, true)) + carry,
                new ChartPanel.FocusForm(LESSON.path(), keep, AllParametersCharts.parameterNames(), focus));
        return new AllParametersPage(view, state, controls, charts, box,
                SettingsForm.of(LESSON.path(), CODEC, state, state.with(STEPS, 0), exercise.carried()), c.markerNote());
    }

    /** The lesson this one builds on, which the introduction links to. */
    public Lesson previousLesson() { return LastBiasPage.LESSON; }

    /** This step in the playground: the dosage network from this lesson's start, all seven training. */
    public String playgroundUrl() {
        PlaygroundSetup d = PlaygroundSetup.DEFAULT;
        AllParametersState s = view.state();
        PlaygroundSetup setup = new PlaygroundSetup(d.layers(), d.hidden(), d.output(), d.loss(), d.start(), TrainSet.ALL, d.data(),
                s.learningRate(), s.tolerance(), AllParametersState.MAX_STEPS);
        return PlaygroundLink.url(new PlaygroundState(setup, Math.min(view.current().index(), AllParametersState.MAX_STEPS), false));
    }

    /** What the live region reads after a step: the verdict on an answer when one was checked, else the step and the question. */
    @Override
    public String status() {
        if (exercise.announcement() != null) return exercise.announcement();
        if (!exercise.open()) return view.announcement();
        return view.announcement(false) + " Your turn: " + exercise.exercise().question();
    }

    /*
     * While the "Your turn" question is open, the numbers that would give its answer away are shown
     * as "?". A chain-rule factor of one sample hides that factor wherever it appears (dSSR/dpredicted
     * is in every rule, da1/dz1 in those of w1 and b1), the products it is part of, and everything
     * computed from those rules: the sums (the gradients), the step sizes and the new values. A
     * gradient hides that parameter's sum, step size and new value; a step size, the step size and
     * the new value; a new value, only itself (the rule is Exercise.hides, one for every lesson). The
     * loss curve leaves out its tangent or the point where the step lands in the same way.
     */

    /** A factor cell of a chain-rule table: the asked factor of the asked sample, in every rule that contains it. */
    public boolean concealsFactor(ParameterUpdate u, int sample, int factor) {
        return exercise.hides(Concealable.FACTOR, sample, u.name().plain(), List.of(u.factors().get(factor).source()));
    }

    /**
     * A number of one parameter's tables: a sample's product (or with −1 a number of the whole
     * step: its gradient, step size or new value, in the tables and in its worked step).
     */
    public boolean conceals(Concealable number, ParameterUpdate u, int sample) { return hides(exercise, number, u, sample); }

    private static boolean hides(ExerciseBox box, Concealable number, ParameterUpdate u, int sample) {
        return box.hides(number, sample, u.name().plain(), u.factors().stream().map(AllParametersLesson.Factor::source).toList());
    }

    /** The tolerance as typed: exact, without display rounding. */
    public String toleranceText() { return NumberText.plain(view.state().tolerance()); }

}
