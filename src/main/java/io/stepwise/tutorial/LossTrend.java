package io.stepwise.tutorial;

import java.util.function.Supplier;

/**
 * What the loss did at the step shown, when that needs saying: it rose (the last step overshot
 * the valley) or it did not fall (the steps swing across the valley and back), with why, and a
 * learning rate that was tried and works.
 */
public record LossTrend(String title, String message) {
    /** Losses this close count as equal: a swing back and forth repeats them to the last few digits. */
    private static final double SAME = 1e-9;

    /**
     * @param losses the loss after 0, 1, …, k updates (at least)
     * @param settled the run has met the tolerance by step k: a loss that stays put there is the bottom, not a swing
     * @param swing what swings, e.g. "b3 swings between 0 and 5.22", or "" to say nothing more
     * @return the note for step k, or null when the loss fell as it should
     */
    public static LossTrend at(double[] losses, int k, boolean settled, String lossName, String swing, Supplier<RateSuggestion> suggestion) {
        if (k < 1 || settled) return null;
        double before = losses[k - 1];
        double now = losses[k];
        if (now > before * (1 + SAME)) {
            return new LossTrend(lossName + " rose at step " + k,
                    lossName + " went up from " + Num.of(before).display() + " at step " + (k - 1) + " to " + Num.of(now).display()
                            + " at step " + k + ". This is overshoot: the last step was so big that it jumped past the bottom of the"
                            + " valley and landed higher up the other side. The step size is learning rate × slope, and where the"
                            + " slope is steep that product can be bigger than the valley is wide. " + advice(lossName, suggestion));
        }
        if (now >= before * (1 - SAME)) {
            return new LossTrend(lossName + " is not falling",
                    lossName + " is " + Num.of(now).display() + " at step " + k + ", as at step " + (k - 1) + ". This is oscillation:"
                            + " each step jumps across the valley to a point just as high on the other side, and the next jumps back"
                            + (swing.isEmpty() ? "" : " (" + swing + ")") + ", for ever. The step size, learning rate × slope, is"
                            + " too big to settle. " + advice(lossName, suggestion));
        }
        return null;
    }

    private static String advice(String lossName, Supplier<RateSuggestion> suggestion) {
        RateSuggestion s = suggestion.get();
        return s == null ? RateSuggestion.none(lossName) : s.sentence(lossName);
    }
}
