package io.stepwise.engine;

import java.util.ArrayList;
import java.util.List;

/** Gradient descent on a chosen set of parameters: new = old − learning rate · ∂loss/∂parameter. */
public final class Descent {

    /**
     * How to descend.
     *
     * @param trained flat indices of the parameters that change; the others stay fixed
     * @param maxSteps the most updates to take
     * @param tolerance when not null, stop before an update once every trained parameter's
     *                  |step size| is below it
     * @param listLimit how many states to keep in {@link Trace#steps()}
     */
    public record Settings(Loss loss, double learningRate, int[] trained, int maxSteps, Double tolerance, int listLimit) {
        public Settings {
            trained = trained.clone();
        }
    }

    private Descent() {}

    /**
     * Evaluates the state after 0, 1, 2, … updates until the tolerance is met, maxSteps updates
     * have been taken, or a value stops being finite. A step's size is learning rate × gradient,
     * and the update subtracts it: a negative slope means increasing the parameter lowers the loss.
     */
    public static Trace run(Network start, Dataset data, Settings settings) {
        List<Step> steps = new ArrayList<>();
        Step previous = null;
        Network network = start;
        for (int k = 0; ; k++) {
            Step step = evaluate(k, network, data, settings);
            if (step == null) {
                return new Trace(steps, previous, Math.max(k - 1, 0), Trace.Stop.DIVERGED);
            }
            if (k < settings.listLimit()) steps.add(step);
            if (settings.tolerance() != null && withinTolerance(step.stepSizes(), settings)) {
                return new Trace(steps, step, k, Trace.Stop.CONVERGED);
            }
            if (k == settings.maxSteps()) {
                return new Trace(steps, step, k, Trace.Stop.MAX_STEPS);
            }
            Network next = step.next();
            if (!next.isFinite()) {
                return new Trace(steps, step, k, Trace.Stop.DIVERGED);
            }
            previous = step;
            network = next;
        }
    }

    /**
     * The state after k updates with its loss, gradient and step sizes; null when the loss or a
     * trained parameter's gradient or step size is not finite. Untrained parameters' gradients are
     * kept as computed: they never move anything.
     */
    public static Step evaluate(int k, Network network, Dataset data, Settings settings) {
        Backprop bp = Backprop.run(network, data, settings.loss());
        double[][] predictions = bp.forward().predictions();
        double loss = settings.loss().value(data.y(), predictions);
        if (!Double.isFinite(loss)) return null;
        double[] gradient = bp.gradient();
        double[] stepSizes = new double[gradient.length];
        for (int i : settings.trained()) {
            if (!Double.isFinite(gradient[i])) return null;
            stepSizes[i] = settings.learningRate() * gradient[i];
            if (!Double.isFinite(stepSizes[i])) return null;
        }
        return new Step(k, network, loss, predictions, bp.forward().residuals(data), gradient, stepSizes);
    }

    private static boolean withinTolerance(double[] stepSizes, Settings settings) {
        for (int i : settings.trained()) {
            if (Math.abs(stepSizes[i]) >= settings.tolerance()) return false;
        }
        return true;
    }
}
