package io.stepwise.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The naive way to a derivative: the sum, over every path from a parameter to the loss, of the
 * product of the local derivatives along the path. For a weight w from neuron i of layer l−1 to
 * neuron j of layer l, and one sample, a path j = n_l → n_(l+1) → … → n_L (an output) contributes
 *
 * <pre>  a_(l−1)[i] · f_l'(z_l[j]) · w_(l+1)[n_(l+1)][j] · f_(l+1)'(z_(l+1)[n_(l+1)]) · … · f_L'(z_L[n_L]) · ∂loss/∂ŷ[n_L]</pre>
 *
 * and a bias is the same with 1 in place of a_(l−1)[i]. Backpropagation computes the same sum,
 * but shares the common tails of the paths through δ instead of recomputing them.
 */
public final class PathSum {
    /** Listing stops here; counting does not. */
    public static final int MAX_LISTED_PATHS = 512;

    private PathSum() {}

    /**
     * One path's neurons (the index of the neuron in each layer from the parameter's layer to the
     * output) and its factors in the order of the formula above.
     */
    public record Path(int[] neurons, double[] factors, double product) {}

    /**
     * The paths for one parameter and one sample, their total count, and their sum (which equals
     * δ_l[j] · a_(l−1)[i] for that sample).
     */
    public record Result(Parameter parameter, int sample, List<Path> paths, long pathCount, double sum) {}

    public static Result of(Network network, Dataset data, Loss loss, ForwardPass forward, Parameter p, int sample) {
        Architecture arch = network.architecture();
        if (!arch.elementwiseOutput()) {
            // Through softmax every output depends on every pre-activation: the paths would cross between outputs.
            throw new IllegalArgumentException("paths are listed only for an output layer of one activation per neuron");
        }
        int[] at = locate(arch, p);
        int layer = at[0];
        int neuron = at[1];
        double input = p.isWeight() ? forward.activations()[layer - 1][sample][at[2]] : 1;
        int last = arch.layerCount() - 1;
        int count = data.size() * arch.outputCount();

        List<Path> listed = new ArrayList<>();
        double[] sum = {0};
        long total = pathCount(arch, layer);
        int[] neurons = new int[last - layer + 1];
        neurons[0] = neuron;
        walk(network, data, loss, forward, sample, layer, neurons, 0, input, count, listed, sum);
        return new Result(p, sample, listed, total, sum[0]);
    }

    /** Depth-first over every continuation of the path so far; appends complete paths and adds their products. */
    private static void walk(Network network, Dataset data, Loss loss, ForwardPass forward, int sample, int startLayer,
                             int[] neurons, int depth, double input, int count, List<Path> listed, double[] sum) {
        Architecture arch = network.architecture();
        int layer = startLayer + depth;
        int last = arch.layerCount() - 1;
        if (layer == last) {
            double[] factors = factors(network, data, loss, forward, sample, startLayer, neurons, input, count);
            double product = 1;
            for (double f : factors) product *= f;
            sum[0] += product;
            if (listed.size() < MAX_LISTED_PATHS) listed.add(new Path(neurons.clone(), factors, product));
            return;
        }
        for (int k = 0; k < arch.size(layer + 1); k++) {
            neurons[depth + 1] = k;
            walk(network, data, loss, forward, sample, startLayer, neurons, depth + 1, input, count, listed, sum);
        }
    }

    private static double[] factors(Network network, Dataset data, Loss loss, ForwardPass forward, int sample,
                                    int startLayer, int[] neurons, double input, int count) {
        Architecture arch = network.architecture();
        int last = arch.layerCount() - 1;
        double[] f = new double[2 * neurons.length + 1];
        int n = 0;
        f[n++] = input;
        for (int d = 0; d < neurons.length; d++) {
            int layer = startLayer + d;
            if (d > 0) f[n++] = network.weight(layer, neurons[d], neurons[d - 1]);
            f[n++] = arch.activation(layer).derivative(forward.preActivations()[layer][sample][neurons[d]]);
        }
        int out = neurons[neurons.length - 1];
        f[n] = loss.derivative(data.target(sample, out), forward.activations()[last][sample][out], count);
        return f;
    }

    /** Paths from a neuron of this layer to the outputs: the product of the widths of the later layers. */
    public static long pathCount(Architecture arch, int layer) {
        long n = 1;
        for (int l = layer + 1; l < arch.layerCount(); l++) n *= arch.size(l);
        return n;
    }

    /** {layer, neuron, input} of a weight, {layer, neuron} of a bias. */
    public static int[] locate(Architecture arch, Parameter p) {
        for (int l = 1; l < arch.layerCount(); l++) {
            if (p.isWeight()) {
                int first = arch.weightIndex(l, 0, 0);
                int size = arch.size(l) * arch.size(l - 1);
                if (p.index() < first + size) {
                    int offset = p.index() - first;
                    return new int[] {l, offset / arch.size(l - 1), offset % arch.size(l - 1)};
                }
            } else {
                int first = arch.biasIndex(l, 0);
                if (p.index() < first + arch.size(l)) return new int[] {l, p.index() - first};
            }
        }
        throw new IllegalArgumentException("no parameter " + p + " in " + arch);
    }
}
