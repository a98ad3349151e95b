package io.stepwise.engine;

/**
 * How much work the whole gradient takes, both ways, for a given number of samples.
 *
 * <ul>
 *   <li>Naive: every parameter sums one product per path from its neuron to an output, for every
 *   sample. {@code naivePathProducts} counts those products; {@code naiveMultiplications} counts
 *   their multiplications (a path through m layers has 2m + 1 factors, so 2m multiplications).</li>
 *   <li>Backprop, per sample: one multiplication per output neuron (∂loss/∂ŷ · f'), then for each
 *   hidden layer one per edge into the next layer (w · δ) and one per neuron (f' · Σ), then one
 *   per weight for the gradient (δ · a). Biases need none: their gradient is δ itself.</li>
 * </ul>
 * The naive counts grow with the number of paths (a product of widths, exponential in depth);
 * backprop's grow with the number of edges.
 */
public record WorkCount(long naivePathProducts, long naiveMultiplications, long backpropMultiplications) {

    public static WorkCount of(Architecture arch, int samples) {
        long paths = 0;
        long naiveMultiplications = 0;
        int last = arch.layerCount() - 1;
        for (int l = 1; l <= last; l++) {
            long fromNeuron = PathSum.pathCount(arch, l);
            long parametersPerNeuron = arch.size(l - 1) + 1L;
            long perLayer = arch.size(l) * parametersPerNeuron * fromNeuron;
            paths += perLayer;
            naiveMultiplications += perLayer * 2L * (last - l + 1);
        }
        long backprop = arch.outputCount();
        for (int l = 1; l < last; l++) backprop += (long) arch.size(l) * arch.size(l + 1) + arch.size(l);
        backprop += arch.weightCount();
        return new WorkCount(paths * samples, naiveMultiplications * samples, backprop * samples);
    }
}
