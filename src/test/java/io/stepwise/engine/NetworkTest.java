package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Network, Dataset and ForwardPass: the values a network holds and what it computes from them. */
class NetworkTest {
    static final double TOLERANCE = 1e-12;

    static final Architecture DOSAGE = Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1);

    static Network dosage() {
        return new Network(DOSAGE, new double[] {3.34, -3.53, -1.22, -2.30}, new double[] {-1.43, 0.57, 0});
    }

    @Nested
    class Values {
        @Test
        void wrong_numbers_of_weights_or_biases_are_rejected() {
            assertThrows(IllegalArgumentException.class, () -> new Network(DOSAGE, new double[3], new double[3]));
            assertThrows(IllegalArgumentException.class, () -> new Network(DOSAGE, new double[4], new double[4]));
        }

        @Test
        void arrays_are_copied_in_and_out() {
            double[] w = {1, 2, 3, 4};
            double[] b = {5, 6, 7};
            Network n = new Network(DOSAGE, w, b);
            w[0] = 99;
            b[0] = 99;
            n.weights()[1] = 99;
            n.biases()[1] = 99;
            n.parameters()[2] = 99;
            assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7}, n.parameters(), TOLERANCE);
        }

        @Test
        void parameters_are_weights_then_biases() {
            assertArrayEquals(new double[] {3.34, -3.53, -1.22, -2.30, -1.43, 0.57, 0}, dosage().parameters(), TOLERANCE);
        }

        @Test
        void with_parameters_round_trips() {
            Network n = dosage();
            assertEquals(n, n.withParameters(n.parameters()));
            assertEquals(n.hashCode(), n.withParameters(n.parameters()).hashCode());
        }

        @Test
        void with_changes_one_parameter_and_leaves_the_original_alone() {
            Network n = dosage();
            Parameter b3 = Parameter.parse(DOSAGE, "b3");
            Network changed = n.with(b3, 1.5);
            assertEquals(1.5, changed.get(b3), TOLERANCE);
            assertEquals(0, n.get(b3), TOLERANCE);
            assertNotEquals(n, changed);
            double[] expected = n.parameters();
            expected[6] = 1.5;
            assertArrayEquals(expected, changed.parameters(), TOLERANCE);
        }

        @Test
        void is_finite_notices_infinities_and_nan_anywhere() {
            assertTrue(dosage().isFinite());
            for (int i = 0; i < DOSAGE.parameterCount(); i++) {
                for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                    double[] flat = dosage().parameters();
                    flat[i] = bad;
                    assertFalse(dosage().withParameters(flat).isFinite(), "parameter " + i + " = " + bad);
                }
            }
        }
    }

    @Nested
    class Data {
        @Test
        void of_scalars_makes_one_input_and_one_target_per_sample() {
            Dataset d = Dataset.ofScalars(new double[] {0, 0.5, 1}, new double[] {0, 1, 0});
            assertEquals(3, d.size());
            assertEquals(0.5, d.input(1, 0), TOLERANCE);
            assertEquals(1, d.target(1, 0), TOLERANCE);
            assertEquals(1, d.inputs()[2].length);
        }

        @Test
        void inputs_and_targets_of_different_lengths_are_rejected() {
            assertThrows(IllegalArgumentException.class, () -> new Dataset(new double[2][1], new double[3][1]));
        }

        @Test
        void arrays_are_copied_in_and_out() {
            double[][] x = {{1}, {2}};
            double[][] y = {{3}, {4}};
            Dataset d = new Dataset(x, y);
            x[0][0] = 99;
            y[0][0] = 99;
            d.inputs()[1][0] = 99;
            d.targets()[1][0] = 99;
            assertEquals(1, d.input(0, 0), TOLERANCE);
            assertEquals(2, d.input(1, 0), TOLERANCE);
            assertEquals(3, d.target(0, 0), TOLERANCE);
            assertEquals(4, d.target(1, 0), TOLERANCE);
        }
    }

    @Nested
    class Forward {
        @Test
        void dosage_outputs_by_hand() {
            // At dose 0.5: z1 = 3.34·0.5 − 1.43 = 0.24, z2 = −3.53·0.5 + 0.57 = −1.195,
            // ŷ = −1.22·ln(1 + e^0.24) − 2.30·ln(1 + e^−1.195) + 0.
            double z1 = 0.24;
            double z2 = -1.195;
            double expected = -1.22 * Math.log(1 + Math.exp(z1)) - 2.30 * Math.log(1 + Math.exp(z2));
            ForwardPass f = ForwardPass.run(dosage(), new double[][] {{0.5}});
            assertEquals(z1, f.preActivations()[1][0][0], TOLERANCE);
            assertEquals(z2, f.preActivations()[1][0][1], TOLERANCE);
            assertEquals(expected, f.predictions()[0][0], TOLERANCE);
        }

        @Test
        void layer_zero_holds_the_inputs() {
            Dataset d = Dataset.ofScalars(new double[] {0, 0.5, 1}, new double[] {0, 1, 0});
            ForwardPass f = ForwardPass.run(dosage(), d);
            assertEquals(3, f.layerCount());
            for (int s = 0; s < 3; s++) {
                assertEquals(d.input(s, 0), f.preActivations()[0][s][0], 0.0);
                assertEquals(d.input(s, 0), f.activations()[0][s][0], 0.0);
            }
        }

        @Test
        void activations_are_the_activation_of_the_pre_activations() {
            Architecture arch = Architecture.of(Activation.TANH, Activation.SIGMOID, 2, 3, 2);
            Random random = new Random(41);
            double[] w = new double[arch.weightCount()];
            double[] b = new double[arch.biasCount()];
            for (int i = 0; i < w.length; i++) w[i] = random.nextGaussian();
            for (int i = 0; i < b.length; i++) b[i] = random.nextGaussian();
            double[][] x = {{random.nextGaussian(), random.nextGaussian()}, {random.nextGaussian(), random.nextGaussian()}};
            ForwardPass f = ForwardPass.run(new Network(arch, w, b), x);
            for (int l = 1; l < arch.layerCount(); l++) {
                for (int s = 0; s < x.length; s++) {
                    for (int j = 0; j < arch.size(l); j++) {
                        double z = b[arch.biasIndex(l, j)];
                        for (int i = 0; i < arch.size(l - 1); i++) z += w[arch.weightIndex(l, j, i)] * f.activations()[l - 1][s][i];
                        assertEquals(z, f.preActivations()[l][s][j], TOLERANCE);
                        assertEquals(arch.activation(l).apply(z), f.activations()[l][s][j], TOLERANCE);
                    }
                }
            }
        }

        @Test
        void residuals_are_targets_minus_predictions() {
            Dataset d = Dataset.ofScalars(new double[] {0, 0.5, 1}, new double[] {0, 1, 0});
            ForwardPass f = ForwardPass.run(dosage(), d);
            double[][] r = f.residuals(d);
            for (int s = 0; s < 3; s++) assertEquals(d.target(s, 0) - f.predictions()[s][0], r[s][0], 0.0);
        }

        @Test
        void running_does_not_change_the_inputs() {
            double[][] x = {{0.5}};
            ForwardPass f = ForwardPass.run(dosage(), x);
            f.activations()[0][0][0] = 99;
            assertEquals(0.5, x[0][0], 0.0);
        }
    }
}
