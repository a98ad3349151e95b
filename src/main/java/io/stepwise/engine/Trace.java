package io.stepwise.engine;

import java.util.List;

/**
 * The result of a descent run.
 *
 * @param steps the states after 0, 1, 2, … updates, each with its gradient (the first
 *              {@link Descent.Settings#listLimit()} of them)
 * @param last the state after the last update that kept every value finite
 * @param updates how many updates were taken
 * @param stop why the run stopped
 */
public record Trace(List<Step> steps, Step last, int updates, Stop stop) {

    public enum Stop {
        /** Every trained parameter's |step size| fell below the tolerance. */
        CONVERGED,
        /** The requested number of updates was taken. */
        MAX_STEPS,
        /** The next update would have made a value infinite or NaN; {@code last} is the state before it. */
        DIVERGED
    }

    public boolean converged() { return stop == Stop.CONVERGED; }

    public boolean diverged() { return stop == Stop.DIVERGED; }
}
