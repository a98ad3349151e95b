package io.stepwise.tutorial;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.PathSum;
import java.util.List;

/**
 * How every lesson and the playground name neurons and connections: an input by its data column
 * (x1, x2, … when it has none), h1,2 for the second neuron of hidden layer 1, out for the output
 * (out1, out2, … when there are several), and "x1 → h1,2" for the weight between two.
 */
public final class NeuronNames {
    private NeuronNames() {}

    /** With every input numbered: x1, x2, …, even when there is one. */
    public static String neuron(Architecture arch, int layer, int neuron) {
        return neuron(arch, List.of(), layer, neuron);
    }

    /** @param inputNames the inputs' names, such as "dosage" or the data's columns; an input without one is numbered */
    public static String neuron(Architecture arch, List<String> inputNames, int layer, int neuron) {
        if (layer == 0) return neuron < inputNames.size() ? inputNames.get(neuron) : "x" + (neuron + 1);
        if (layer == arch.layerCount() - 1) return arch.outputCount() == 1 ? "out" : "out" + (neuron + 1);
        return "h" + layer + "," + (neuron + 1);
    }

    /** "a → b": the weight from neuron a to neuron b. */
    public static String connection(String from, String to) {
        return from + " → " + to;
    }

    /** What a parameter belongs to: "x → h1,1" for a weight, "h1,2" for a bias. */
    public static String of(Architecture arch, List<String> inputNames, Parameter p) {
        int[] at = PathSum.locate(arch, p);
        String to = neuron(arch, inputNames, at[0], at[1]);
        return p.isWeight() ? connection(neuron(arch, inputNames, at[0] - 1, at[2]), to) : to;
    }
}
