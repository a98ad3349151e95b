package io.stepwise.web.page;

import java.util.function.IntFunction;

/**
 * The step controls every lesson shares, as plain URLs: next, previous, run to the tolerance,
 * reset and a permalink. A null URL means the control is shown disabled.
 */
public record StepControls(String nextUrl, String previousUrl, String runUrl, String resetUrl, String selfUrl,
                           String runLabel) {

    /**
     * @param urlOfStep the permalink of the same lesson after a given number of updates
     * @param steps the current number of updates
     * @param lastStep the most updates the lesson allows, or the step where the run diverged
     * @param convergedAt the first step whose step sizes are all below the tolerance, or −1
     * @param runLabel the run control's text, naming the tolerance
     */
    public static StepControls of(IntFunction<String> urlOfStep, int steps, int lastStep, int convergedAt, String runLabel) {
        int runTarget = convergedAt >= 0 ? convergedAt : lastStep;
        return new StepControls(
                steps < lastStep ? urlOfStep.apply(steps + 1) : null,
                steps > 0 ? urlOfStep.apply(steps - 1) : null,
                runTarget != steps ? urlOfStep.apply(runTarget) : null,
                steps > 0 ? urlOfStep.apply(0) : null,
                urlOfStep.apply(steps),
                runLabel);
    }
}
