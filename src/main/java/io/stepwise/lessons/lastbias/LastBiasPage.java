package io.stepwise.lessons.lastbias;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Loss;
import io.stepwise.exercise.Concealable;
import io.stepwise.exercise.Exercise;
import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.exercise.Quantity;
import io.stepwise.input.Ranges;
import io.stepwise.input.NumberText;
import io.stepwise.lesson.Field;
import io.stepwise.lesson.StateCodec;
import io.stepwise.lesson.Values;
import io.stepwise.playground.PlaygroundSetup;
import io.stepwise.playground.PlaygroundState;
import io.stepwise.playground.Start;
import io.stepwise.playground.TrainSet;
import io.stepwise.tutorial.DosageExample;
import io.stepwise.web.Paths;
import io.stepwise.tutorial.HistoryTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import io.stepwise.web.page.ExerciseRequest;
import io.stepwise.web.page.StepControls;
import io.stepwise.web.page.Lesson;
import io.stepwise.web.page.PlaygroundLink;
import io.stepwise.web.page.ExerciseBox;
import io.stepwise.web.page.SettingsForm;
import io.stepwise.web.page.ChartPanel;
import io.stepwise.web.page.LessonFields;
import io.stepwise.web.page.LessonPage;

/** The "fit the last bias" page: the lesson's view, its controls, its pictures and its "Your turn" exercise. */
public record LastBiasPage(LastBiasView view, Values state, StepControls controls, ChartPanel charts, ExerciseBox exercise,
                           SettingsForm settings) implements LessonPage {
    static final Field<Double> B3 = Field.decimal(Paths.Q_B3, "Starting b3", LastBiasState.DEFAULT.startB3(), Ranges.START_B3.min(), Ranges.START_B3.max())
            .input("start-b3").preset("b3");
    static final Field<Double> LEARNING_RATE = LessonFields.learningRate(LastBiasState.DEFAULT.learningRate());
    static final Field<Double> TOLERANCE = LessonFields.tolerance(LastBiasState.DEFAULT.tolerance());
    static final Field<Integer> STEPS = LessonFields.steps(LastBiasState.MAX_STEPS);
    static final StateCodec CODEC = StateCodec.of(B3, LEARNING_RATE, TOLERANCE, STEPS, LessonFields.LOG_LOSS);

    public static final ExerciseLesson<LastBiasView> EXERCISES = new ExerciseLesson<>("last-bias", CODEC,
            List.of(Quantity.RESIDUAL, Quantity.SLOPE, Quantity.STEP_SIZE, Quantity.NEW_VALUE), LastBiasQuestions::ask);

    public static final Lesson LESSON = new Lesson("/tutorials/last-bias", "Fit the last bias",
            "The chain rule and gradient descent on one parameter: watch b3 walk down the loss, one step at a time.",
            EXERCISES, LastBiasPage::of, "pages/lastBias.jte", "fragments/lastBiasState.jte");

    static LastBiasState lessonState(Values v) {
        return new LastBiasState(v.get(B3), v.get(LEARNING_RATE), v.get(TOLERANCE), v.get(STEPS));
    }

    /** @param exercise the exercise set, seed and answer; every link keeps the set and seed */
    static LastBiasPage of(Values state, ExerciseRequest exercise) {
        LastBiasView view = LastBiasLesson.view(lessonState(state));
        String carry = exercise.carry();
        int k = view.current().index();
        // A diverging run can be stepped up to its last finite state, and no further.
        int last = view.lastStep();
        Values shown = state.with(STEPS, k);
        StepControls controls = StepControls.of(i -> LESSON.url(state.with(STEPS, i)) + carry, k, last,
                view.convergedAt(), "Run until |step size| < " + NumberText.plain(state.get(TOLERANCE)));
        Exercise question = EXERCISES.ask(view, exercise.set(), exercise.seed());
        ExerciseBox box = ExerciseBox.of(question, exercise, LESSON.path(), CODEC.params(shown), controls.nextUrl(), "Go on to step " + (k + 1));
        boolean logLoss = state.get(LessonFields.LOG_LOSS);
        int hiddenResidual = -1;
        for (int s = 0; s < view.current().samples().size(); s++) if (box.hides(Concealable.RESIDUAL, s, null, List.of())) hiddenResidual = s;
        LastBiasCharts charts = LastBiasCharts.of(view, logLoss, !box.hides(Concealable.GRADIENT, -1, null, List.of()),
                !box.hides(Concealable.NEW_VALUE, -1, null, List.of()), hiddenResidual);
        return new LastBiasPage(view, state, controls,
                new ChartPanel(charts.lossCurve(), charts.fit(), charts.history(), logLoss,
                        LESSON.url(shown.with(LessonFields.LOG_LOSS, false)) + carry, LESSON.url(shown.with(LessonFields.LOG_LOSS, true)) + carry),
                box, SettingsForm.of(LESSON.path(), CODEC, state, state.with(STEPS, 0), exercise.carried()));
    }

    private static final TrainSet TRAIN_B3 = TrainSet.of(DosageExample.ARCHITECTURE,
            new int[] {LastBiasLesson.B3.flatIndex(DosageExample.ARCHITECTURE)});

    /** This step in the playground: the dosage network with its fitted weights, only b3 training. */
    public String playgroundUrl() {
        Architecture arch = DosageExample.ARCHITECTURE;
        LastBiasState s = view.state();
        PlaygroundSetup setup = new PlaygroundSetup(arch.sizes(), arch.hidden(), arch.output(), Loss.SSR,
                Start.Given.of(DosageExample.lastBiasStart(s.startB3())), TRAIN_B3, DosageExample.DATA,
                s.learningRate(), s.tolerance(), LastBiasState.MAX_STEPS);
        return PlaygroundLink.url(new PlaygroundState(setup, Math.min(view.current().index(), LastBiasState.MAX_STEPS), false));
    }

    /** What the live region reads after a step: the verdict on an answer when one was checked. */
    @Override
    public String status() {
        if (exercise.announcement() != null) return exercise.announcement();
        if (!exercise.open()) return view.announcement();
        var c = view.current();
        return "Step " + c.index() + ": b3 = " + c.b3().display() + ", SSR = " + c.ssr().display() + "."
                + (view.converged() ? " The step size is below the tolerance: done." : "")
                + " Your turn: " + exercise.exercise().question();
    }

    /**
     * While the "Your turn" question is open, the numbers that would give its answer away are
     * shown as "?": the asked residual (and its square and slope term), or the slope, step size
     * and new b3 downstream of what is asked.
     *
     * @param sample the sample of a residual cell, else −1
     */
    public boolean conceals(Concealable number, int sample) { return exercise.hides(number, sample, null, List.of()); }

    /** The history, with the current step's slope, step size and new b3 hidden while a question asks for one of them. */
    public HistoryTable historyTable() {
        Set<Integer> hidden = new HashSet<>();
        if (conceals(Concealable.GRADIENT, -1)) hidden.add(2);
        if (conceals(Concealable.STEP_SIZE, -1)) hidden.add(3);
        if (conceals(Concealable.NEW_VALUE, -1)) hidden.add(4);
        return view.historyTable().concealing(view.current().index(), hidden);
    }

    /** The tolerance as typed: exact, without display rounding. */
    public String toleranceText() { return NumberText.plain(view.state().tolerance()); }

}
