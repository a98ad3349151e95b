package io.stepwise.playground;

/**
 * A playground page's whole state: the setup, how many updates have been taken, and whether the
 * loss history is drawn on a log scale. {@link PlaygroundUrl} writes it as a permalink.
 */
public record PlaygroundState(PlaygroundSetup setup, int steps, boolean logLoss) {
    public static final PlaygroundState DEFAULT = new PlaygroundState(PlaygroundSetup.DEFAULT, 0, false);

    public PlaygroundState withSteps(int steps) { return new PlaygroundState(setup, steps, logLoss); }

    public PlaygroundState withLogLoss(boolean logLoss) { return new PlaygroundState(setup, steps, logLoss); }
}
