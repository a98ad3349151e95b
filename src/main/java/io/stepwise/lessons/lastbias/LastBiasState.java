package io.stepwise.lessons.lastbias;

/**
 * Everything the "fit the last bias" lesson needs to redraw itself: the starting b3, the learning
 * rate, the tolerance for "run until done", and how many updates have been taken.
 */
public record LastBiasState(double startB3, double learningRate, double tolerance, int steps) {
    public static final LastBiasState DEFAULT = new LastBiasState(0, 0.1, 0.001, 0);
    public static final int MAX_STEPS = 1_000;

    public LastBiasState withSteps(int steps) {
        return new LastBiasState(startB3, learningRate, tolerance, steps);
    }
}
