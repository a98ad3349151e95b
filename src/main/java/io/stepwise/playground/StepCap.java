package io.stepwise.playground;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Limits;
import io.stepwise.input.Ranges;

/**
 * The real rule behind the max-steps field, in words: the hint and the refusal state the same
 * rule, with this setup's own ceiling when its shape and data are known.
 */
final class StepCap {
    static final String RULE = "Up to " + Rules.thousands(Ranges.MAX_STEPS.max()) + ", as long as the run stays within "
            + Rules.thousands(Limits.MAX_WORK) + " work units: (max steps + 1) × the units of one step, which are "
            + "samples × (parameters + 32 × (neurons + layers)) + 2 × parameters.";

    private StepCap() {}

    /** The most steps this network can take on this many samples, as a sentence. */
    static String most(Architecture arch, int samples) {
        long perStep = Limits.perUpdate(arch, samples);
        long most = Math.min((long) Ranges.MAX_STEPS.max(), Math.max(0, Limits.MAX_WORK / perStep - 1));
        return "For the " + PlaygroundSetup.shape(arch.sizes()) + " network and " + samples + (samples == 1 ? " sample" : " samples")
                + " one step is " + Rules.thousands(perStep) + " units, so at most " + Rules.thousands(most) + " steps.";
    }
}
