package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    static final double TOLERANCE = 1e-12;

    static final Architecture DOSAGE = Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1);
    static final Architecture WIDE = Architecture.of(Activation.TANH, Activation.SIGMOID, 2, 3, 2);

    @Nested
    class DosageNumbering {
        @Test
        void w1_connects_the_input_to_the_first_hidden_neuron() {
            assertEquals(0, DOSAGE.weightIndex(1, 0, 0));
        }

        @Test
        void w2_connects_the_input_to_the_second_hidden_neuron() {
            assertEquals(1, DOSAGE.weightIndex(1, 1, 0));
        }

        @Test
        void w3_connects_the_first_hidden_neuron_to_the_output() {
            assertEquals(2, DOSAGE.weightIndex(2, 0, 0));
        }

        @Test
        void w4_connects_the_second_hidden_neuron_to_the_output() {
            assertEquals(3, DOSAGE.weightIndex(2, 0, 1));
        }

        @Test
        void b1_b2_b3_belong_to_first_hidden_second_hidden_and_output() {
            assertEquals(0, DOSAGE.biasIndex(1, 0));
            assertEquals(1, DOSAGE.biasIndex(1, 1));
            assertEquals(2, DOSAGE.biasIndex(2, 0));
        }

        @Test
        void forward_pass_wires_weights_as_numbered() {
            // Identity everywhere, so each parameter's role can be read off the output:
            // h1 = w1·x + b1, h2 = w2·x + b2, out = w3·h1 + w4·h2 + b3.
            Architecture linear = Architecture.of(Activation.IDENTITY, Activation.IDENTITY, 1, 2, 1);
            Network n = new Network(linear, new double[] {2, 3, 5, 7}, new double[] {11, 13, 17});
            double x = 0.5;
            double[][][] a = ForwardPass.run(n, new double[][] {{x}}).activations();
            assertEquals(2 * x + 11, a[1][0][0], TOLERANCE);
            assertEquals(3 * x + 13, a[1][0][1], TOLERANCE);
            assertEquals(5 * (2 * x + 11) + 7 * (3 * x + 13) + 17, a[2][0][0], TOLERANCE);
        }

        @Test
        void counts() {
            assertEquals(4, DOSAGE.weightCount());
            assertEquals(3, DOSAGE.biasCount());
            assertEquals(7, DOSAGE.parameterCount());
            assertEquals(3, DOSAGE.layerCount());
            assertEquals(1, DOSAGE.inputCount());
            assertEquals(1, DOSAGE.outputCount());
            assertEquals(2, DOSAGE.size(1));
        }
    }

    @Nested
    class WideNumbering {
        @Test
        void first_layer_weights_go_neuron_by_neuron_then_input_by_input() {
            assertEquals(0, WIDE.weightIndex(1, 0, 0));
            assertEquals(1, WIDE.weightIndex(1, 0, 1));
            assertEquals(2, WIDE.weightIndex(1, 1, 0));
            assertEquals(3, WIDE.weightIndex(1, 1, 1));
            assertEquals(4, WIDE.weightIndex(1, 2, 0));
            assertEquals(5, WIDE.weightIndex(1, 2, 1));
        }

        @Test
        void second_layer_weights_follow_the_first_layer() {
            assertEquals(6, WIDE.weightIndex(2, 0, 0));
            assertEquals(7, WIDE.weightIndex(2, 0, 1));
            assertEquals(8, WIDE.weightIndex(2, 0, 2));
            assertEquals(9, WIDE.weightIndex(2, 1, 0));
            assertEquals(10, WIDE.weightIndex(2, 1, 1));
            assertEquals(11, WIDE.weightIndex(2, 1, 2));
        }

        @Test
        void biases_go_layer_by_layer() {
            assertEquals(0, WIDE.biasIndex(1, 0));
            assertEquals(1, WIDE.biasIndex(1, 1));
            assertEquals(2, WIDE.biasIndex(1, 2));
            assertEquals(3, WIDE.biasIndex(2, 0));
            assertEquals(4, WIDE.biasIndex(2, 1));
        }

        @Test
        void counts() {
            assertEquals(12, WIDE.weightCount());
            assertEquals(5, WIDE.biasCount());
            assertEquals(17, WIDE.parameterCount());
            assertEquals(2, WIDE.inputCount());
            assertEquals(2, WIDE.outputCount());
        }

        @Test
        void every_weight_and_bias_has_its_own_index_with_no_gaps() {
            Architecture deep = Architecture.of(Activation.RELU, Activation.IDENTITY, 3, 4, 2, 5);
            Set<Integer> weights = new HashSet<>();
            Set<Integer> biases = new HashSet<>();
            for (int l = 1; l < deep.layerCount(); l++) {
                for (int j = 0; j < deep.size(l); j++) {
                    biases.add(deep.biasIndex(l, j));
                    for (int i = 0; i < deep.size(l - 1); i++) weights.add(deep.weightIndex(l, j, i));
                }
            }
            assertEquals(deep.weightCount(), weights.size());
            assertEquals(deep.biasCount(), biases.size());
            for (int i = 0; i < deep.weightCount(); i++) assertEquals(true, weights.contains(i), "weight " + i);
            for (int i = 0; i < deep.biasCount(); i++) assertEquals(true, biases.contains(i), "bias " + i);
        }
    }

    @Nested
    class Shape {
        @Test
        void hidden_layers_use_the_hidden_activation_and_the_last_the_output_activation() {
            Architecture deep = Architecture.of(Activation.RELU, Activation.SIGMOID, 2, 3, 3, 1);
            assertSame(Activation.RELU, deep.activation(1));
            assertSame(Activation.RELU, deep.activation(2));
            assertSame(Activation.SIGMOID, deep.activation(3));
        }

        @Test
        void fewer_than_two_layers_are_rejected() {
            assertThrows(IllegalArgumentException.class, () -> Architecture.of(Activation.RELU, Activation.RELU, 3));
            assertThrows(IllegalArgumentException.class, () -> Architecture.of(Activation.RELU, Activation.RELU));
        }

        @Test
        void empty_layers_are_rejected() {
            assertThrows(IllegalArgumentException.class, () -> Architecture.of(Activation.RELU, Activation.RELU, 1, 0, 1));
            assertThrows(IllegalArgumentException.class, () -> Architecture.of(Activation.RELU, Activation.RELU, 1, -2));
        }

        @Test
        void sizes_are_copied_in_and_out() {
            int[] sizes = {1, 2, 1};
            Architecture arch = new Architecture(sizes, Activation.SOFTPLUS, Activation.IDENTITY);
            sizes[1] = 9;
            assertEquals(2, arch.size(1));
            arch.sizes()[1] = 9;
            assertArrayEquals(new int[] {1, 2, 1}, arch.sizes());
        }

        @Test
        void equality_is_by_sizes_and_activations() {
            assertEquals(DOSAGE, Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1));
            assertEquals(DOSAGE.hashCode(), Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1).hashCode());
            assertNotEquals(DOSAGE, Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 3, 1));
            assertNotEquals(DOSAGE, Architecture.of(Activation.RELU, Activation.IDENTITY, 1, 2, 1));
            assertNotEquals(DOSAGE, Architecture.of(Activation.SOFTPLUS, Activation.SIGMOID, 1, 2, 1));
        }

        @Test
        void reads_as_sizes_and_activation_ids() {
            assertEquals("[1, 2, 1] softplus/identity", DOSAGE.toString());
        }
    }

    @Nested
    class Work {
        @Test
        void work_is_evaluations_times_the_cost_of_one() {
            // 7 parameters, 4 neurons, 3 layers: per sample 7 + 32 · (4 + 3) = 231; per update 3 · 231 + 2 · 7 = 707.
            assertEquals(707, Limits.perUpdate(DOSAGE, 3));
            assertEquals(10L * 707, Limits.work(DOSAGE, 3, 9));
            assertEquals(707, Limits.work(DOSAGE, 3, 0));
        }

        @Test
        void work_does_not_overflow_at_the_limits() {
            Architecture widest = new Architecture(new int[] {64, 64, 64, 64, 64, 64, 64, 64},
                    Activation.RELU, Activation.IDENTITY);
            long expected = (long) (Limits.MAX_STEPS + 1) * Limits.perUpdate(widest, Limits.MAX_SAMPLES);
            assertTrue(expected > 0);
            assertEquals(expected, Limits.work(widest, Limits.MAX_SAMPLES, Limits.MAX_STEPS));
        }
    }
}
