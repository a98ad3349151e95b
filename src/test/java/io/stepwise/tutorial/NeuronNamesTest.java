package io.stepwise.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeuronNamesTest {
    static final Architecture ONE_OUT = Architecture.of(Activation.TANH, Activation.IDENTITY, 2, 3, 1);
    static final Architecture TWO_OUT = Architecture.of(Activation.TANH, Activation.IDENTITY, 1, 2, 2);

    @Test
    void inputs_are_numbered_unless_named() {
        assertEquals("x1", NeuronNames.neuron(ONE_OUT, 0, 0));
        assertEquals("x2", NeuronNames.neuron(ONE_OUT, 0, 1));
        assertEquals("dosage", NeuronNames.neuron(TWO_OUT, List.of("dosage"), 0, 0));
    }

    @Test
    void hidden_neurons_carry_layer_and_place_and_outputs_are_out() {
        assertEquals("h1,3", NeuronNames.neuron(ONE_OUT, 1, 2));
        assertEquals("out", NeuronNames.neuron(ONE_OUT, 2, 0));
        assertEquals("out2", NeuronNames.neuron(TWO_OUT, 2, 1));
    }

    @Test
    void a_weight_names_its_connection_and_a_bias_its_neuron() {
        assertEquals("x → h1,1", NeuronNames.of(TWO_OUT, List.of("x"), Parameter.parse(TWO_OUT, "w1")));
        assertEquals("h1,2 → out1", NeuronNames.of(TWO_OUT, List.of("x"), Parameter.parse(TWO_OUT, "w4")));
        assertEquals("h1,2", NeuronNames.of(TWO_OUT, List.of("x"), Parameter.parse(TWO_OUT, "b2")));
    }
}
