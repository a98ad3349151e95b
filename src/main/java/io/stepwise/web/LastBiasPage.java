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
        int last = view.divergedAt() >= 0 ? view.divergedAt() - 1 : LastBiasState.MAX_STEPS;
        LastBiasState shown = s.withSteps(view.current().index());
        LastBiasCharts charts = LastBiasCharts.of(view, logLoss);
        StepControls controls = StepControls.of(k -> url(s.withSteps(k), logLoss) + carry, view.current().index(), last,
                view.convergedAt(), "Run until |step size| < " + QueryParams.plain(s.tolerance()));
        return new LastBiasPage(view, controls,
                new ChartPanel(charts.lossCurve(), charts.fit(), charts.history(), logLoss, url(shown, false) + carry, url(shown, true) + carry),
                ExerciseBox.lastBias(view, logLoss, exercise, controls.nextUrl()));
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
        return exercise.announcement() != null ? exercise.announcement() : view.announcement();
    }

    /** Settings as typed: exact, without display rounding. */
    public String startB3Text() { return QueryParams.plain(view.state().startB3()); }

    public String learningRateText() { return QueryParams.plain(view.state().learningRate()); }

    public String toleranceText() { return QueryParams.plain(view.state().tolerance()); }
}
