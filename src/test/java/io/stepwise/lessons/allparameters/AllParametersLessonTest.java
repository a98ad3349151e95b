package io.stepwise.lessons.allparameters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Backprop;
import io.stepwise.engine.Descent;
import io.stepwise.engine.ForwardPass;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.NumericalGradient;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import io.stepwise.tutorial.Num;
import io.stepwise.tutorial.Notation;
import io.stepwise.tutorial.DosageExample;

/**
 * The "train all seven parameters" lesson against the reference figures of the dosage example,
 * and its chain-rule tables against backpropagation. Reference figures are given to a number of
 * decimals and pass when the value rounds to them; identities use {@link #TOLERANCE}.
 */
class AllParametersLessonTest {
    static final double TOLERANCE = 1e-12;
    /** Central differences agree with the exact gradient to about this much here. */
    static final double NUMERICAL_TOLERANCE = 1e-6;
    static final long SEED = 20_240_607L;

    static final String[] NAMES = {"w1", "w2", "w3", "w4", "b1", "b2", "b3"};
    /** dSSR/dθ at the start, in lesson order, to four decimals. */
    static final double[] START_GRADIENT = {0.7609, 0.3323, 7.1423, 1.4873, 0.9673, 0.7322, 3.4595};
    /** The parameters once every |step size| < 0.001, in lesson order, to two decimals. */
    static final double[] CONVERGED = {3.23, -3.31, -1.46, -2.22, -1.92, 0.53, 2.41};

    static void assertRoundsTo(double expected, int decimals, double actual, String what) {
        double halfUnit = 0.5 * Math.pow(10, -decimals);
        assertTrue(Math.abs(actual - expected) <= halfUnit,
                () -> what + ": expected " + expected + " to " + decimals + " decimals, got " + actual);
    }

    static double value(Num n) {
        return Double.parseDouble(n.full());
    }

    static AllParametersView view(double learningRate, double tolerance, int steps) {
        return AllParametersLesson.view(new AllParametersState(learningRate, tolerance, steps));
    }

    @Nested
    class ReferenceFigures {
        final AllParametersView start = AllParametersLesson.view(AllParametersState.DEFAULT);

        @Test
        void lesson_order_is_w1_to_w4_then_b1_to_b3() {
            List<String> names = new ArrayList<>();
            for (Parameter p : AllParametersLesson.PARAMETERS) names.add(p.name());
            assertEquals(List.of(NAMES), names);
            for (int i = 0; i < NAMES.length; i++) assertEquals(NAMES[i], start.current().updates().get(i).name().plain());
        }

        @Test
        void starting_values_are_the_lesson_guess() {
            double[] expected = {2.74, -1.13, 0.36, 0.63, 0, 0, 0};
            List<Num> values = start.start().values();
            for (int i = 0; i < expected.length; i++) assertEquals(expected[i], value(values.get(i)), TOLERANCE, NAMES[i]);
        }

        @Test
        void ssr_at_the_start_is_1_8959_shown_as_1_90() {
            assertRoundsTo(1.8959, 4, value(start.current().ssr()), "SSR");
            assertEquals("1.90", start.current().ssr().display());
        }

        @Test
        void gradients_at_the_start_match_the_reference() {
            List<AllParametersView.ParameterUpdate> updates = start.current().updates();
            for (int i = 0; i < NAMES.length; i++) {
                assertRoundsTo(START_GRADIENT[i], 4, value(updates.get(i).gradient()), "dSSR/d" + NAMES[i]);
            }
            assertEquals("7.14", updates.get(2).gradient().display());
            assertEquals("3.46", updates.get(6).gradient().display());
        }

        @Test
        void first_update_subtracts_gradient_times_learning_rate() {
            for (AllParametersView.ParameterUpdate u : start.current().updates()) {
                double g = value(u.gradient());
                assertEquals(0.1 * g, value(u.stepSize()), TOLERANCE, u.name().plain());
                assertEquals(value(u.value()) - 0.1 * g, value(u.newValue()), TOLERANCE, u.name().plain());
            }
            AllParametersView one = view(0.1, 0.001, 1);
            for (int i = 0; i < NAMES.length; i++) {
                assertEquals(value(start.current().updates().get(i).newValue()), value(one.current().updates().get(i).value()),
                        TOLERANCE, NAMES[i]);
            }
        }

        @Test
        void run_to_tolerance_takes_471_updates() {
            assertEquals(471, start.convergedAt());
            assertFalse(start.converged());
            assertFalse(view(0.1, 0.001, 470).converged());
            AllParametersView done = view(0.1, 0.001, 471);
            assertTrue(done.converged());
            assertEquals(0, done.unsettled());
            for (AllParametersView.ParameterUpdate u : done.current().updates()) {
                assertTrue(Math.abs(value(u.stepSize())) < 0.001, u.name().plain());
            }
            for (AllParametersView.ParameterUpdate u : view(0.1, 0.001, 470).current().updates()) {
                if (Math.abs(value(u.stepSize())) >= 0.001) return;
            }
            throw new AssertionError("at step 470 some |step size| should still be at least 0.001");
        }

        @Test
        void run_to_tolerance_ends_at_the_reference_parameters() {
            AllParametersView done = view(0.1, 0.001, 471);
            for (int i = 0; i < NAMES.length; i++) {
                assertRoundsTo(CONVERGED[i], 2, value(done.current().updates().get(i).value()), NAMES[i]);
            }
            assertRoundsTo(0.0006, 4, value(done.current().ssr()), "SSR");
            assertEquals("0.000649", done.current().ssr().display());
        }

        @Test
        void history_lists_every_state_newest_first() {
            AllParametersView three = view(0.1, 0.001, 3);
            assertEquals(List.of(3, 2, 1, 0), three.history().stream().map(AllParametersView.HistoryRow::step).toList());
            assertEquals(three.current().ssr(), three.history().get(0).ssr());
            assertEquals("1.90", three.start().ssr().display());
            assertEquals(1, start.history().size());
            assertEquals(0, three.historyOmitted());
        }

        @Test
        void a_long_run_lists_the_newest_hundred_states_then_the_start() {
            AllParametersView done = view(0.1, 0.001, 471);
            assertEquals(AllParametersView.HISTORY_ROWS + 1, done.history().size());
            assertEquals(371, done.historyOmitted());
            assertEquals(471, done.history().get(0).step());
            assertEquals(372, done.history().get(99).step());
            assertEquals(0, done.start().step());
            assertEquals("1.90", done.start().ssr().display());
            assertEquals(0, view(0.1, 0.001, 100).historyOmitted());
            assertEquals(101, view(0.1, 0.001, 100).history().size());
            assertEquals(1, view(0.1, 0.001, 101).historyOmitted());
        }

        @Test
        void the_view_and_its_pictures_read_one_replay_per_learning_rate_equal_to_a_fresh_descent() {
            AllParametersView five = view(0.1, 0.001, 5);
            assertSame(AllParametersLesson.replay(0.1), AllParametersLesson.replay(0.1));
            assertEquals(6, five.steps().size());
            int[] all = {0, 1, 2, 3, 4, 5, 6};
            Trace fresh = Descent.run(DosageExample.allParametersStart(), DosageExample.DATA,
                    Descent.Settings.plain(Loss.SSR, 0.1, all, 5, null), 6);
            for (int k = 0; k <= 5; k++) {
                assertArrayEquals(fresh.first().get(k).network().parameters(), five.steps().get(k).network().parameters());
                assertEquals(fresh.first().get(k).loss(), five.steps().get(k).loss());
            }
            AllParametersView other = view(0.05, 0.001, 5);
            assertTrue(other.steps().get(5).loss() != five.steps().get(5).loss(), "another learning rate, another replay");
        }
    }

    @Nested
    class ChainRule {
        @Test
        void sums_equal_backprop_at_the_start() {
            assertAgreesWithBackprop(DosageExample.allParametersStart());
        }

        @Test
        void sums_equal_backprop_along_the_descent() {
            for (int steps : new int[] {1, 2, 10, 100, 471, 2000}) {
                AllParametersView v = view(0.1, 0.001, steps);
                double[] flat = new double[NAMES.length];
                for (int i = 0; i < NAMES.length; i++) flat[i] = value(v.current().updates().get(i).value());
                Network network = DosageExample.allParametersStart().withParameters(flat);
                assertAgreesWithBackprop(network);
                for (int i = 0; i < NAMES.length; i++) {
                    assertEquals(Backprop.run(network, DosageExample.DATA, Loss.SSR).gradient()[i],
                            value(v.current().updates().get(i).gradient()), TOLERANCE, "step " + steps + " " + NAMES[i]);
                }
            }
        }

        @Test
        void sums_equal_backprop_at_random_parameters() {
            Random random = new Random(SEED);
            for (int trial = 0; trial < 200; trial++) {
                double[] flat = new double[NAMES.length];
                for (int i = 0; i < flat.length; i++) flat[i] = random.nextGaussian() * 3;
                assertAgreesWithBackprop(DosageExample.allParametersStart().withParameters(flat));
            }
        }

        @Test
        void sums_agree_with_central_differences() {
            Network start = DosageExample.allParametersStart();
            double[] numerical = NumericalGradient.of(start, DosageExample.DATA, Loss.SSR);
            List<AllParametersLesson.ChainRule> rules = AllParametersLesson.chainRules(start);
            for (int i = 0; i < NAMES.length; i++) assertEquals(numerical[i], rules.get(i).sum(), NUMERICAL_TOLERANCE, NAMES[i]);
        }

        @Test
        void factors_are_the_values_of_the_forward_pass_and_the_loss() {
            Network n = DosageExample.allParametersStart();
            double w1 = 2.74, w2 = -1.13, w3 = 0.36, w4 = 0.63;
            double[] dosage = {0, 0.5, 1};
            double[] observed = {0, 1, 0};
            List<AllParametersLesson.ChainRule> rules = AllParametersLesson.chainRules(n);
            for (int s = 0; s < 3; s++) {
                double x1 = w1 * dosage[s];
                double x2 = w2 * dosage[s];
                double y1 = Math.log(1 + Math.exp(x1));
                double y2 = Math.log(1 + Math.exp(x2));
                double predicted = w3 * y1 + w4 * y2;
                double dLoss = -2 * (observed[s] - predicted);
                double sig1 = 1 / (1 + Math.exp(-x1));
                double sig2 = 1 / (1 + Math.exp(-x2));
                assertFactors(rules.get(0), s, dLoss, w3, sig1, dosage[s]);
                assertFactors(rules.get(1), s, dLoss, w4, sig2, dosage[s]);
                assertFactors(rules.get(2), s, dLoss, y1);
                assertFactors(rules.get(3), s, dLoss, y2);
                assertFactors(rules.get(4), s, dLoss, w3, sig1, 1);
                assertFactors(rules.get(5), s, dLoss, w4, sig2, 1);
                assertFactors(rules.get(6), s, dLoss, 1);
            }
        }

        @Test
        void factors_are_named_as_in_the_lesson() {
            List<AllParametersLesson.ChainRule> rules = AllParametersLesson.chainRules(DosageExample.allParametersStart());
            assertEquals(List.of("dSSR/dpredicted", "dpredicted/da1", "da1/dz1", "dz1/dw1"), names(rules.get(0)));
            assertEquals(List.of("−2 · (observed − predicted)", "w3", "σ(z1)", "dosage"), meanings(rules.get(0)));
            assertEquals(List.of("dSSR/dpredicted", "dpredicted/da2", "da2/dz2", "dz2/dw2"), names(rules.get(1)));
            assertEquals(List.of("w4", "σ(z2)", "dosage"), meanings(rules.get(1)).subList(1, 4));
            assertEquals(List.of("dSSR/dpredicted", "dpredicted/dw3"), names(rules.get(2)));
            assertEquals("a1", meanings(rules.get(2)).get(1));
            assertEquals("a2", meanings(rules.get(3)).get(1));
            assertEquals(List.of("dSSR/dpredicted", "dpredicted/da1", "da1/dz1", "dz1/db1"), names(rules.get(4)));
            assertEquals("1", meanings(rules.get(4)).get(3));
            assertEquals(List.of("dSSR/dpredicted", "dpredicted/db3"), names(rules.get(6)));
            assertEquals("1", meanings(rules.get(6)).get(1));
        }

        private void assertFactors(AllParametersLesson.ChainRule rule, int sample, double... expected) {
            double[] actual = rule.values()[sample];
            assertEquals(expected.length, actual.length, rule.parameter().name());
            double product = 1;
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], TOLERANCE, rule.parameter().name() + " sample " + sample + " factor " + i);
                product *= expected[i];
            }
            assertEquals(product, rule.products()[sample], TOLERANCE, rule.parameter().name() + " product");
        }

        private List<String> names(AllParametersLesson.ChainRule rule) {
            return rule.factors().stream().map(f -> f.name().plain()).toList();
        }

        private List<String> meanings(AllParametersLesson.ChainRule rule) {
            return rule.factors().stream().map(f -> f.meaning().plain()).toList();
        }

        private void assertAgreesWithBackprop(Network network) {
            Backprop bp = Backprop.run(network, DosageExample.DATA, Loss.SSR);
            List<AllParametersLesson.ChainRule> rules = AllParametersLesson.chainRules(network, ForwardPass.run(network, DosageExample.DATA));
            assertEquals(NAMES.length, rules.size());
            for (AllParametersLesson.ChainRule rule : rules) {
                double sum = 0;
                for (double product : rule.products()) sum += product;
                assertEquals(sum, rule.sum(), TOLERANCE, rule.parameter().name());
                double scale = Math.max(1, Math.abs(bp.gradient(rule.parameter())));
                assertEquals(bp.gradient(rule.parameter()), rule.sum(), TOLERANCE * scale, rule.parameter().name() + " at " + network);
            }
        }
    }

    @Nested
    class LargeLearningRate {
        @Test
        void learning_rate_50_blows_up_and_stops_at_the_last_finite_step() {
            AllParametersView v = view(50, 0.001, AllParametersState.MAX_STEPS);
            assertTrue(v.diverged());
            assertTrue(v.stoppedEarly());
            assertEquals(v.lastStep(), v.current().index());
            assertFalse(v.converged());
            assertTrue(v.announcement().contains(v.divergence().title()), v.announcement());
        }

        @Test
        void no_number_on_the_way_is_nan_or_infinite() {
            for (double lr : new double[] {1, 5, 10, 50, 100}) {
                AllParametersView last = view(lr, 0.001, AllParametersState.MAX_STEPS);
                int end = last.current().index();
                SortedSet<Integer> checked = new TreeSet<>();
                for (int k = 0; k <= end; k += 97) checked.add(k);
                for (int k = Math.max(0, end - 4); k <= end; k++) checked.add(k);
                for (int k : checked) assertAllFinite(view(lr, 0.001, k), "lr " + lr + " step " + k);
            }
        }

        private void assertAllFinite(AllParametersView v, String where) {
            List<Num> all = new ArrayList<>();
            AllParametersView.CurrentStep c = v.current();
            all.add(c.ssr());
            all.add(c.largestStep());
            for (AllParametersView.ForwardRow r : c.samples()) {
                all.addAll(List.of(r.dosage(), r.z1(), r.a1(), r.z2(), r.a2(), r.predicted(), r.observed(), r.residual(), r.squaredResidual()));
            }
            for (AllParametersView.ParameterUpdate u : c.updates()) {
                all.addAll(List.of(u.value(), u.gradient(), u.stepSize(), u.newValue()));
                for (AllParametersView.ChainRow row : u.rows()) {
                    all.addAll(row.factors());
                    all.add(row.product());
                }
            }
            for (AllParametersView.HistoryRow h : v.history()) {
                all.add(h.ssr());
                all.addAll(h.values());
            }
            for (Num n : all) assertTrue(Double.isFinite(value(n)), where + ": " + n);
        }
    }

    @Nested
    class Notations {
        @Test
        void underscore_and_digits_become_a_subscript() {
            Notation n = Notation.of("dy_1/dx_12");
            assertEquals(List.of(new Notation.Part("dy", "1"), new Notation.Part("/dx", "12")), n.parts());
            assertEquals("dy1/dx12", n.plain());
        }

        @Test
        void text_without_subscripts_stays_one_part() {
            assertEquals(List.of(new Notation.Part("σ(x", "1"), new Notation.Part(")", "")), Notation.of("σ(x_1)").parts());
            assertEquals(List.of(new Notation.Part("dosage_", "")), Notation.of("dosage_").parts());
            assertEquals(List.of(new Notation.Part("", "")), Notation.of("").parts());
        }
    }
}
