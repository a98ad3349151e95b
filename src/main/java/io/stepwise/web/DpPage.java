package io.stepwise.web;

import io.stepwise.tutorial.DpState;
import io.stepwise.tutorial.DpView;

/**
 * The dynamic-programming page: the lesson's view and its control URLs (null = disabled).
 * Fill controls move through the layers from the output back to the first hidden layer.
 */
public record DpPage(DpView view, String fillNextUrl, String unfillUrl, String fillAllUrl, String clearUrl, String selfUrl) {

    static DpPage of(DpView view) {
        DpState s = view.state();
        int filled = s.filled();
        return new DpPage(view,
                filled < view.maxFilled() ? url(s.withFilled(filled + 1)) : null,
                filled > 0 ? url(s.withFilled(filled - 1)) : null,
                filled < view.maxFilled() ? url(s.withFilled(view.maxFilled())) : null,
                filled > 0 ? url(s.withFilled(0)) : null,
                url(s));
    }

    static String url(DpState s) {
        return Paths.DYNAMIC_PROGRAMMING + "?" + Paths.Q_SHAPE + "=" + s.example() + "&" + Paths.Q_FILLED + "=" + s.filled()
                + "&" + Paths.Q_PARAMETER + "=" + s.parameter() + "&" + Paths.Q_SAMPLE + "=" + (s.sample() + 1);
    }

    /** The sample as the page numbers it, from 1. */
    public int sampleNumber() { return view.state().sample() + 1; }

    public String fillLabel() {
        int next = view.maxFilled() - view.state().filled();
        return next == view.maxFilled() ? "Fill the output layer" : "Fill layer " + next;
    }
}
