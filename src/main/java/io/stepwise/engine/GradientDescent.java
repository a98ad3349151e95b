package io.stepwise.engine;

/** Plain gradient descent: step size = learning rate × gradient, and nothing remembered between updates. */
public record GradientDescent(double learningRate) implements Optimizer {

    @Override
    public OptimizerState start(int parameterCount) { return OptimizerState.NONE; }

    @Override
    public Update update(double[] gradient, int[] trained, OptimizerState state) {
        double[] stepSizes = new double[gradient.length];
        for (int i : trained) stepSizes[i] = learningRate * gradient[i];
        return new Update(stepSizes, OptimizerState.NONE);
    }
}
