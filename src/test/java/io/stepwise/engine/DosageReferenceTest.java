package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The published figures of the dosage example, checked against the engine. Figures are given to a
 * number of decimals; {@link #assertRoundsTo} accepts any value that rounds to the figure. Exact
 * identities (such as δ = −2·residual) use {@link #TOLERANCE}.
 */
class DosageReferenceTest {
    static final double TOLERANCE = 1e-12;

    static final Architecture ARCH = Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1);
    static final Dataset DATA = Dataset.ofScalars(new double[] {0, 0.5, 1}, new double[] {0, 1, 0});

    /** Weights in lesson order w1…w4, biases b1…b3. */
    static Network network(double w1, double w2, double w3, double w4, double b1, double b2, double b3) {
        return new Network(ARCH, new double[] {w1, w2, w3, w4}, new double[] {b1, b2, b3});
    }

    static Parameter p(String name) {
        Parameter parameter = Parameter.parse(ARCH, name);
        assertTrue(parameter != null, name);
        return parameter;
    }

    static int flat(String name) {
        return p(name).flatIndex(ARCH);
    }

    /** Passes when actual, rounded to the given number of decimals, is the expected figure. */
    static void assertRoundsTo(double expected, int decimals, double actual, String what) {
        double halfUnit = 0.5 * Math.pow(10, -decimals);
        assertTrue(Math.abs(actual - expected) <= halfUnit,
                () -> what + ": expected " + expected + " to " + decimals + " decimals, got " + actual);
    }

    static Descent.Settings settings(double learningRate, int[] trained, int maxSteps, Double tolerance) {
        return Descent.Settings.plain(Loss.SSR, learningRate, trained, maxSteps, tolerance);
    }

    @Nested
    class LastBias {
        final Network start = network(3.34, -3.53, -1.22, -2.30, -1.43, 0.57, 0);
        final int[] trainB3 = {flat("b3")};

        @Test
        void predictions_match_reference_at_b3_zero() {
            double[][] predictions = ForwardPass.run(start, DATA).predictions();
            assertRoundsTo(-2.60, 2, predictions[0][0], "dose 0");
            assertRoundsTo(-1.61, 2, predictions[1][0], "dose 0.5");
            assertRoundsTo(-2.61, 2, predictions[2][0], "dose 1");
        }

        @Test
        void ssr_matches_reference_at_b3_zero() {
            double ssr = Loss.SSR.value(DATA.targets(), ForwardPass.run(start, DATA).predictions());
            assertRoundsTo(20.4236, 4, ssr, "SSR");
        }

        @Test
        void slope_matches_reference_at_b3_zero() {
            Backprop bp = Backprop.run(start, DATA, Loss.SSR);
            assertRoundsTo(-15.6551, 4, bp.gradient(p("b3")), "dSSR/db3");
        }

        @Test
        void slope_with_respect_to_b3_is_minus_twice_the_sum_of_residuals() {
            ForwardPass forward = ForwardPass.run(start, DATA);
            double sum = 0;
            for (double[] r : forward.residuals(DATA)) sum += r[0];
            assertEquals(-2 * sum, Backprop.run(start, DATA, Loss.SSR).gradient(p("b3")), TOLERANCE);
        }

        @Test
        void first_step_size_and_new_b3_match_reference() {
            Step step = Descent.evaluate(0, start, DATA, settings(0.1, trainB3, 1, null));
            assertRoundsTo(-1.5655, 4, step.stepSize(p("b3")), "step size");
            assertRoundsTo(1.5655, 4, step.next().get(p("b3")), "new b3");
            assertRoundsTo(20.4236, 4, step.loss(), "SSR");
        }

        @Test
        void second_step_matches_reference() {
            Trace trace = Descent.run(start, DATA, settings(0.1, trainB3, 1, null), Integer.MAX_VALUE);
            Step second = trace.first().get(1);
            assertRoundsTo(1.5655, 4, second.network().get(p("b3")), "b3 after one update");
            assertRoundsTo(-6.26, 2, second.gradient(p("b3")), "slope");
            assertRoundsTo(-0.626, 3, second.stepSize(p("b3")), "step size");
            assertRoundsTo(2.19, 2, second.next().get(p("b3")), "new b3");
        }

        @Test
        void descent_with_tolerance_converges_after_nine_updates() {
            Trace trace = Descent.run(start, DATA, settings(0.1, trainB3, 1000, 0.001), Integer.MAX_VALUE);
            assertEquals(Trace.Stop.CONVERGED, trace.stop());
            assertTrue(trace.converged());
            assertEquals(9, trace.updates());
            assertEquals(10, trace.first().size());
            assertEquals(9, trace.current().index());
            assertRoundsTo(2.6085, 4, trace.current().network().get(p("b3")), "final b3");
            assertTrue(Math.abs(trace.current().stepSize(p("b3"))) < 0.001);
            assertTrue(Math.abs(trace.first().get(8).stepSize(p("b3"))) >= 0.001);
        }

        @Test
        void descent_leaves_every_other_parameter_untouched() {
            Trace trace = Descent.run(start, DATA, settings(0.1, trainB3, 1000, 0.001), Integer.MAX_VALUE);
            double[] before = start.parameters();
            double[] after = trace.current().network().parameters();
            for (int i = 0; i < before.length; i++) {
                if (i != flat("b3")) assertEquals(before[i], after[i], 0.0, Parameter.ofFlatIndex(ARCH, i).name());
            }
        }

        @Test
        void first_hidden_neuron_deltas_match_reference() {
            Backprop bp = Backprop.run(start, DATA, Loss.SSR);
            assertRoundsTo(1.2267, 4, bp.delta(1, 0, 0), "h1, dose 0");
            assertRoundsTo(3.5631, 4, bp.delta(1, 1, 0), "h1, dose 0.5");
            assertRoundsTo(5.5573, 4, bp.delta(1, 2, 0), "h1, dose 1");
        }

        @Test
        void second_hidden_neuron_deltas_match_reference() {
            Backprop bp = Backprop.run(start, DATA, Loss.SSR);
            assertRoundsTo(7.6504, 4, bp.delta(1, 0, 1), "h2, dose 0");
            assertRoundsTo(2.7887, 4, bp.delta(1, 1, 1), "h2, dose 0.5");
            assertRoundsTo(0.5926, 4, bp.delta(1, 2, 1), "h2, dose 1");
        }

        @Test
        void output_delta_is_minus_twice_the_residual() {
            Backprop bp = Backprop.run(start, DATA, Loss.SSR);
            double[][] residuals = bp.forward().residuals(DATA);
            for (int s = 0; s < DATA.size(); s++) {
                assertEquals(-2 * residuals[s][0], bp.delta(2, s, 0), TOLERANCE, "sample " + s);
            }
        }

        @Test
        void hidden_delta_is_output_delta_times_outgoing_weight_times_sigmoid_of_input() {
            Backprop bp = Backprop.run(start, DATA, Loss.SSR);
            double[][][] z = bp.forward().preActivations();
            double[] outgoing = {start.weight(2, 0, 0), start.weight(2, 0, 1)};
            for (int s = 0; s < DATA.size(); s++) {
                for (int j = 0; j < 2; j++) {
                    double sigmoid = 1 / (1 + Math.exp(-z[1][s][j]));
                    assertEquals(bp.delta(2, s, 0) * outgoing[j] * sigmoid, bp.delta(1, s, j), TOLERANCE);
                }
            }
        }
    }

    @Nested
    class AllParameters {
        final Network start = network(2.74, -1.13, 0.36, 0.63, 0, 0, 0);
        final int[] all = {0, 1, 2, 3, 4, 5, 6};

        @Test
        void ssr_matches_reference() {
            double ssr = Loss.SSR.value(DATA.targets(), ForwardPass.run(start, DATA).predictions());
            assertRoundsTo(1.8959, 4, ssr, "SSR");
        }

        @Test
        void every_gradient_matches_reference() {
            Backprop bp = Backprop.run(start, DATA, Loss.SSR);
            assertRoundsTo(0.7609, 4, bp.gradient(p("w1")), "w1");
            assertRoundsTo(0.3323, 4, bp.gradient(p("w2")), "w2");
            assertRoundsTo(7.1423, 4, bp.gradient(p("w3")), "w3");
            assertRoundsTo(1.4873, 4, bp.gradient(p("w4")), "w4");
            assertRoundsTo(0.9673, 4, bp.gradient(p("b1")), "b1");
            assertRoundsTo(0.7322, 4, bp.gradient(p("b2")), "b2");
            assertRoundsTo(3.4595, 4, bp.gradient(p("b3")), "b3");
        }

        @Test
        void gradient_vector_is_weights_then_biases() {
            Backprop bp = Backprop.run(start, DATA, Loss.SSR);
            double[] g = bp.gradient();
            assertEquals(7, g.length);
            for (int i = 0; i < 7; i++) {
                assertEquals(bp.gradient(Parameter.ofFlatIndex(ARCH, i)), g[i], 0.0);
            }
        }

        @Test
        void training_every_parameter_converges_after_471_updates() {
            Trace trace = Descent.run(start, DATA, settings(0.1, all, 1000, 0.001), Integer.MAX_VALUE);
            assertEquals(Trace.Stop.CONVERGED, trace.stop());
            assertEquals(471, trace.updates());
            assertEquals(472, trace.first().size());
        }

        @Test
        void training_every_parameter_ends_at_reference_values() {
            Network end = Descent.run(start, DATA, settings(0.1, all, 1000, 0.001), Integer.MAX_VALUE).current().network();
            assertRoundsTo(3.23, 2, end.get(p("w1")), "w1");
            assertRoundsTo(-3.31, 2, end.get(p("w2")), "w2");
            assertRoundsTo(-1.46, 2, end.get(p("w3")), "w3");
            assertRoundsTo(-2.22, 2, end.get(p("w4")), "w4");
            assertRoundsTo(-1.92, 2, end.get(p("b1")), "b1");
            assertRoundsTo(0.53, 2, end.get(p("b2")), "b2");
            assertRoundsTo(2.41, 2, end.get(p("b3")), "b3");
        }

        @Test
        void training_every_parameter_ends_with_a_tiny_ssr() {
            Step last = Descent.run(start, DATA, settings(0.1, all, 1000, 0.001), Integer.MAX_VALUE).current();
            assertRoundsTo(0.0006, 4, last.loss(), "final SSR");
            for (int i : all) assertTrue(Math.abs(last.stepSizes()[i]) < 0.001, Parameter.ofFlatIndex(ARCH, i).name());
        }

        @Test
        void one_fewer_update_is_not_yet_within_tolerance() {
            Trace trace = Descent.run(start, DATA, settings(0.1, all, 1000, 0.001), Integer.MAX_VALUE);
            double largest = 0;
            for (int i : all) largest = Math.max(largest, Math.abs(trace.first().get(470).stepSizes()[i]));
            assertTrue(largest >= 0.001, "largest step size at update 470 was " + largest);
        }
    }
}
