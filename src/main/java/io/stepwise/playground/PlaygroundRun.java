package io.stepwise.playground;

import io.stepwise.engine.Dataset;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Network;
import io.stepwise.engine.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays a playground setup's descent with the engine, one {@link Descent#evaluate} per state,
 * watching for divergence: a value that stops being finite, or a loss that explodes. Both stop the
 * run where they happen, so that no table ever has to show an overflowed number.
 *
 * <p>The replay goes as far as the page needs: the requested step, one more (to know whether
 * "next" is possible), and on until the tolerance is first met (where "run" ends), the run
 * diverges, or max steps is reached. The setup's work cap bounds all of it.
 */
public final class PlaygroundRun {
    /** The loss has exploded when it is more than this many times the starting loss … */
    public static final double EXPLOSION_FACTOR = 1e6;
    /** … and larger than this. */
    public static final double EXPLOSION_FLOOR = 1e6;

    private PlaygroundRun() {}

    /** Why a run cannot go on. */
    public enum Kind {
        /** A loss, prediction, gradient, step size or new value overflowed or became NaN. */
        NON_FINITE,
        /** The loss grew past {@link #EXPLOSION_FACTOR} times its start and {@link #EXPLOSION_FLOOR}. */
        EXPLODED
    }

    /**
     * Where and how a run diverged.
     *
     * @param step the step where it happened: the first state that cannot be computed (NON_FINITE),
     *             or the state whose loss exploded (EXPLODED, still shown)
     */
    public record Divergence(Kind kind, int step, double startLoss, double loss) {}

    /**
     * The replay.
     *
     * @param current the state shown: the requested step, or the last one that could be computed;
     *                null when not even the start can be
     * @param losses the loss after 0, 1, …, current updates
     * @param recent the last states up to the current one, oldest first (at most the number asked for)
     * @param lastStep the furthest step the controls may go to: max steps, or where the run diverged
     * @param convergedAt the first step whose every trained |step size| is below the tolerance, or −1
     * @param divergence how the run diverged, or null when it did not (within what was replayed)
     */
    public record Result(Step current, double[] losses, List<Step> recent, int lastStep, int convergedAt, Divergence divergence) {
        public boolean diverged() { return divergence != null; }

        /** The requested step could not be reached because the run diverged before it. */
        public boolean stoppedEarly(int requested) { return current == null || current.index() < requested; }
    }

    /**
     * @param steps the step the page shows
     * @param keep how many states up to the current one to keep for the history table
     * @param each called with every state from 0 to the current one, in order (for exports)
     */
    public static Result run(PlaygroundSetup setup, int steps, int keep, Consumer<Step> each) {
        Dataset data = setup.data();
        int[] trained = setup.trained();
        Descent.Settings settings = new Descent.Settings(setup.loss(), setup.learningRate(), trained, setup.maxSteps(),
                setup.tolerance(), 1);
        Network network = setup.startNetwork();
        ArrayDeque<Step> recent = new ArrayDeque<>();
        double[] losses = new double[16];
        Step current = null;
        int convergedAt = -1;
        int lastStep = setup.maxSteps();
        Divergence divergence = null;
        double startLoss = Double.NaN;
        for (int k = 0; k <= setup.maxSteps(); k++) {
            Step step = Descent.evaluate(k, network, data, settings);
            if (step == null || !showable(step)) {
                divergence = new Divergence(Kind.NON_FINITE, k, startLoss, Double.NaN);
                lastStep = k - 1;
                break;
            }
            if (k == 0) startLoss = step.loss();
            if (k <= steps) {
                current = step;
                if (k >= losses.length) losses = Arrays.copyOf(losses, losses.length * 2);
                losses[k] = step.loss();
                recent.addLast(step);
                if (recent.size() > keep) recent.removeFirst();
                if (each != null) each.accept(step);
            }
            if (convergedAt < 0 && withinTolerance(step, trained, setup.tolerance())) convergedAt = k;
            if (k > 0 && exploded(step.loss(), startLoss)) {
                divergence = new Divergence(Kind.EXPLODED, k, startLoss, step.loss());
                lastStep = k;
                break;
            }
            if (k > steps && convergedAt >= 0) break;
            network = step.next();
        }
        int shown = current == null ? -1 : current.index();
        return new Result(current, Arrays.copyOf(losses, shown + 1), List.copyOf(new ArrayList<>(recent)), lastStep, convergedAt,
                divergence);
    }

    /** More than a million times the starting loss, and more than a million. */
    static boolean exploded(double loss, double startLoss) {
        return loss > EXPLOSION_FLOOR && loss > EXPLOSION_FACTOR * startLoss;
    }

    /**
     * True when every number a page shows for this state is finite. The engine has checked the
     * loss and the trained gradients and step sizes; the page also shows every gradient (each bias
     * gradient is a sum of δ values, so δ is finite too) and every new value.
     */
    static boolean showable(Step step) {
        for (double g : step.gradient()) if (!Double.isFinite(g)) return false;
        for (double[] row : step.predictions()) for (double v : row) if (!Double.isFinite(v)) return false;
        return step.next().isFinite();
    }

    static boolean withinTolerance(Step step, int[] trained, double tolerance) {
        for (int i : trained) {
            if (Math.abs(step.stepSizes()[i]) >= tolerance) return false;
        }
        return true;
    }
}
