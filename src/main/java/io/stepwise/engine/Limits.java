package io.stepwise.engine;

/**
 * Caps on the size of a problem, checked before any work starts so that no request can hold a
 * core for long. MAX_WORK keeps the largest accepted descent near 100 ms on one core (see
 * BENCHMARKS.md for the measurements behind the weights in {@link #perUpdate}).
 */
public final class Limits {
    public static final int MAX_LAYERS = 8;
    public static final int MAX_WIDTH = 64;
    public static final int MAX_SAMPLES = 1_000;
    public static final int MAX_STEPS = 100_000;
    public static final int MAX_LISTED_STEPS = 1_000;
    public static final long MAX_WORK = 40_000_000L;
    /**
     * An activation and its derivative cost about as much as 32 multiply-adds, and each layer has
     * a fixed cost of about the same per sample; measured per unit, these keep small-but-deep and
     * wide-but-shallow networks within the same time for the same work.
     */
    static final int NEURON_WEIGHT = 32;

    private Limits() {}

    /** The work units of one evaluation and update: every sample through every parameter, neuron and layer. */
    public static long perUpdate(Architecture arch, int samples) {
        long neurons = 0;
        for (int l = 0; l < arch.layerCount(); l++) neurons += arch.size(l);
        long perSample = arch.parameterCount() + NEURON_WEIGHT * (neurons + arch.layerCount());
        return samples * perSample + 2L * arch.parameterCount();
    }

    /** The work units of a descent of this many updates: (updates + 1) evaluations. */
    public static long work(Architecture arch, int samples, int updates) {
        return (long) (updates + 1) * perUpdate(arch, samples);
    }
}
