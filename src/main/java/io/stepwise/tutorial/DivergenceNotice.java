package io.stepwise.tutorial;

import io.stepwise.engine.Divergence;

/** What every lesson and the playground say when a run diverges: the step and the numbers there, in words. */
public record DivergenceNotice(String title, String message) {

    /**
     * @param lossName the loss as the page names it, e.g. "SSR"
     * @param suggestion a smaller learning rate that was tried and works, or null when none is known
     */
    public static DivergenceNotice of(Divergence d, String lossName, RateSuggestion suggestion) {
        String smaller = suggestion == null ? RateSuggestion.none(lossName) : suggestion.sentence(lossName);
        if (d.kind() == Divergence.Kind.EXPLODED) {
            return new DivergenceNotice("The loss exploded at step " + d.step(),
                    lossName + " grew from " + Num.of(d.startLoss()).display() + " at step 0 to " + Num.of(d.loss()).display()
                            + " at step " + d.step() + ", more than a million times larger: each step overshoots the minimum further "
                            + "than the last. The run stops there. " + smaller);
        }
        if (d.step() == 0) {
            return new DivergenceNotice("The start cannot be computed",
                    "Already at step 0 a value is not finite: the start values or the data are too large to compute with "
                            + "(a number overflowed). Use smaller start values, or scale the data down.");
        }
        return new DivergenceNotice("A value stopped being finite at step " + d.step(),
                "Computing step " + d.step() + " overflows: the steps grow instead of shrinking until a number is too large for a "
                        + "double. The run stops at step " + (d.step() - 1) + ", the last one that can be shown. " + smaller);
    }
}
