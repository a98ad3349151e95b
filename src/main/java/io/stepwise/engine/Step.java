package io.stepwise.engine;

/**
 * One state of a descent run: the network after {@code index} updates with the optimizer's
 * memory there, its loss, predictions and residuals, and the gradient and step sizes computed
 * there. Gradient and step-size vectors are in flat parameter order; parameters that are not
 * trained have a step size of 0.
 *
 * @param optimizer the optimizer's memory at this state, from which the step sizes were computed
 * @param nextOptimizer the memory the next state starts from
 */
public record Step(int index, Network network, OptimizerState optimizer, double loss, double[][] predictions,
                   double[][] residuals, double[] gradient, double[] stepSizes, OptimizerState nextOptimizer) {

    public double gradient(Parameter p) { return gradient[p.flatIndex(network.architecture())]; }

    public double stepSize(Parameter p) { return stepSizes[p.flatIndex(network.architecture())]; }

    /** The parameters after this step's update: new = old − step size. */
    public Network next() {
        double[] flat = network.parameters();
        for (int i = 0; i < flat.length; i++) flat[i] -= stepSizes[i];
        return network.withParameters(flat);
    }

    /** True when every trained parameter's |step size| is below the tolerance: the run has converged here. */
    public boolean within(double tolerance, int[] trained) {
        for (int i : trained) {
            if (Math.abs(stepSizes[i]) >= tolerance) return false;
        }
        return true;
    }
}
