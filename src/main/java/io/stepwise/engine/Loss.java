package io.stepwise.engine;

/**
 * A loss over every sample and output, and its derivative with respect to one prediction ŷ.
 * The derivative is what backpropagation starts from at the output layer.
 */
public enum Loss {
    /** SSR = Σ (y − ŷ)², so ∂SSR/∂ŷ = −2·(y − ŷ). */
    SSR("ssr", "sum of squared residuals") {
        @Override double scale(int count) { return 1; }
    },
    /** ½·Σ (y − ŷ)², so the derivative is −(y − ŷ): the factor 2 cancels. */
    HALF_SSE("half-sse", "half the sum of squared errors") {
        @Override double scale(int count) { return 0.5; }
    },
    /** Mean of (y − ŷ)² over samples and outputs, so the derivative is −2·(y − ŷ) / count. */
    MSE("mse", "mean squared error") {
        @Override double scale(int count) { return 1.0 / count; }
    };

    private final String id;
    private final String description;

    Loss(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Each loss is scale · Σ (y − ŷ)², where count is the number of (sample, output) pairs. */
    abstract double scale(int count);

    public String id() { return id; }

    public String description() { return description; }

    /** The loss of predictions against targets, both indexed [sample][output]. */
    public double value(double[][] targets, double[][] predictions) {
        double sum = 0;
        int count = 0;
        for (int s = 0; s < targets.length; s++) {
            for (int o = 0; o < targets[s].length; o++) {
                double r = targets[s][o] - predictions[s][o];
                sum += r * r;
                count++;
            }
        }
        return scale(count) * sum;
    }

    /** ∂loss/∂ŷ for one prediction, given how many (sample, output) pairs the loss covers. */
    public double derivative(double target, double prediction, int count) {
        return -2 * scale(count) * (target - prediction);
    }

    /** The loss with this id, or null when there is none. */
    public static Loss fromId(String id) {
        for (Loss l : values()) {
            if (l.id.equals(id)) return l;
        }
        return null;
    }
}
