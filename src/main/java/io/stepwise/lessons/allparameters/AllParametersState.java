package io.stepwise.lessons.allparameters;

import io.stepwise.input.Ranges;

/**
 * Everything the "train all seven parameters" lesson needs to redraw itself: the learning rate,
 * the tolerance for "run until done", and how many updates have been taken. The starting
 * parameters are fixed ({@link DosageExample#allParametersStart()}).
 */
public record AllParametersState(double learningRate, double tolerance, int steps) {
    public static final AllParametersState DEFAULT = new AllParametersState(0.1, 0.001, 0);
    /** The run to the default tolerance needs 471 updates; this leaves room to step past it. */
    public static final int MAX_STEPS = 2_000;
    /** The same ranges as everywhere ({@link Ranges}). */
    public static final double MAX_LEARNING_RATE = Ranges.LEARNING_RATE.max();
    public static final double MAX_TOLERANCE = Ranges.TOLERANCE.max();

    public AllParametersState withSteps(int steps) {
        return new AllParametersState(learningRate, tolerance, steps);
    }
}
