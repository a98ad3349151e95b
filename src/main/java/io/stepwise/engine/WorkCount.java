package io.stepwise.engine;

/**
 * How much work the whole gradient takes, four ways, for a given number of samples. Every count
 * is multiplications beyond the one forward pass that all four need (activation functions and
 * additions are not counted).
 *
 * <ul>
 *   <li>Naive: every parameter sums one product per path from its neuron to an output, for every
 *   sample. {@code naivePathProducts} counts those products; {@code naiveMultiplications} counts
 *   their multiplications (a path through m layers has 2m + 1 factors, so 2m multiplications).</li>
 *   <li>Backprop (reverse mode), per sample: one multiplication per output neuron (∂loss/∂ŷ · f'),
 *   then for each hidden layer one per edge into the next layer (w · δ) and one per neuron
 *   (f' · Σ), then one per weight for the gradient (δ · a). Biases need none: their gradient is δ itself.</li>
 *   <li>Finite differences, per sample: one extra forward pass per parameter (the parameter nudged
 *   one way; central differences nudge it both ways and take two). A forward pass multiplies once
 *   per weight (w · a) and once per output (the squared residual).</li>
 *   <li>Forward mode, per sample: one pass per parameter that carries d(·)/dθ forward from the
 *   parameter's neuron: f' · ż at that neuron, w · ȧ along each of its edges into the next layer,
 *   then f' · ż at every later neuron, w · ȧ on every later edge, and ∂loss/∂ŷ · ŷ̇ at each output.</li>
 * </ul>
 * The naive counts grow with the number of paths (a product of widths, exponential in depth);
 * backprop's grow with the number of edges; finite differences and forward mode with the number
 * of parameters times the edges, because each parameter needs a pass of its own.
 */
public record WorkCount(long naivePathProducts, long naiveMultiplications, long backpropMultiplications,
                        long finiteDifferenceMultiplications, long forwardModeMultiplications) {

    public static WorkCount of(Architecture arch, int samples) {
        long paths = 0;
        long naiveMultiplications = 0;
        long forwardMode = 0;
        int last = arch.layerCount() - 1;
        for (int l = 1; l <= last; l++) {
            long fromNeuron = PathSum.pathCount(arch, l);
            long parametersPerNeuron = arch.size(l - 1) + 1L;
            long parameters = arch.size(l) * parametersPerNeuron;
            paths += parameters * fromNeuron;
            naiveMultiplications += parameters * fromNeuron * 2L * (last - l + 1);
            forwardMode += parameters * forwardPass(arch, l);
        }
        long backprop = arch.outputCount();
        for (int l = 1; l < last; l++) backprop += (long) arch.size(l) * arch.size(l + 1) + arch.size(l);
        backprop += arch.weightCount();
        long finiteDifferences = (long) arch.parameterCount() * (arch.weightCount() + arch.outputCount());
        return new WorkCount(paths * samples, naiveMultiplications * samples, backprop * samples,
                finiteDifferences * samples, forwardMode * samples);
    }

    /** Central differences: two extra forward passes per parameter. */
    public long centralDifferenceMultiplications() { return 2 * finiteDifferenceMultiplications; }

    /** One forward-mode pass for a parameter of a neuron in {@code layer}: that neuron, its edges on, then every later layer. */
    private static long forwardPass(Architecture arch, int layer) {
        int last = arch.layerCount() - 1;
        long n = 1;
        if (layer < last) n += arch.size(layer + 1);
        for (int m = layer + 1; m <= last; m++) {
            n += arch.size(m);
            if (m < last) n += (long) arch.size(m) * arch.size(m + 1);
        }
        return n + arch.outputCount();
    }
}
