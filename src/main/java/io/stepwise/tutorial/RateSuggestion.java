package io.stepwise.tutorial;

import io.stepwise.engine.Trace;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleFunction;

/**
 * A smaller learning rate that was tried and works: the first of half, a quarter, … of the
 * current rate whose whole run, from the same start to the same step cap, never lets the loss
 * rise and gets every |step size| below the tolerance. Suggestions are only ever ones that ran.
 *
 * @param rate the learning rate tried
 * @param halvings how many times the current rate was halved to get it
 * @param convergedAt the step at which its every |step size| was below the tolerance
 */
public record RateSuggestion(double rate, int halvings, int convergedAt) {
    /** Halvings tried before giving up: 1/1024 of the rate is as far as a hint should send anyone. */
    public static final int TRIES = 10;

    /**
     * @param run the whole run at a learning rate, with the tolerance and the step cap, stopping at convergence
     * @param convergedAt where a run met the tolerance, or −1
     * @return the first rate that works, or null when none of the tries did
     */
    public static RateSuggestion halving(double learningRate, int tries, DoubleFunction<Trace> run,
                                         java.util.function.ToIntFunction<Trace> convergedAt) {
        double rate = learningRate;
        for (int i = 1; i <= tries; i++) {
            rate /= 2;
            Trace t = run.apply(rate);
            int at = convergedAt.applyAsInt(t);
            if (!t.diverged() && at >= 0 && neverRises(t.losses(), at)) return new RateSuggestion(rate, i, at);
        }
        return null;
    }

    private static boolean neverRises(double[] losses, int upTo) {
        for (int k = 1; k <= Math.min(upTo, losses.length - 1); k++) if (losses[k] > losses[k - 1]) return false;
        return true;
    }

    /** The rate exactly when it is short (0.05, 0.0390625), else to three significant figures (0.167). */
    public String rateText() {
        BigDecimal exact = new BigDecimal(rate).stripTrailingZeros();
        return (exact.precision() <= 6 ? exact : exact.round(new MathContext(3)).stripTrailingZeros()).toPlainString();
    }

    /** One sentence: what was tried and what it did. */
    public String sentence(String lossName) {
        String fraction = switch (halvings) {
            case 1 -> "Half this learning rate";
            case 2 -> "A quarter of this learning rate";
            default -> "This learning rate halved " + halvings + " times";
        };
        return fraction + ", " + rateText() + ", was tried and works: " + lossName + " falls at every step and every |step size| is"
                + " below the tolerance at step " + convergedAt + ".";
    }

    /** What to say when no suggestion is known. */
    public static String none(String lossName) {
        return "Try a smaller learning rate: halving it until " + lossName + " falls at every step is a safe way to find one.";
    }
}
