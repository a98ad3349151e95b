package io.stepwise.playground;

/**
 * A playground page's whole state: the setup, how many updates have been taken, whether the loss
 * history is drawn on a log scale, and which parameter the chain-rule detail shows.
 * {@link PlaygroundUrl} writes it as a permalink.
 *
 * @param detail the name of the parameter whose gradient is worked out in detail, e.g. "w5", or
 *               null for the default (the trained parameter with the largest |step size|)
 */
public record PlaygroundState(PlaygroundSetup setup, int steps, boolean logLoss, String detail) {
    public static final PlaygroundState DEFAULT = new PlaygroundState(PlaygroundSetup.DEFAULT, 0, false);

    public PlaygroundState(PlaygroundSetup setup, int steps, boolean logLoss) { this(setup, steps, logLoss, null); }

    public PlaygroundState withSteps(int steps) { return new PlaygroundState(setup, steps, logLoss, detail); }

    public PlaygroundState withLogLoss(boolean logLoss) { return new PlaygroundState(setup, steps, logLoss, detail); }

    public PlaygroundState withDetail(String detail) { return new PlaygroundState(setup, steps, logLoss, detail); }
}
