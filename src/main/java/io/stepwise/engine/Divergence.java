package io.stepwise.engine;

/**
 * Where and how a run diverged.
 *
 * @param step the step where it happened: the first state that cannot be computed (NON_FINITE),
 *             or the state whose loss exploded (EXPLODED, itself finite and shown)
 * @param startLoss the loss at step 0, NaN when not even that could be computed
 * @param loss the exploded loss (EXPLODED), NaN for NON_FINITE
 */
public record Divergence(Kind kind, int step, double startLoss, double loss) {
    /** The loss has exploded when it is more than this many times the starting loss … */
    public static final double EXPLOSION_FACTOR = 1e6;
    /** … and larger than this. */
    public static final double EXPLOSION_FLOOR = 1e6;

    public enum Kind {
        /** A loss, prediction, gradient, step size, optimizer value or new parameter value overflowed or became NaN. */
        NON_FINITE,
        /** The loss grew past {@link #EXPLOSION_FACTOR} times its start and {@link #EXPLOSION_FLOOR}. */
        EXPLODED
    }

    /** More than a million times the starting loss, and more than a million. */
    public static boolean exploded(double loss, double startLoss) {
        return loss > EXPLOSION_FLOOR && loss > EXPLOSION_FACTOR * startLoss;
    }

    /** The last step that can be shown: the one before a non-finite state, or the exploded state itself. */
    public int lastStep() { return kind == Kind.EXPLODED ? step : step - 1; }
}
