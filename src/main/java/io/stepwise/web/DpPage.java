package io.stepwise.web;

import io.stepwise.tutorial.DpState;
import io.stepwise.tutorial.DpView;

/**
 * The dynamic-programming page: the lesson's view, its control URLs (null = disabled) and its
 * "Your turn" exercise (null once the table is full) with the set and seed its forms keep.
 * Fill controls move through the layers from the output back to the first hidden layer.
 */
public record DpPage(DpView view, String fillNextUrl, String unfillUrl, String fillAllUrl, String clearUrl, String selfUrl,
                     ExerciseBox exercise, java.util.List<ExerciseBox.Field> exerciseCarried) {

    static DpPage of(DpView view) {
        return of(view, ExerciseRequest.none(io.stepwise.exercise.ExerciseLesson.DYNAMIC_PROGRAMMING));
    }

    /** @param exercise the exercise set, seed and answer; every link keeps the set and seed */
    static DpPage of(DpView view, ExerciseRequest exercise) {
        DpState s = view.state();
        int filled = s.filled();
        String carry = exercise.carry();
        String fillNext = filled < view.maxFilled() ? url(s.withFilled(filled + 1)) + carry : null;
        return new DpPage(view,
                fillNext,
                filled > 0 ? url(s.withFilled(filled - 1)) + carry : null,
                filled < view.maxFilled() ? url(s.withFilled(view.maxFilled())) + carry : null,
                filled > 0 ? url(s.withFilled(0)) + carry : null,
                url(s) + carry,
                ExerciseBox.dynamicProgramming(view, exercise, fillNext), exercise.carried());
    }

    /** What the live region reads after a step: the verdict on an answer when one was checked, else null. */
    public String exerciseAnnouncement() {
        return exercise == null ? null : exercise.announcement();
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
