package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The output layer on its own: softmax's values, and δ against difference quotients of a scalar function of ŷ. */
class OutputLayerTest {

    static double[] apply(OutputLayer layer, double... z) {
        double[] out = new double[z.length];
        layer.apply(z, out);
        return out;
    }

    @Test
    void softmax_outputs_are_positive_sum_to_one_and_ignore_a_common_shift() {
        double[] p = apply(OutputLayer.SOFTMAX, 1, 2, 3);
        assertEquals(1, p[0] + p[1] + p[2], 1e-15);
        assertEquals(Math.exp(1) / (Math.exp(1) + Math.exp(2) + Math.exp(3)), p[0], 1e-15);
        double[] shifted = apply(OutputLayer.SOFTMAX, 1001, 1002, 1003);
        for (int j = 0; j < 3; j++) assertEquals(p[j], shifted[j], 1e-15);
        double[] extreme = apply(OutputLayer.SOFTMAX, -800, 0, 800);
        for (double v : extreme) assertTrue(Double.isFinite(v) && v >= 0);
        assertEquals(1, extreme[2], 0);
    }

    @Test
    void a_lone_softmax_output_is_always_one() {
        assertEquals(1, apply(OutputLayer.SOFTMAX, -3.7)[0], 0);
    }

    /** g(ŷ) = Σ c_i·ŷ_i² has ∂g/∂ŷ_i = 2·c_i·ŷ_i; δ must equal ∂g(ŷ(z))/∂z by central differences. */
    @Test
    void delta_is_the_derivative_with_respect_to_the_pre_activations() {
        Random random = new Random(5);
        OutputLayer[] layers = {OutputLayer.SOFTMAX, OutputLayer.of(Activation.SIGMOID), OutputLayer.of(Activation.TANH)};
        for (OutputLayer layer : layers) {
            for (int trial = 0; trial < 20; trial++) {
                int n = 1 + random.nextInt(5);
                double[] z = new double[n];
                double[] c = new double[n];
                for (int j = 0; j < n; j++) {
                    z[j] = 4 * random.nextDouble() - 2;
                    c[j] = 2 * random.nextDouble() - 1;
                }
                double[] p = apply(layer, z);
                double[] dLoss = new double[n];
                for (int j = 0; j < n; j++) dLoss[j] = 2 * c[j] * p[j];
                double[] delta = new double[n];
                layer.delta(z, p, dLoss, delta);
                for (int j = 0; j < n; j++) {
                    double h = 1e-6;
                    double[] up = z.clone();
                    double[] down = z.clone();
                    up[j] += h;
                    down[j] -= h;
                    double numeric = (g(c, apply(layer, up)) - g(c, apply(layer, down))) / (2 * h);
                    assertEquals(numeric, delta[j], 1e-8, layer.id() + " z=" + java.util.Arrays.toString(z) + " j=" + j);
                }
            }
        }
    }

    static double g(double[] c, double[] p) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) sum += c[i] * p[i] * p[i];
        return sum;
    }

    @Test
    void an_architecture_names_its_output_layer_and_refuses_one_activation_for_a_coupled_layer() {
        Architecture plain = Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1);
        assertEquals(Activation.IDENTITY, plain.output());
        assertEquals(Activation.IDENTITY, plain.activation(2));
        assertEquals(new Architecture(new int[] {1, 2, 1}, Activation.SOFTPLUS, OutputLayer.of(Activation.IDENTITY)), plain);

        Architecture classes = Architecture.of(Activation.RELU, OutputLayer.SOFTMAX, 2, 4, 3);
        assertNull(classes.output());
        assertEquals(Activation.RELU, classes.activation(1));
        assertThrows(IllegalStateException.class, () -> classes.activation(2));
        assertEquals("[2, 4, 3] relu/softmax", classes.toString());
    }

    /** Three classes in the plane, one-hot targets: descent with a softmax output lowers the loss, and predictions stay probabilities. */
    @Test
    void a_softmax_network_descends_on_a_small_classification_set() {
        Architecture arch = Architecture.of(Activation.TANH, OutputLayer.SOFTMAX, 2, 4, 3);
        Random random = new Random(3);
        double[] w = new double[arch.weightCount()];
        for (int i = 0; i < w.length; i++) w[i] = random.nextGaussian() * 0.5;
        Network start = new Network(arch, w, new double[arch.biasCount()]);
        Dataset data = new Dataset(
                new double[][] {{0, 1}, {0.2, 0.9}, {1, 0}, {0.9, -0.1}, {-1, -1}, {-0.8, -1.1}},
                new double[][] {{1, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 0, 1}, {0, 0, 1}});
        Trace trace = Descent.replay(start, data, Descent.Settings.plain(Loss.SSR, 0.5, all(arch), 500, null),
                Descent.Plan.upTo(500, 1));
        assertEquals(null, trace.divergence());
        assertTrue(trace.current().loss() < 0.05 * trace.losses()[0], () -> "loss " + trace.losses()[0] + " → " + trace.current().loss());
        for (double[] p : trace.current().predictions()) assertEquals(1, p[0] + p[1] + p[2], 1e-12);
    }

    static int[] all(Architecture arch) {
        int[] all = new int[arch.parameterCount()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return all;
    }

    @Test
    void path_sums_are_refused_for_a_coupled_output() {
        Architecture arch = Architecture.of(Activation.TANH, OutputLayer.SOFTMAX, 1, 2, 2);
        Network n = new Network(arch, new double[arch.weightCount()], new double[arch.biasCount()]);
        Dataset d = new Dataset(new double[][] {{1}}, new double[][] {{1, 0}});
        assertThrows(IllegalArgumentException.class,
                () -> PathSum.of(n, d, Loss.SSR, ForwardPass.run(n, d), Parameter.ofFlatIndex(arch, 0), 0));
    }
}
