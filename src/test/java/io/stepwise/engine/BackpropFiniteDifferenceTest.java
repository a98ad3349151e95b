package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation against central finite differences, (loss(θ + h) − loss(θ − h)) / 2h, on seeded
 * random networks of several shapes, for every hidden and output activation, a softmax output
 * layer (whose outputs are coupled), and every loss.
 *
 * <p>ReLU has a kink at 0, where the difference quotient straddles two slopes and disagrees with
 * any one-sided derivative. Random values land within h of 0 with negligible probability, but to
 * keep the test exact in intent, a network is drawn again whenever any ReLU neuron's
 * pre-activation lies within {@link #KINK_MARGIN} of 0 for any sample.
 */
class BackpropFiniteDifferenceTest {
    /** |backprop − difference quotient| ≤ TOLERANCE · (1 + |difference quotient|): absolute near 0, relative beyond. */
    static final double TOLERANCE = 1e-6;

    /** h = STEP · max(1, |θ|). */
    static final double STEP = 1e-6;
    static final double KINK_MARGIN = 1e-3;
    static final int NETWORKS_PER_CASE = 3;
    static final int SAMPLES = 5;

    static final int[][] SHAPES = {{1, 2, 1}, {2, 3, 3, 1}, {1, 4, 4, 4, 1}, {3, 5, 2}, {2, 3, 2}, {2, 1}};

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (int[] shape : SHAPES) {
            for (Activation hidden : Activation.values()) {
                for (Activation output : Activation.values()) {
                    for (Loss loss : Loss.values()) {
                        cases.add(Arguments.of(Architecture.of(hidden, output, shape), loss));
                    }
                }
                for (Loss loss : Loss.values()) cases.add(Arguments.of(Architecture.of(hidden, OutputLayer.SOFTMAX, shape), loss));
            }
        }
        return cases.stream();
    }

    /** A seed that depends only on the case's names, so every run draws the same networks. */
    static long seed(Architecture arch, Loss loss) {
        return (arch.toString() + " " + loss.id()).hashCode();
    }

    static double uniform(Random random, double bound) {
        return (2 * random.nextDouble() - 1) * bound;
    }

    static Dataset randomData(Random random, Architecture arch) {
        double[][] x = new double[SAMPLES][arch.inputCount()];
        double[][] y = new double[SAMPLES][arch.outputCount()];
        for (int s = 0; s < SAMPLES; s++) {
            for (int i = 0; i < x[s].length; i++) x[s][i] = uniform(random, 2);
            for (int o = 0; o < y[s].length; o++) y[s][o] = uniform(random, 1);
        }
        return new Dataset(x, y);
    }

    static Network randomNetwork(Random random, Architecture arch) {
        double[] w = new double[arch.weightCount()];
        double[] b = new double[arch.biasCount()];
        for (int i = 0; i < w.length; i++) w[i] = uniform(random, 1.5);
        for (int i = 0; i < b.length; i++) b[i] = uniform(random, 1);
        return new Network(arch, w, b);
    }

    static boolean nearReluKink(Network network, Dataset data) {
        Architecture arch = network.architecture();
        double[][][] z = ForwardPass.run(network, data).preActivations();
        for (int l = 1; l < arch.layerCount(); l++) {
            if (l == arch.layerCount() - 1 && !arch.elementwiseOutput()) continue;
            if (arch.activation(l) != Activation.RELU) continue;
            for (double[] sample : z[l]) {
                for (double v : sample) if (Math.abs(v) < KINK_MARGIN) return true;
            }
        }
        return false;
    }

    static Network randomNetworkAwayFromKinks(Random random, Architecture arch, Dataset data) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            Network network = randomNetwork(random, arch);
            if (!nearReluKink(network, data)) return network;
        }
        throw new AssertionError("no network away from ReLU kinks for " + arch);
    }

    static double loss(Network network, Dataset data, Loss loss) {
        return loss.value(data.targets(), ForwardPass.run(network, data).predictions());
    }

    static double[] centralDifferences(Network network, Dataset data, Loss loss) {
        double[] theta = network.parameters();
        double[] g = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            double original = theta[i];
            double h = STEP * Math.max(1, Math.abs(original));
            theta[i] = original + h;
            double up = loss(network.withParameters(theta), data, loss);
            theta[i] = original - h;
            double down = loss(network.withParameters(theta), data, loss);
            theta[i] = original;
            g[i] = (up - down) / (2 * h);
        }
        return g;
    }

    static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * (1 + Math.abs(expected)),
                () -> what + ": difference quotient " + expected + ", backprop " + actual);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void backprop_gradient_equals_central_differences(Architecture arch, Loss loss) {
        Random random = new Random(seed(arch, loss));
        for (int n = 0; n < NETWORKS_PER_CASE; n++) {
            Dataset data = randomData(random, arch);
            Network network = randomNetworkAwayFromKinks(random, arch, data);
            double[] backprop = Backprop.run(network, data, loss).gradient();
            double[] numeric = centralDifferences(network, data, loss);
            assertEquals(arch.parameterCount(), backprop.length);
            for (int i = 0; i < backprop.length; i++) {
                assertClose(numeric[i], backprop[i], "network " + n + " " + Parameter.ofFlatIndex(arch, i));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void each_delta_is_the_derivative_of_that_samples_loss_share_with_respect_to_the_bias(Architecture arch, Loss loss) {
        // The loss is a sum over samples scaled by a constant, and δ = ∂loss/∂z = ∂loss/∂b for one
        // sample. So sample s's δ equals the bias gradient on sample s alone, rescaled for the
        // loss's count: MSE divides by the number of (sample, output) pairs.
        Random random = new Random(~seed(arch, loss));
        Dataset data = randomData(random, arch);
        Network network = randomNetworkAwayFromKinks(random, arch, data);
        Backprop full = Backprop.run(network, data, loss);
        double rescale = loss == Loss.MSE ? 1.0 / data.size() : 1.0;
        for (int s = 0; s < data.size(); s++) {
            Dataset one = new Dataset(new double[][] {data.inputs()[s]}, new double[][] {data.targets()[s]});
            double[] numeric = centralDifferences(network, one, loss);
            for (int l = 1; l < arch.layerCount(); l++) {
                for (int j = 0; j < arch.size(l); j++) {
                    int flat = arch.weightCount() + arch.biasIndex(l, j);
                    assertClose(rescale * numeric[flat], full.delta(l, s, j), "sample " + s + " layer " + l + " neuron " + j);
                }
            }
        }
    }

    @Nested
    class Structure {
        final Architecture arch = Architecture.of(Activation.TANH, Activation.SIGMOID, 2, 3, 3, 1);

        @Test
        void deltas_are_stored_for_every_non_input_layer() {
            Random random = new Random(11);
            Dataset data = randomData(random, arch);
            Backprop bp = Backprop.run(randomNetwork(random, arch), data, Loss.SSR);
            assertEquals(arch.layerCount() - 1, bp.deltas().length);
            for (int l = 1; l < arch.layerCount(); l++) {
                assertEquals(SAMPLES, bp.deltas()[l - 1].length);
                assertEquals(arch.size(l), bp.deltas()[l - 1][0].length);
            }
        }

        @Test
        void gradient_by_parameter_matches_the_flat_vector() {
            Random random = new Random(12);
            Dataset data = randomData(random, arch);
            Backprop bp = Backprop.run(randomNetwork(random, arch), data, Loss.HALF_SSE);
            double[] flat = bp.gradient();
            for (int i = 0; i < flat.length; i++) {
                assertEquals(flat[i], bp.gradient(Parameter.ofFlatIndex(arch, i)), 0.0);
            }
            assertEquals(arch.weightCount(), bp.weightGradient().length);
            assertEquals(arch.biasCount(), bp.biasGradient().length);
        }

        @Test
        void bias_gradient_is_the_sum_of_deltas_over_samples() {
            Random random = new Random(13);
            Dataset data = randomData(random, arch);
            Backprop bp = Backprop.run(randomNetwork(random, arch), data, Loss.MSE);
            for (int l = 1; l < arch.layerCount(); l++) {
                for (int j = 0; j < arch.size(l); j++) {
                    double sum = 0;
                    for (int s = 0; s < SAMPLES; s++) sum += bp.delta(l, s, j);
                    assertEquals(sum, bp.biasGradient()[arch.biasIndex(l, j)], TOLERANCE);
                }
            }
        }

        @Test
        void running_backprop_changes_neither_network_nor_data() {
            Random random = new Random(14);
            Dataset data = randomData(random, arch);
            Network network = randomNetwork(random, arch);
            double[] parameters = network.parameters();
            double[][] inputs = data.inputs();
            double[][] targets = data.targets();
            Backprop.run(network, data, Loss.SSR);
            assertTrue(Arrays.equals(parameters, network.parameters()));
            assertTrue(Arrays.deepEquals(inputs, data.inputs()));
            assertTrue(Arrays.deepEquals(targets, data.targets()));
        }

        @Test
        void the_same_network_twice_gives_the_same_gradient() {
            Random random = new Random(15);
            Dataset data = randomData(random, arch);
            Network network = randomNetwork(random, arch);
            assertTrue(Arrays.equals(Backprop.run(network, data, Loss.SSR).gradient(),
                    Backprop.run(network, data, Loss.SSR).gradient()));
        }

        @Test
        void a_network_drawn_away_from_kinks_has_no_relu_input_near_zero() {
            Architecture relu = Architecture.of(Activation.RELU, Activation.RELU, 1, 4, 4, 4, 1);
            Random random = new Random(16);
            Dataset data = randomData(random, relu);
            assertTrue(!nearReluKink(randomNetworkAwayFromKinks(random, relu, data), data));
        }
    }
}
