package io.stepwise.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one replay of a descent: the states after 0, 1, 2, … updates of a chosen set of
 * parameters, with one stopping rule and one divergence rule for every lesson, the playground,
 * the exports and the API.
 *
 * <ul>
 *   <li>Converged at k: the first state where every trained parameter's |step size| is below the
 *   tolerance ({@link Step#within}).</li>
 *   <li>Diverged at k: state k has a value that is not finite (loss, prediction, any gradient,
 *   step size, optimizer value or new parameter value), or its loss is above both 10⁶ and 10⁶ ×
 *   the starting loss ({@link Divergence}). The run stops there: a non-finite state is never
 *   kept, an exploded one is kept as the last.</li>
 *   <li>Max steps: no state after {@link Settings#maxSteps()} updates.</li>
 * </ul>
 */
public final class Descent {

    /**
     * How to descend.
     *
     * @param trained flat indices of the parameters that change; the others stay fixed
     * @param maxSteps the most updates to take
     * @param tolerance the tolerance of the stopping rule; null for none (no state converges)
     */
    public record Settings(Loss loss, Optimizer optimizer, int[] trained, int maxSteps, Double tolerance) {
        public Settings {
            trained = trained.clone();
        }

        /** Plain gradient descent with this learning rate. */
        public static Settings plain(Loss loss, double learningRate, int[] trained, int maxSteps, Double tolerance) {
            return new Settings(loss, new GradientDescent(learningRate), trained, maxSteps, tolerance);
        }

        public double learningRate() { return optimizer.learningRate(); }
    }

    /**
     * What a caller needs from a replay; everything else is computed and dropped, so memory stays
     * bounded however long the run.
     *
     * @param upTo the requested step: states beyond it are evaluated only to learn where the run
     *             converges or diverges, and are not kept
     * @param stopAtConvergence end the run at the converged state (the API); otherwise go on to
     *                          upTo, and past it only until the converged state is known
     * @param first how many states to keep from step 0 on
     * @param recent how many states to keep up to the last one kept (the newest)
     * @param each called with every state from 0 to the last one kept, in order, or null
     */
    public record Plan(int upTo, boolean stopAtConvergence, int first, int recent, Consumer<Step> each) {
        /** The whole run, as the API reports it: to convergence or max steps, listing the first states. */
        public static Plan wholeRun(int listed) { return new Plan(Integer.MAX_VALUE, true, listed, 1, null); }

        /** A page's replay: up to the requested step, keeping the newest states for the history. */
        public static Plan upTo(int step, int recent) { return new Plan(step, false, 0, recent, null); }

        public Plan withEach(Consumer<Step> each) { return new Plan(upTo, stopAtConvergence, first, recent, each); }
    }

    private Descent() {}

    /** The whole run as the API reports it, listing at most the first {@code listed} states. */
    public static Trace run(Network start, Dataset data, Settings settings, int listed) {
        return replay(start, data, settings, Plan.wholeRun(listed));
    }

    /**
     * Replays the run from the start. Stops at a divergence, at max steps, at convergence when the
     * plan says so, and otherwise once the requested step is passed and the converged state is
     * known (or there is no tolerance). A step's size is what the optimizer makes of the gradient,
     * and the update subtracts it: a negative slope means increasing the parameter lowers the loss.
     */
    public static Trace replay(Network start, Dataset data, Settings settings, Plan plan) {
        List<Step> first = new ArrayList<>();
        ArrayDeque<Step> recent = new ArrayDeque<>();
        double[] losses = new double[16];
        Step current = null;
        int convergedAt = -1;
        Divergence divergence = null;
        double startLoss = Double.NaN;
        Network network = start;
        OptimizerState memory = settings.optimizer().start(start.architecture().parameterCount());
        for (int k = 0; k <= settings.maxSteps(); k++) {
            Step step = evaluate(k, network, memory, data, settings);
            if (step == null) {
                divergence = new Divergence(Divergence.Kind.NON_FINITE, k, startLoss, Double.NaN);
                break;
            }
            if (k == 0) startLoss = step.loss();
            if (k <= plan.upTo()) {
                current = step;
                if (k >= losses.length) losses = Arrays.copyOf(losses, losses.length * 2);
                losses[k] = step.loss();
                if (k < plan.first()) first.add(step);
                recent.addLast(step);
                if (recent.size() > plan.recent()) recent.removeFirst();
                if (plan.each() != null) plan.each().accept(step);
            }
            if (convergedAt < 0 && settings.tolerance() != null && step.within(settings.tolerance(), settings.trained())) {
                convergedAt = k;
            }
            if (Divergence.exploded(step.loss(), startLoss)) {
                divergence = new Divergence(Divergence.Kind.EXPLODED, k, startLoss, step.loss());
                break;
            }
            if (convergedAt >= 0 && plan.stopAtConvergence()) break;
            if (k >= plan.upTo() && (convergedAt >= 0 || settings.tolerance() == null)) break;
            network = step.next();
            memory = step.nextOptimizer();
        }
        int shown = current == null ? -1 : current.index();
        int lastStep = divergence != null ? divergence.lastStep() : settings.maxSteps();
        return new Trace(settings, first, List.copyOf(recent), Arrays.copyOf(losses, shown + 1), current, convergedAt,
                divergence, lastStep);
    }

    /** The state after k updates at the start of the optimizer's memory: for one step on its own. */
    public static Step evaluate(int k, Network network, Dataset data, Settings settings) {
        return evaluate(k, network, settings.optimizer().start(network.architecture().parameterCount()), data, settings);
    }

    /**
     * The state after k updates with its loss, gradient and step sizes; null when any of them, a
     * forward-pass value, the optimizer's next memory or a new parameter value is not finite.
     * Untrained parameters' gradients are kept as computed: they never move anything.
     */
    public static Step evaluate(int k, Network network, OptimizerState memory, Dataset data, Settings settings) {
        Backprop bp = Backprop.run(network, data, settings.loss());
        double[][] predictions = bp.forward().predictions();
        double loss = settings.loss().value(data.y(), predictions);
        if (!Double.isFinite(loss) || !finite(bp.forward().preActivations()) || !finite(bp.forward().activations())) return null;
        double[] gradient = bp.gradient();
        for (double g : gradient) if (!Double.isFinite(g)) return null;
        Optimizer.Update update = settings.optimizer().update(gradient, settings.trained(), memory);
        double[] w = network.weightsView();
        double[] b = network.biasesView();
        double[] sizes = update.stepSizes();
        for (int i = 0; i < sizes.length; i++) {
            double old = i < w.length ? w[i] : b[i - w.length];
            if (!Double.isFinite(sizes[i]) || !Double.isFinite(old - sizes[i])) return null;
        }
        if (!update.next().isFinite()) return null;
        return new Step(k, network, memory, loss, predictions, bp.forward().residuals(data), gradient, update.stepSizes(),
                update.next());
    }

    private static boolean finite(double[][][] values) {
        for (double[][] layer : values) for (double[] row : layer) for (double v : row) if (!Double.isFinite(v)) return false;
        return true;
    }
}
