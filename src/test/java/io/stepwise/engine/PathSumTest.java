package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PathSumTest {
    static final double TOLERANCE = 1e-9;
    static final int[][] SHAPES = {{1, 2, 1}, {2, 3, 3, 1}, {1, 4, 4, 4, 1}, {3, 2, 2}, {2, 3, 2, 3}};

    static Network random(Random random, Activation hidden, Activation output, int... sizes) {
        Architecture arch = Architecture.of(hidden, output, sizes);
        double[] w = new double[arch.weightCount()];
        double[] b = new double[arch.biasCount()];
        for (int i = 0; i < w.length; i++) w[i] = random.nextGaussian();
        for (int i = 0; i < b.length; i++) b[i] = random.nextGaussian() * 0.5;
        return new Network(arch, w, b);
    }

    static Dataset randomData(Random random, Architecture arch, int samples) {
        double[][] x = new double[samples][arch.inputCount()];
        double[][] y = new double[samples][arch.outputCount()];
        for (double[] row : x) for (int i = 0; i < row.length; i++) row[i] = random.nextDouble() * 2 - 1;
        for (double[] row : y) for (int i = 0; i < row.length; i++) row[i] = random.nextDouble();
        return new Dataset(x, y);
    }

    @Nested
    class Agreement {
        @Test
        void path_sum_equals_backprop_and_finite_differences_for_every_shape_activation_and_loss() {
            Random random = new Random(20261123);
            int checked = 0;
            for (int[] shape : SHAPES) {
                for (Activation hidden : Activation.values()) {
                    for (Activation output : Activation.values()) {
                        for (Loss loss : Loss.values()) {
                            Network net = random(random, hidden, output, shape);
                            Dataset data = randomData(random, net.architecture(), 3);
                            Backprop bp = Backprop.run(net, data, loss);
                            double[] numeric = NumericalGradient.of(net, data, loss);
                            Architecture arch = net.architecture();
                            for (int i = 0; i < arch.parameterCount(); i++) {
                                Parameter p = Parameter.ofFlatIndex(arch, i);
                                double paths = 0;
                                for (int s = 0; s < data.size(); s++) paths += PathSum.of(net, data, loss, bp.forward(), p, s).sum();
                                String where = arch + " " + loss + " " + p;
                                assertEquals(bp.gradient(p), paths, TOLERANCE * (1 + Math.abs(paths)), where);
                                assertEquals(bp.gradient(p), numeric[i], 1e-5 * (1 + Math.abs(numeric[i])), where);
                                checked++;
                            }
                        }
                    }
                }
            }
            assertTrue(checked > 5_000, "checked " + checked + " gradients");
        }

        @Test
        void one_samples_path_sum_is_delta_times_the_activation_feeding_the_weight() {
            Random random = new Random(7);
            Network net = random(random, Activation.SOFTPLUS, Activation.IDENTITY, 1, 4, 4, 4, 1);
            Dataset data = randomData(random, net.architecture(), 3);
            Backprop bp = Backprop.run(net, data, Loss.SSR);
            Parameter w2 = Parameter.parse(net.architecture(), "w2");
            int[] at = PathSum.locate(net.architecture(), w2);
            PathSum.Result r = PathSum.of(net, data, Loss.SSR, bp.forward(), w2, 1);
            double expected = bp.delta(at[0], 1, at[1]) * bp.forward().activations()[at[0] - 1][1][at[2]];
            assertEquals(expected, r.sum(), TOLERANCE);
            assertEquals(16, r.pathCount());
            assertEquals(16, r.paths().size());
        }
    }

    @Nested
    class Reference {
        @Test
        void dosage_network_w1_has_one_path_through_the_top_neuron() {
            Network net = new Network(Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1),
                    new double[] {3.34, -3.53, -1.22, -2.30}, new double[] {-1.43, 0.57, 0});
            Dataset data = Dataset.ofScalars(new double[] {0, 0.5, 1}, new double[] {0, 1, 0});
            Backprop bp = Backprop.run(net, data, Loss.SSR);
            PathSum.Result r = PathSum.of(net, data, Loss.SSR, bp.forward(), Parameter.parse(net.architecture(), "w1"), 1);
            assertEquals(1, r.pathCount());
            double[] f = r.paths().get(0).factors();
            assertEquals(5, f.length, "input · f'(z_h1) · w3 · f'(z_out) · dSSR/dŷ");
            assertEquals(0.5, f[0]);
            assertEquals(-1.22, f[2]);
            assertEquals(1, f[3]);
            assertEquals(3.5631 * 0.5, r.sum(), 1e-4);
        }

        @Test
        void locate_finds_layer_neuron_and_input() {
            Architecture arch = Architecture.of(Activation.TANH, Activation.IDENTITY, 2, 3, 2);
            assertEquals(java.util.List.of(1, 0, 0), toList(PathSum.locate(arch, Parameter.parse(arch, "w1"))));
            assertEquals(java.util.List.of(1, 2, 1), toList(PathSum.locate(arch, Parameter.parse(arch, "w6"))));
            assertEquals(java.util.List.of(2, 1, 2), toList(PathSum.locate(arch, Parameter.parse(arch, "w12"))));
            assertEquals(java.util.List.of(2, 0), toList(PathSum.locate(arch, Parameter.parse(arch, "b4"))));
        }

        private java.util.List<Integer> toList(int[] a) { return java.util.Arrays.stream(a).boxed().toList(); }
    }

    @Nested
    class Work {
        @Test
        void counts_for_the_dosage_network_match_a_hand_count() {
            // w1, b1 (1 path each via h1), w2, b2 (via h2), w3, w4, b3 (1 path each): 7 path products.
            // Hidden-layer paths have 5 factors (4 multiplications), output-layer paths 3 (2).
            // Backprop: 1 (output δ) + 2 edges + 2 neurons + 4 weights = 9.
            WorkCount w = WorkCount.of(Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1), 1);
            assertEquals(7, w.naivePathProducts());
            assertEquals(4 * 4 + 3 * 2, w.naiveMultiplications());
            assertEquals(9, w.backpropMultiplications());
        }

        @Test
        void naive_work_grows_with_paths_and_backprop_with_edges() {
            long previousNaive = 0;
            long previousBackprop = 0;
            for (int depth = 1; depth <= 5; depth++) {
                int[] sizes = new int[depth + 2];
                java.util.Arrays.fill(sizes, 4);
                sizes[0] = 1;
                sizes[sizes.length - 1] = 1;
                WorkCount w = WorkCount.of(Architecture.of(Activation.RELU, Activation.IDENTITY, sizes), 1);
                if (depth > 1) {
                    assertTrue(w.naivePathProducts() >= 3 * previousNaive, "naive multiplies by about the width per layer");
                    assertTrue(w.backpropMultiplications() - previousBackprop <= 4 * 4 + 4 + 4 * 4, "backprop adds a layer's edges");
                }
                previousNaive = w.naivePathProducts();
                previousBackprop = w.backpropMultiplications();
            }
        }

        @Test
        void counts_scale_with_samples() {
            Architecture arch = Architecture.of(Activation.SIGMOID, Activation.SIGMOID, 2, 3, 3, 1);
            WorkCount one = WorkCount.of(arch, 1);
            WorkCount five = WorkCount.of(arch, 5);
            assertEquals(5 * one.naivePathProducts(), five.naivePathProducts());
            assertEquals(5 * one.backpropMultiplications(), five.backpropMultiplications());
            assertEquals(5 * one.finiteDifferenceMultiplications(), five.finiteDifferenceMultiplications());
            assertEquals(5 * one.forwardModeMultiplications(), five.forwardModeMultiplications());
        }
    }
}
