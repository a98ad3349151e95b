package io.stepwise.engine;

/**
 * What the output layer does to one sample's pre-activations z to give its predictions ŷ, and the
 * way back from ∂loss/∂ŷ to δ = ∂loss/∂z.
 *
 * <p>An {@link Elementwise} layer applies one activation to each neuron on its own, so
 * δ_j = ∂loss/∂ŷ_j · f′(z_j). A coupled layer such as {@link Softmax} makes every ŷ_i depend on
 * every z_j, so δ_j = Σ_i ∂loss/∂ŷ_i · ∂ŷ_i/∂z_j sums over all outputs. Backpropagation needs
 * nothing else from the output layer; the layers before it are unchanged.
 */
public sealed interface OutputLayer permits OutputLayer.Elementwise, OutputLayer.Softmax {

    /** Softmax over the output neurons: ŷ_i = e^(z_i) / Σ_k e^(z_k). */
    OutputLayer SOFTMAX = new Softmax();

    /** The elementwise layer of this activation. */
    static OutputLayer of(Activation activation) { return new Elementwise(activation); }

    /** Writes ŷ = g(z) into {@code out}; reads z only. */
    void apply(double[] z, double[] out);

    /**
     * Writes δ = (∂ŷ/∂z)ᵀ · ∂loss/∂ŷ into {@code out}.
     *
     * @param predictions ŷ = g(z), as {@link #apply} gave it
     * @param dLoss ∂loss/∂ŷ for each output
     */
    void delta(double[] z, double[] predictions, double[] dLoss, double[] out);

    /** The lower-case name used in URLs and JSON, e.g. "identity" or "softmax". */
    String id();

    /** One activation applied to each output neuron on its own. */
    record Elementwise(Activation activation) implements OutputLayer {
        public Elementwise {
            if (activation == null) throw new IllegalArgumentException("an elementwise output layer needs an activation");
        }

        @Override public void apply(double[] z, double[] out) {
            for (int j = 0; j < z.length; j++) out[j] = activation.apply(z[j]);
        }

        @Override public void delta(double[] z, double[] predictions, double[] dLoss, double[] out) {
            for (int j = 0; j < z.length; j++) out[j] = dLoss[j] * activation.derivative(z[j]);
        }

        @Override public String id() { return activation.id(); }
    }

    /**
     * Softmax: the outputs are positive and sum to 1, so raising one lowers the others. Its
     * Jacobian is ∂ŷ_i/∂z_j = ŷ_i·([i = j] − ŷ_j), which gives δ_j = ŷ_j·(∂loss/∂ŷ_j − Σ_i ∂loss/∂ŷ_i·ŷ_i)
     * without building the matrix.
     */
    record Softmax() implements OutputLayer {
        @Override public void apply(double[] z, double[] out) {
            // Subtracting the largest z leaves the ratios unchanged and keeps every exponent ≤ 0, so nothing overflows.
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) max = Math.max(max, v);
            double sum = 0;
            for (int j = 0; j < z.length; j++) {
                out[j] = Math.exp(z[j] - max);
                sum += out[j];
            }
            for (int j = 0; j < z.length; j++) out[j] /= sum;
        }

        @Override public void delta(double[] z, double[] predictions, double[] dLoss, double[] out) {
            double weighted = 0;
            for (int i = 0; i < z.length; i++) weighted += dLoss[i] * predictions[i];
            for (int j = 0; j < z.length; j++) out[j] = predictions[j] * (dLoss[j] - weighted);
        }

        @Override public String id() { return "softmax"; }
    }
}
