package io.stepwise.engine;

import java.util.List;

/**
 * The result of a replay ({@link Descent#replay}).
 *
 * @param first the first states from step 0 on, as many as the plan asked for
 * @param recent the newest states up to {@code current}, oldest first, as many as the plan asked for
 * @param losses the loss after 0, 1, …, current updates
 * @param current the last state kept: the requested step, or the last one the run reached
 *                before it (it diverged, converged or hit max steps); null when not even the
 *                start can be computed
 * @param convergedAt the first step within the tolerance, even beyond current, or −1 when none
 *                    was reached
 * @param divergence how and where the run diverged, or null when it did not (as far as it went)
 * @param lastStep the furthest step the run may go to: max steps, or the last one before or at
 *                 the divergence
 */
public record Trace(Descent.Settings settings, List<Step> first, List<Step> recent, double[] losses, Step current,
                    int convergedAt, Divergence divergence, int lastStep) {

    public Trace {
        first = List.copyOf(first);
        recent = List.copyOf(recent);
    }

    public enum Stop {
        /** Every trained parameter's |step size| fell below the tolerance. */
        CONVERGED,
        /** The requested number of updates was taken. */
        MAX_STEPS,
        /** The run diverged; {@code current} is the last state that can be shown. */
        DIVERGED
    }

    /** How many updates lead to the current state. */
    public int updates() { return current == null ? 0 : current.index(); }

    /** The current state has reached the converged one. */
    public boolean converged() { return convergedAt >= 0 && current != null && current.index() >= convergedAt; }

    public boolean diverged() { return divergence != null; }

    /** Why a whole run stopped. */
    public Stop stop() { return diverged() ? Stop.DIVERGED : converged() ? Stop.CONVERGED : Stop.MAX_STEPS; }

    /** The requested step could not be reached: the run diverged before it. */
    public boolean stoppedEarly(int requested) { return current == null || current.index() < requested; }

    /**
     * The first kept state within this tolerance, or −1: the stopping rule applied afresh to a
     * replay kept whole (a cached one serves every tolerance).
     */
    public int convergedAt(double tolerance) {
        List<Step> states = first.size() >= recent.size() ? first : recent;
        for (Step s : states) if (s.within(tolerance, settings.trained())) return s.index();
        return -1;
    }
}
