package io.stepwise.web;

import io.stepwise.tutorial.LastBiasState;
import io.stepwise.tutorial.LastBiasView;

/** The "fit the last bias" page: the lesson's view and its controls. */
public record LastBiasPage(LastBiasView view, StepControls controls) {

    static LastBiasPage of(LastBiasView view) {
        LastBiasState s = view.state();
        int last = view.divergedAt() >= 0 ? view.current().index() : LastBiasState.MAX_STEPS;
        if (view.stoppedEarly()) last = view.current().index();
        return new LastBiasPage(view, StepControls.of(k -> url(s.withSteps(k)), view.current().index(), last,
                view.convergedAt(), "Run until |step size| < " + QueryParams.plain(s.tolerance())));
    }

    /** The canonical permalink of a state. */
    static String url(LastBiasState s) {
        return Paths.LAST_BIAS + "?" + Paths.Q_B3 + "=" + QueryParams.plain(s.startB3())
                + "&" + Paths.Q_LEARNING_RATE + "=" + QueryParams.plain(s.learningRate())
                + "&" + Paths.Q_TOLERANCE + "=" + QueryParams.plain(s.tolerance())
                + "&" + Paths.Q_STEPS + "=" + s.steps();
    }

    /** Settings as typed: exact, without display rounding. */
    public String startB3Text() { return QueryParams.plain(view.state().startB3()); }

    public String learningRateText() { return QueryParams.plain(view.state().learningRate()); }

    public String toleranceText() { return QueryParams.plain(view.state().tolerance()); }
}
