package io.stepwise.exercise;

import java.util.Random;

/**
 * Which quantity, sample or neuron an exercise is about. Without a seed the choice walks through
 * the options in order as the steps go on; with a seed it is drawn from {@link Random}, whose
 * algorithm is fixed by its specification, so one seed gives a whole class the same exercises on
 * any server.
 */
public final class Choice {
    private Choice() {}

    /**
     * @param step the lesson's step (or filled layers), so each step gets its own draw
     * @param salt tells apart the draws made for one step (quantity, sample, …)
     * @param fallback the choice without a seed
     */
    public static int of(Long seed, int step, int salt, int options, int fallback) {
        if (options <= 1) return 0;
        if (seed == null) return Math.floorMod(fallback, options);
        return new Random(seed * 1_000_003L + step * 7_919L + salt).nextInt(options);
    }
}
