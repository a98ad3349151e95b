package io.stepwise.engine;

/**
 * The gradient by central differences: ∂loss/∂θ ≈ (loss(θ + h) − loss(θ − h)) / 2h. Slow (two
 * forward passes per parameter) and approximate, but independent of backpropagation, which is
 * why the lessons and tests compare the two.
 */
public final class NumericalGradient {
    /** Step relative to the parameter's size; near the cube root of machine epsilon, which balances truncation and rounding error. */
    public static final double RELATIVE_STEP = 1e-5;

    private NumericalGradient() {}

    /** Every parameter's difference quotient, in flat order: weights, then biases. */
    public static double[] of(Network network, Dataset data, Loss loss) {
        double[] theta = network.parameters();
        double[] gradient = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            double h = RELATIVE_STEP * Math.max(1, Math.abs(theta[i]));
            double original = theta[i];
            theta[i] = original + h;
            double up = loss.value(data.y(), ForwardPass.run(network.withParameters(theta), data).predictions());
            theta[i] = original - h;
            double down = loss.value(data.y(), ForwardPass.run(network.withParameters(theta), data).predictions());
            theta[i] = original;
            gradient[i] = (up - down) / (2 * h);
        }
        return gradient;
    }
}
