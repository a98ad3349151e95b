package io.stepwise.web;

import io.stepwise.tutorial.LastBiasCharts;
import io.stepwise.tutorial.LastBiasState;
import io.stepwise.tutorial.LastBiasView;

/** The "fit the last bias" page: the lesson's view, its controls, its pictures and its "Your turn" exercise. */
public record LastBiasPage(LastBiasView view, StepControls controls, ChartPanel charts, ExerciseBox exercise) {

    static LastBiasPage of(LastBiasView view) { return of(view, false); }

    /** @param logLoss whether the SSR history is drawn on a log scale; every link keeps the choice */
    static LastBiasPage of(LastBiasView view, boolean logLoss) {
        return of(view, logLoss, ExerciseRequest.none(io.stepwise.exercise.ExerciseLesson.LAST_BIAS));
    }

    /** @param exercise the exercise set, seed and answer; every link keeps the set and seed */
    static LastBiasPage of(LastBiasView view, boolean logLoss, ExerciseRequest exercise) {
        String carry = exercise.carry();
        LastBiasState s = view.state();
        // A diverging run can be stepped up to its last finite state, and no further.
        int last = view.lastStep();
        LastBiasState shown = s.withSteps(view.current().index());
        StepControls controls = StepControls.of(k -> url(s.withSteps(k), logLoss) + carry, view.current().index(), last,
                view.convergedAt(), "Run until |step size| < " + QueryParams.plain(s.tolerance()));
        ExerciseBox box = ExerciseBox.lastBias(view, logLoss, exercise, controls.nextUrl());
        LastBiasCharts charts = LastBiasCharts.of(view, logLoss, !conceals(box, "slope", -1), !conceals(box, "newB3", -1));
        return new LastBiasPage(view, controls,
                new ChartPanel(charts.lossCurve(), charts.fit(), charts.history(), logLoss, url(shown, false) + carry, url(shown, true) + carry),
                box);
    }

    /** The canonical permalink of a state. */
    static String url(LastBiasState s) { return url(s, false); }

    static String url(LastBiasState s, boolean logLoss) {
        return Paths.LAST_BIAS + "?" + Paths.Q_B3 + "=" + QueryParams.plain(s.startB3())
                + "&" + Paths.Q_LEARNING_RATE + "=" + QueryParams.plain(s.learningRate())
                + "&" + Paths.Q_TOLERANCE + "=" + QueryParams.plain(s.tolerance())
                + "&" + Paths.Q_STEPS + "=" + s.steps()
                + (logLoss ? "&" + Paths.Q_LOG_LOSS + "=1" : "");
    }

    /** What the live region reads after a step: the verdict on an answer when one was checked. */
    public String announcement() {
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
     * @param part "residual", "slope", "stepSize" or "newB3"
     * @param sample the sample of a residual cell, else −1
     */
    public boolean conceals(String part, int sample) { return conceals(exercise, part, sample); }

    private static boolean conceals(ExerciseBox box, String part, int sample) {
        if (!box.open()) return false;
        var e = box.exercise();
        return switch (e.quantity()) {
            case RESIDUAL -> part.equals("residual") && sample == e.sample();
            case SLOPE -> part.equals("slope") || part.equals("stepSize") || part.equals("newB3");
            case STEP_SIZE -> part.equals("stepSize") || part.equals("newB3");
            case NEW_VALUE -> part.equals("newB3");
            default -> false;
        };
    }

    /** Settings as typed: exact, without display rounding. */
    public String startB3Text() { return QueryParams.plain(view.state().startB3()); }

    public String learningRateText() { return QueryParams.plain(view.state().learningRate()); }

    public String toleranceText() { return QueryParams.plain(view.state().tolerance()); }
}
