package io.stepwise.engine;

import java.util.Arrays;

/**
 * The shape of a fully connected network: layer sizes from input to output, the activation of the
 * hidden layers, and the output layer: one activation per neuron, or a layer that couples its
 * neurons such as softmax ({@link OutputLayer}).
 *
 * <p>Parameters are numbered as in the lessons: weights layer by layer, within a layer neuron by
 * neuron, within a neuron input by input (w1 = first input to the first neuron of layer 1);
 * biases one per non-input neuron in the same neuron order.
 */
public record Architecture(int[] sizes, Activation hidden, OutputLayer outputLayer) {

    public Architecture {
        if (sizes.length < 2) throw new IllegalArgumentException("a network needs at least 2 layers");
        for (int size : sizes) {
            if (size < 1) throw new IllegalArgumentException("every layer needs at least 1 neuron");
        }
        if (outputLayer == null) throw new IllegalArgumentException("a network needs an output layer");
        sizes = sizes.clone();
    }

    /** A network whose output neurons each apply {@code output} on their own. */
    public Architecture(int[] sizes, Activation hidden, Activation output) {
        this(sizes, hidden, OutputLayer.of(output));
    }

    public static Architecture of(Activation hidden, Activation output, int... sizes) {
        return new Architecture(sizes, hidden, output);
    }

    public static Architecture of(Activation hidden, OutputLayer output, int... sizes) {
        return new Architecture(sizes, hidden, output);
    }

    /** The output neurons' own activation; null when the output layer couples its neurons (softmax). */
    public Activation output() {
        return outputLayer instanceof OutputLayer.Elementwise e ? e.activation() : null;
    }

    /** True when each output depends on its own pre-activation only, so one activation describes the layer. */
    public boolean elementwiseOutput() { return outputLayer instanceof OutputLayer.Elementwise; }

    @Override
    public int[] sizes() { return sizes.clone(); }

    public int layerCount() { return sizes.length; }

    public int size(int layer) { return sizes[layer]; }

    public int inputCount() { return sizes[0]; }

    public int outputCount() { return sizes[sizes.length - 1]; }

    /**
     * The activation applied in a non-input layer.
     *
     * @throws IllegalStateException for the output layer when it couples its neurons: no one activation describes it
     */
    public Activation activation(int layer) {
        if (layer < sizes.length - 1) return hidden;
        if (outputLayer instanceof OutputLayer.Elementwise e) return e.activation();
        throw new IllegalStateException("the " + outputLayer.id() + " output layer couples its neurons");
    }

    /** Index into the weight vector of the weight from input i of layer−1 to neuron j of layer (≥ 1). */
    public int weightIndex(int layer, int neuron, int input) {
        int offset = 0;
        for (int l = 1; l < layer; l++) offset += sizes[l] * sizes[l - 1];
        return offset + neuron * sizes[layer - 1] + input;
    }

    /** Index into the bias vector of the bias of neuron j of layer (≥ 1). */
    public int biasIndex(int layer, int neuron) {
        int offset = 0;
        for (int l = 1; l < layer; l++) offset += sizes[l];
        return offset + neuron;
    }

    public int weightCount() {
        int n = 0;
        for (int l = 1; l < sizes.length; l++) n += sizes[l] * sizes[l - 1];
        return n;
    }

    public int biasCount() {
        int n = 0;
        for (int l = 1; l < sizes.length; l++) n += sizes[l];
        return n;
    }

    public int parameterCount() { return weightCount() + biasCount(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Architecture a && Arrays.equals(sizes, a.sizes) && hidden == a.hidden && outputLayer.equals(a.outputLayer);
    }

    @Override
    public int hashCode() { return 31 * Arrays.hashCode(sizes) + hidden.hashCode() * 7 + outputLayer.hashCode(); }

    @Override
    public String toString() { return Arrays.toString(sizes) + " " + hidden.id() + "/" + outputLayer.id(); }
}
