package io.stepwise.web;

import io.stepwise.tutorial.LastBiasState;
import io.stepwise.tutorial.LastBiasView;

/**
 * The "fit the last bias" page: the lesson's view and the URLs of its controls. A control whose
 * URL is null is shown disabled.
 */
public record LastBiasPage(LastBiasView view, String selfUrl, String nextUrl, String previousUrl, String runUrl,
                           String resetUrl, String defaultsUrl) {

    static LastBiasPage of(LastBiasView view) {
        LastBiasState s = view.state();
        int steps = view.current().index();
        String next = !view.stoppedEarly() && steps < LastBiasState.MAX_STEPS ? url(s.withSteps(steps + 1)) : null;
        String previous = steps > 0 ? url(s.withSteps(steps - 1)) : null;
        int target = view.convergedAt() >= 0 ? view.convergedAt() : LastBiasState.MAX_STEPS;
        String run = target != steps && view.divergedAt() < 0 ? url(s.withSteps(target)) : null;
        String reset = steps > 0 ? url(s.withSteps(0)) : null;
        return new LastBiasPage(view, url(s), next, previous, run, reset, Paths.LAST_BIAS);
    }

    /** The canonical permalink of a state. */
    static String url(LastBiasState s) {
        return Paths.LAST_BIAS + "?" + Paths.Q_B3 + "=" + QueryParams.plain(s.startB3())
                + "&" + Paths.Q_LEARNING_RATE + "=" + QueryParams.plain(s.learningRate())
                + "&" + Paths.Q_TOLERANCE + "=" + QueryParams.plain(s.tolerance())
                + "&" + Paths.Q_STEPS + "=" + s.steps();
    }

    public String runLabel() {
        return "Run until |step size| < " + toleranceText();
    }

    /** Settings as typed: exact, without display rounding. */
    public String startB3Text() { return QueryParams.plain(view.state().startB3()); }

    public String learningRateText() { return QueryParams.plain(view.state().learningRate()); }

    public String toleranceText() { return QueryParams.plain(view.state().tolerance()); }
}
