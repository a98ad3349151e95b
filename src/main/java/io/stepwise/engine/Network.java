package io.stepwise.engine;

import java.util.Arrays;

/** A network: its architecture and the current value of every weight and bias. Immutable. */
public record Network(Architecture architecture, double[] weights, double[] biases) {

    public Network {
        if (weights.length != architecture.weightCount()) {
            throw new IllegalArgumentException("expected " + architecture.weightCount() + " weights, got " + weights.length);
        }
        if (biases.length != architecture.biasCount()) {
            throw new IllegalArgumentException("expected " + architecture.biasCount() + " biases, got " + biases.length);
        }
        weights = weights.clone();
        biases = biases.clone();
    }

    @Override
    public double[] weights() { return weights.clone(); }

    @Override
    public double[] biases() { return biases.clone(); }

    /** The arrays themselves, for the engine's loops, which only read them. */
    double[] weightsView() { return weights; }

    double[] biasesView() { return biases; }

    public double weight(int layer, int neuron, int input) {
        return weights[architecture.weightIndex(layer, neuron, input)];
    }

    public double bias(int layer, int neuron) {
        return biases[architecture.biasIndex(layer, neuron)];
    }

    public double get(Parameter p) { return p.isWeight() ? weights[p.index()] : biases[p.index()]; }

    /** All parameters in flat order: weights, then biases. */
    public double[] parameters() {
        double[] all = Arrays.copyOf(weights, weights.length + biases.length);
        System.arraycopy(biases, 0, all, weights.length, biases.length);
        return all;
    }

    /** The same architecture with parameters given in flat order. */
    public Network withParameters(double[] flat) {
        int w = weights.length;
        return new Network(architecture, Arrays.copyOfRange(flat, 0, w), Arrays.copyOfRange(flat, w, flat.length));
    }

    public Network with(Parameter p, double value) {
        double[] flat = parameters();
        flat[p.flatIndex(architecture)] = value;
        return withParameters(flat);
    }

    public boolean isFinite() {
        for (double v : weights) if (!Double.isFinite(v)) return false;
        for (double v : biases) if (!Double.isFinite(v)) return false;
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network n && architecture.equals(n.architecture)
                && Arrays.equals(weights, n.weights) && Arrays.equals(biases, n.biases);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(parameters()) * 31 + architecture.hashCode(); }

    @Override
    public String toString() { return architecture + " w=" + Arrays.toString(weights) + " b=" + Arrays.toString(biases); }
}
