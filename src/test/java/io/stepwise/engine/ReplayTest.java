package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The one replay as the pages ask for it: up to a step, knowing where the run converges or diverges beyond it. */
class ReplayTest {
    static final Network START = DescentTest.LAST_BIAS_START;
    static final Dataset DATA = DescentTest.DATA;
    static final int[] ONLY_B3 = DescentTest.ONLY_B3;
    static final int[] ALL = DescentTest.ALL;

    static Descent.Settings plain(double learningRate, int[] trained, int maxSteps, Double tolerance) {
        return Descent.Settings.plain(Loss.SSR, learningRate, trained, maxSteps, tolerance);
    }

    @Nested
    class UpToAStep {
        @Test
        void the_current_state_is_the_requested_one_and_converged_at_lies_beyond_it() {
            Trace trace = Descent.replay(START, DATA, plain(0.1, ONLY_B3, 1000, 0.001), Descent.Plan.upTo(3, 10));
            assertEquals(3, trace.current().index());
            assertEquals(9, trace.convergedAt());
            assertFalse(trace.converged());
            assertEquals(4, trace.losses().length);
            assertEquals(1000, trace.lastStep());
        }

        @Test
        void past_the_converged_state_the_replay_goes_on_to_the_step_asked_for() {
            Trace trace = Descent.replay(START, DATA, plain(0.1, ONLY_B3, 1000, 0.001), Descent.Plan.upTo(40, 41));
            assertEquals(40, trace.current().index());
            assertEquals(9, trace.convergedAt());
            assertTrue(trace.converged());
            assertEquals(41, trace.recent().size());
        }

        @Test
        void states_match_the_whole_run_and_only_the_newest_are_kept() {
            Trace whole = Descent.run(START, DATA, plain(0.1, ALL, 60, null), 61);
            List<Step> seen = new ArrayList<>();
            Trace trace = Descent.replay(START, DATA, plain(0.1, ALL, 1000, 0.001), Descent.Plan.upTo(50, 5).withEach(seen::add));
            assertEquals(51, seen.size());
            assertEquals(5, trace.recent().size());
            assertEquals(46, trace.recent().get(0).index());
            assertSame(trace.current(), trace.recent().get(4));
            for (int k = 0; k <= 50; k++) {
                assertEquals(whole.first().get(k).network(), seen.get(k).network(), "step " + k);
                assertEquals(whole.first().get(k).loss(), trace.losses()[k], 0.0, "loss at step " + k);
            }
        }

        @Test
        void a_kept_replay_applies_any_tolerance_as_the_run_would() {
            Trace kept = Descent.replay(START, DATA, plain(0.1, ALL, 600, null), Descent.Plan.upTo(600, 601));
            for (double tolerance : new double[] {0.1, 0.01, 0.001}) {
                Trace stopped = Descent.run(START, DATA, plain(0.1, ALL, 600, tolerance), 1);
                assertEquals(stopped.convergedAt(), kept.convergedAt(tolerance), "tolerance " + tolerance);
            }
        }

        @Test
        void without_a_tolerance_nothing_converges_and_the_replay_stops_at_the_step() {
            Trace trace = Descent.replay(START, DATA, plain(0.1, ONLY_B3, 1000, null), Descent.Plan.upTo(7, 1));
            assertEquals(7, trace.current().index());
            assertEquals(-1, trace.convergedAt());
            assertNull(trace.divergence());
        }
    }

    @Nested
    class Diverging {
        @Test
        void a_divergence_beyond_the_step_asked_for_is_known_and_caps_the_controls() {
            Trace trace = Descent.replay(START, DATA, plain(0.34, ONLY_B3, 1000, 0.001), Descent.Plan.upTo(3, 4));
            assertEquals(3, trace.current().index());
            assertEquals(Divergence.Kind.EXPLODED, trace.divergence().kind());
            assertEquals(trace.divergence().step(), trace.lastStep());
            assertTrue(trace.lastStep() > 3 && trace.lastStep() < 1000, "last step " + trace.lastStep());
            assertFalse(trace.stoppedEarly(3));
        }

        @Test
        void asking_past_a_divergence_shows_the_exploded_state_with_its_own_loss() {
            Trace trace = Descent.replay(START, DATA, plain(0.34, ONLY_B3, 1000, 0.001), Descent.Plan.upTo(1000, 2));
            assertTrue(trace.stoppedEarly(1000));
            assertEquals(trace.divergence().step(), trace.current().index());
            assertEquals(trace.current().loss(), trace.divergence().loss(), 0.0);
            assertEquals(trace.losses()[trace.losses().length - 1], trace.divergence().loss(), 0.0);
        }
    }

    /**
     * Momentum, as a later lesson would add it: v ← β·v + gradient, step size = learning rate × v.
     * Written here only to show that a rule with memory is one more class.
     */
    record Momentum(double learningRate, double beta) implements Optimizer {
        @Override
        public OptimizerState start(int parameterCount) {
            return new OptimizerState(Map.of("velocity", new double[parameterCount]));
        }

        @Override
        public Update update(double[] gradient, int[] trained, OptimizerState state) {
            double[] v = state.vector("velocity");
            double[] stepSizes = new double[gradient.length];
            for (int i : trained) {
                v[i] = beta * v[i] + gradient[i];
                stepSizes[i] = learningRate * v[i];
            }
            return new Update(stepSizes, new OptimizerState(Map.of("velocity", v)));
        }
    }

    @Nested
    class OptimizerState_ {
        @Test
        void plain_descent_carries_no_memory_and_steps_by_learning_rate_times_gradient() {
            Trace trace = Descent.run(START, DATA, plain(0.1, ALL, 5, null), 6);
            for (Step s : trace.first()) {
                assertSame(OptimizerState.NONE, s.optimizer());
                assertSame(OptimizerState.NONE, s.nextOptimizer());
                for (int i : ALL) assertEquals(0.1 * s.gradient()[i], s.stepSizes()[i], 0.0);
            }
        }

        @Test
        void each_state_carries_the_memory_it_was_computed_from_and_hands_on_the_next() {
            Descent.Settings settings = new Descent.Settings(Loss.SSR, new Momentum(0.05, 0.9), ONLY_B3, 20, null);
            Trace trace = Descent.run(START, DATA, settings, 21);
            List<Step> steps = trace.first();
            assertArrayEquals(new double[7], steps.get(0).optimizer().vector("velocity"), 0.0);
            double velocity = 0;
            for (Step s : steps) {
                assertEquals(velocity, s.optimizer().vector("velocity")[6], 1e-12, "velocity into step " + s.index());
                velocity = 0.9 * velocity + s.gradient()[6];
                assertEquals(0.05 * velocity, s.stepSizes()[6], 1e-12, "step size at step " + s.index());
                assertEquals(velocity, s.nextOptimizer().vector("velocity")[6], 1e-12);
            }
            for (int k = 1; k < steps.size(); k++) {
                assertEquals(steps.get(k - 1).nextOptimizer().vector("velocity")[6], steps.get(k).optimizer().vector("velocity")[6], 0.0);
                assertEquals(steps.get(k - 1).next(), steps.get(k).network());
            }
        }

        @Test
        void a_state_resumed_with_its_memory_continues_the_run_exactly() {
            Descent.Settings settings = new Descent.Settings(Loss.SSR, new Momentum(0.05, 0.9), ONLY_B3, 20, null);
            Trace trace = Descent.run(START, DATA, settings, 21);
            Step at10 = trace.first().get(10);
            Step resumed = Descent.evaluate(11, at10.next(), at10.nextOptimizer(), DATA, settings);
            Step replayed = trace.first().get(11);
            assertEquals(replayed.network(), resumed.network());
            assertArrayEquals(replayed.stepSizes(), resumed.stepSizes(), 0.0);
            assertArrayEquals(replayed.optimizer().vector("velocity"), resumed.optimizer().vector("velocity"), 0.0);
        }

        @Test
        void momentum_moves_differently_from_plain_descent() {
            Trace plainRun = Descent.run(START, DATA, plain(0.05, ONLY_B3, 5, null), 6);
            Trace momentum = Descent.run(START, DATA, new Descent.Settings(Loss.SSR, new Momentum(0.05, 0.9), ONLY_B3, 5, null), 6);
            assertEquals(plainRun.first().get(1).network(), momentum.first().get(1).network(), "the first update has no memory yet");
            assertFalse(plainRun.current().network().equals(momentum.current().network()));
        }
    }
}
