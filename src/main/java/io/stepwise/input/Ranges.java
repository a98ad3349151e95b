package io.stepwise.input;

/**
 * One range per quantity, for every lesson, the playground, the JSON API and exercise files; the
 * forms' {@code min} and {@code max} attributes read them too. The README's API and playground
 * sections list the same numbers.
 */
public final class Ranges {
    /** Large enough to watch a descent blow up (the lessons show where), small enough that step 0 stays finite. */
    public static final Range LEARNING_RATE = new Range("Learning rate", 0, true, 100);
    /** "Run" stops once every trained |step size| is below it. */
    public static final Range TOLERANCE = new Range("Tolerance", 0, true, 1_000);
    /** Where the last-bias lesson starts. */
    public static final Range START_B3 = new Range("Starting b3", -1_000, false, 1_000);
    /** The most updates one run may take; the same number as the engine's {@code Limits.MAX_STEPS}. */
    public static final Count MAX_STEPS = new Count("Max steps", 100_000);
    /** Seeds of the playground's start values and of the exercises' order. */
    public static final Count SEED = new Count("Seed", 999_999_999);

    private Ranges() {}
}
