package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DescentTest {
    static final double TOLERANCE = 1e-12;

    static final Architecture DOSAGE = Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1);
    static final Dataset DATA = Dataset.ofScalars(new double[] {0, 0.5, 1}, new double[] {0, 1, 0});
    static final Network LAST_BIAS_START =
            new Network(DOSAGE, new double[] {3.34, -3.53, -1.22, -2.30}, new double[] {-1.43, 0.57, 0});
    static final int B3 = 6;
    static final int[] ONLY_B3 = {B3};
    static final int[] ALL = {0, 1, 2, 3, 4, 5, 6};

    static Descent.Settings settings(double learningRate, int[] trained, int maxSteps, Double tolerance) {
        return Descent.Settings.plain(Loss.SSR, learningRate, trained, maxSteps, tolerance);
    }

    static void assertStepFinite(Step step) {
        String at = "step " + step.index();
        assertTrue(step.network().isFinite(), at + " network");
        assertTrue(Double.isFinite(step.loss()), at + " loss");
        for (double[] row : step.predictions()) for (double v : row) assertTrue(Double.isFinite(v), at + " prediction");
        for (double[] row : step.residuals()) for (double v : row) assertTrue(Double.isFinite(v), at + " residual");
        for (double v : step.gradient()) assertTrue(Double.isFinite(v), at + " gradient");
        for (double v : step.stepSizes()) assertTrue(Double.isFinite(v), at + " step size");
    }

    @Nested
    class WithoutTolerance {
        @Test
        void exactly_max_steps_updates_are_taken() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 25, null), 1000);
            assertEquals(Trace.Stop.MAX_STEPS, trace.stop());
            assertEquals(25, trace.updates());
            assertEquals(26, trace.first().size());
            assertEquals(25, trace.current().index());
            assertSame(trace.first().get(25), trace.current());
        }

        @Test
        void runs_past_the_point_a_tolerance_would_have_stopped_at() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 50, null), 1000);
            assertEquals(50, trace.updates());
            assertFalse(trace.converged());
            assertFalse(trace.diverged());
        }

        @Test
        void steps_are_numbered_from_zero_and_each_follows_from_the_one_before() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ALL, 20, null), 1000);
            assertEquals(LAST_BIAS_START, trace.first().get(0).network());
            for (int k = 0; k < trace.first().size(); k++) {
                Step step = trace.first().get(k);
                assertEquals(k, step.index());
                if (k > 0) assertEquals(trace.first().get(k - 1).next(), step.network());
            }
        }

        @Test
        void max_steps_zero_gives_one_step_and_no_update() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 0, null), 1000);
            assertEquals(0, trace.updates());
            assertEquals(1, trace.first().size());
            assertEquals(Trace.Stop.MAX_STEPS, trace.stop());
            assertEquals(LAST_BIAS_START, trace.current().network());
        }
    }

    @Nested
    class ListLimit {
        @Test
        void list_limit_truncates_the_list_but_not_the_run() {
            Trace full = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 40, null), 1000);
            Trace cut = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 40, null), 5);
            assertEquals(5, cut.first().size());
            assertEquals(40, cut.updates());
            assertEquals(40, cut.current().index());
            assertEquals(full.current().network(), cut.current().network());
            for (int k = 0; k < 5; k++) assertEquals(full.first().get(k).network(), cut.first().get(k).network());
        }

        @Test
        void list_limit_does_not_stop_a_converging_run_early() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 1000, 0.001), 3);
            assertEquals(3, trace.first().size());
            assertEquals(9, trace.updates());
            assertTrue(trace.converged());
        }

        @Test
        void list_limit_zero_keeps_no_steps_but_still_reports_the_last() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 12, null), 0);
            assertTrue(trace.first().isEmpty());
            assertEquals(12, trace.updates());
            assertNotNull(trace.current());
        }

        @Test
        void a_list_limit_of_max_steps_plus_one_keeps_every_step() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ALL, 30, null), 31);
            assertEquals(31, trace.first().size());
            assertSame(trace.current(), trace.first().get(30));
        }
    }

    @Nested
    class WithTolerance {
        @Test
        void stops_at_the_first_state_whose_every_trained_step_size_is_below_the_tolerance() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ALL, 1000, 0.001), 1000);
            assertTrue(trace.converged());
            for (Step step : trace.first()) {
                double largest = 0;
                for (int i : ALL) largest = Math.max(largest, Math.abs(step.stepSizes()[i]));
                if (step.index() < trace.updates()) assertTrue(largest >= 0.001, "step " + step.index());
                else assertTrue(largest < 0.001);
            }
        }

        @Test
        void a_start_already_within_tolerance_takes_no_update() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 1000, 100.0), 1000);
            assertEquals(Trace.Stop.CONVERGED, trace.stop());
            assertEquals(0, trace.updates());
            assertEquals(1, trace.first().size());
        }

        @Test
        void max_steps_stops_a_run_that_has_not_converged() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 5, 0.001), 1000);
            assertEquals(Trace.Stop.MAX_STEPS, trace.stop());
            assertEquals(5, trace.updates());
        }

        @Test
        void only_trained_parameters_count_toward_the_tolerance() {
            // b3's slope vanishes quickly; w3's would not, but w3 is not trained.
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 1000, 0.001), 1000);
            assertEquals(9, trace.updates());
            assertTrue(Math.abs(0.1 * trace.current().gradient()[2]) >= 0.001);
        }
    }

    @Nested
    class Updates {
        @Test
        void step_size_is_learning_rate_times_gradient_and_zero_when_not_trained() {
            int[] trained = {0, 3, 5};
            Trace trace = Descent.run(LAST_BIAS_START, DATA, settings(0.05, trained, 10, null), 1000);
            for (Step step : trace.first()) {
                for (int i = 0; i < DOSAGE.parameterCount(); i++) {
                    boolean isTrained = i == 0 || i == 3 || i == 5;
                    double expected = isTrained ? 0.05 * step.gradient()[i] : 0;
                    assertEquals(expected, step.stepSizes()[i], TOLERANCE);
                }
            }
        }

        @Test
        void the_update_subtracts_the_step_size() {
            Step step = Descent.evaluate(0, LAST_BIAS_START, DATA, settings(0.1, ALL, 1, null));
            double[] before = LAST_BIAS_START.parameters();
            double[] after = step.next().parameters();
            for (int i : ALL) assertEquals(before[i] - step.stepSizes()[i], after[i], TOLERANCE);
        }

        @Test
        void the_gradient_is_reported_for_every_parameter_even_untrained_ones() {
            Step step = Descent.evaluate(0, LAST_BIAS_START, DATA, settings(0.1, ONLY_B3, 1, null));
            assertArrayEquals(Backprop.run(LAST_BIAS_START, DATA, Loss.SSR).gradient(), step.gradient(), TOLERANCE);
        }

        @Test
        void untrained_parameters_never_change_on_random_networks() {
            Random random = new Random(51);
            Architecture arch = Architecture.of(Activation.TANH, Activation.IDENTITY, 2, 3, 3, 1);
            double[][] x = new double[6][2];
            double[][] y = new double[6][1];
            for (int s = 0; s < 6; s++) {
                x[s][0] = random.nextGaussian();
                x[s][1] = random.nextGaussian();
                y[s][0] = random.nextGaussian();
            }
            Dataset data = new Dataset(x, y);
            for (int n = 0; n < 10; n++) {
                double[] flat = new double[arch.parameterCount()];
                for (int i = 0; i < flat.length; i++) flat[i] = random.nextGaussian();
                Network start = new Network(arch, new double[arch.weightCount()], new double[arch.biasCount()]).withParameters(flat);
                int[] trained = random.ints(0, flat.length).distinct().limit(1 + random.nextInt(flat.length - 1)).toArray();
                boolean[] isTrained = new boolean[flat.length];
                for (int i : trained) isTrained[i] = true;
                Trace trace = Descent.run(start, data, Descent.Settings.plain(Loss.MSE, 0.05, trained, 50, null), 100);
                for (Step step : trace.first()) {
                    double[] now = step.network().parameters();
                    for (int i = 0; i < flat.length; i++) {
                        if (!isTrained[i]) assertEquals(flat[i], now[i], 0.0, "network " + n + " parameter " + i + " at step " + step.index());
                    }
                }
            }
        }

        @Test
        void running_does_not_change_the_start_network() {
            double[] before = LAST_BIAS_START.parameters();
            Descent.run(LAST_BIAS_START, DATA, settings(0.1, ALL, 30, null), 100);
            assertArrayEquals(before, LAST_BIAS_START.parameters(), 0.0);
        }

        @Test
        void settings_keep_their_own_copy_of_the_trained_indices() {
            int[] trained = {B3};
            Descent.Settings s = settings(0.1, trained, 1, null);
            trained[0] = 0;
            assertArrayEquals(new int[] {B3}, s.trained());
        }
    }

    @Nested
    class Diverging {
        final Descent.Settings huge = settings(10, ONLY_B3, 2000, null);

        @Test
        void a_huge_learning_rate_explodes_and_stops_at_the_exploded_state() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, huge, 2001);
            assertEquals(Trace.Stop.DIVERGED, trace.stop());
            assertEquals(Divergence.Kind.EXPLODED, trace.divergence().kind());
            int k = trace.divergence().step();
            assertEquals(k, trace.updates());
            assertEquals(k, trace.lastStep());
            assertEquals(trace.current().loss(), trace.divergence().loss(), 0.0);
            assertEquals(trace.first().get(0).loss(), trace.divergence().startLoss(), 0.0);
            assertTrue(Divergence.exploded(trace.current().loss(), trace.divergence().startLoss()));
            for (int i = 0; i < k; i++) {
                assertFalse(Divergence.exploded(trace.losses()[i], trace.divergence().startLoss()), "step " + i);
            }
        }

        @Test
        void every_returned_value_is_finite() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, huge, 2001);
            for (Step step : trace.first()) assertStepFinite(step);
            assertNotNull(trace.current());
            assertStepFinite(trace.current());
        }

        @Test
        void last_is_the_final_listed_step_and_counts_the_updates() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, huge, 2001);
            assertSame(trace.first().get(trace.first().size() - 1), trace.current());
            assertEquals(trace.updates(), trace.current().index());
            assertEquals(trace.updates() + 1, trace.first().size());
        }

        @Test
        void each_update_overshoots_further() {
            Trace trace = Descent.run(LAST_BIAS_START, DATA, huge, 2001);
            double[] gaps = new double[trace.first().size()];
            double fitted = 2.6085;
            for (int k = 0; k < gaps.length; k++) gaps[k] = Math.abs(trace.first().get(k).network().biases()[2] - fitted);
            for (int k = 1; k < gaps.length; k++) assertTrue(gaps[k] > gaps[k - 1], "step " + k);
        }

        @Test
        void an_overflow_stops_at_the_last_finite_state() {
            // A start so large that the second update overflows before the loss can explode.
            Network far = LAST_BIAS_START.with(new Parameter(false, 2), 1e150);
            Trace trace = Descent.run(far, DATA, settings(1e10, ONLY_B3, 100, null), 101);
            assertEquals(Divergence.Kind.NON_FINITE, trace.divergence().kind());
            int k = trace.divergence().step();
            assertEquals(k - 1, trace.updates());
            assertEquals(k - 1, trace.lastStep());
            assertEquals(k, trace.first().size());
            for (Step step : trace.first()) assertStepFinite(step);
            assertNull(Descent.evaluate(k, trace.current().next(), DATA, huge));
        }

        @Test
        void a_start_that_cannot_be_computed_has_no_state() {
            Network far = LAST_BIAS_START.with(new Parameter(false, 2), 1e200);
            Trace trace = Descent.run(far, DATA, huge, 10);
            assertNull(trace.current());
            assertEquals(0, trace.divergence().step());
            assertEquals(-1, trace.lastStep());
            assertTrue(trace.first().isEmpty());
        }

        @Test
        void evaluate_returns_null_when_the_loss_is_not_finite() {
            Network far = LAST_BIAS_START.with(new Parameter(false, 2), 1e200);
            assertNull(Descent.evaluate(0, far, DATA, huge));
        }
    }
}
