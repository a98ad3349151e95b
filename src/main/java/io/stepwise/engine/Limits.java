package io.stepwise.engine;

/**
 * Caps on the size of a problem, checked before any work starts so that no request can hold a
 * core for long. A descent's cost grows with updates × samples × parameters; MAX_WORK keeps one
 * run to roughly 100 ms on a laptop core.
 */
public final class Limits {
    public static final int MAX_LAYERS = 8;
    public static final int MAX_WIDTH = 64;
    public static final int MAX_SAMPLES = 1_000;
    public static final int MAX_STEPS = 100_000;
    public static final int MAX_LISTED_STEPS = 1_000;
    public static final long MAX_WORK = 20_000_000L;

    private Limits() {}

    /** The work units of a descent: (updates + 1) evaluations, each touching every parameter for every sample. */
    public static long work(Architecture arch, int samples, int updates) {
        return (long) (updates + 1) * samples * arch.parameterCount();
    }
}
