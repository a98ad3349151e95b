package io.stepwise.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Divergence;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Step;
import io.stepwise.engine.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The playground's setups through the engine's one replay: the plans its page and exports ask for. */
class PlaygroundReplayTest {
    static final PlaygroundSetup DEFAULT = PlaygroundSetup.DEFAULT;

    static PlaygroundSetup withLearningRate(PlaygroundSetup s, double lr) {
        return new PlaygroundSetup(s.layers(), s.hidden(), s.output(), s.loss(), s.start(), s.train(), s.data(), lr, s.tolerance(),
                s.maxSteps());
    }

    /** One input, one identity output, no hidden layer: ŷ = w·x + b. */
    static PlaygroundSetup line(double w, double x, double lr) {
        return new PlaygroundSetup(new int[] {1, 1}, Activation.IDENTITY, Activation.IDENTITY, Loss.SSR,
                new Start.Given(new double[] {w}, new double[] {0}), TrainSet.ALL,
                Dataset.ofScalars(new double[] {x}, new double[] {0}), lr, 0.001, 100);
    }

    @Test
    void every_state_matches_the_engine_run_and_the_tolerance_is_met_where_the_lesson_says() {
        Trace reference = Descent.run(DEFAULT.startNetwork(), DEFAULT.data(),
                Descent.Settings.plain(Loss.SSR, 0.1, DEFAULT.trained(), 600, null), 601);
        List<Step> seen = new ArrayList<>();
        Trace r = DEFAULT.replay(Descent.Plan.upTo(500, 10).withEach(seen::add));
        assertEquals(501, seen.size());
        for (int k = 0; k <= 500; k++) {
            assertEquals(reference.first().get(k).network(), seen.get(k).network(), "step " + k);
            assertEquals(reference.first().get(k).loss(), r.losses()[k], 0, "loss at step " + k);
        }
        // The all-parameters lesson reaches the same tolerance at update 471.
        assertEquals(471, r.convergedAt());
        assertEquals(500, r.current().index());
        assertEquals(10, r.recent().size());
        assertEquals(491, r.recent().get(0).index());
        assertNull(r.divergence());
        assertEquals(DEFAULT.maxSteps(), r.lastStep());
    }

    @Test
    void a_large_learning_rate_explodes_and_the_run_stops_at_that_step() {
        Trace r = withLearningRate(DEFAULT, 50).replay(Descent.Plan.upTo(0, 5));
        Divergence d = r.divergence();
        assertNotNull(d);
        assertEquals(Divergence.Kind.EXPLODED, d.kind());
        assertEquals(d.step(), r.lastStep());
        assertTrue(d.loss() > Divergence.EXPLOSION_FACTOR * d.startLoss() && d.loss() > Divergence.EXPLOSION_FLOOR);
        // Seen from the start already, and no earlier step had exploded.
        assertEquals(0, r.current().index());
        Trace before = withLearningRate(DEFAULT, 50).replay(Descent.Plan.upTo(d.step() - 1, 5));
        for (double loss : before.losses()) assertFalse(Divergence.exploded(loss, d.startLoss()));
        Trace past = withLearningRate(DEFAULT, 50).replay(Descent.Plan.upTo(1000, 5));
        assertEquals(d.step(), past.current().index());
        assertTrue(past.stoppedEarly(1000));
    }

    @Test
    void an_overflow_stops_the_run_at_the_last_finite_state() {
        Trace r = line(1e50, 1e50, 1000).replay(Descent.Plan.upTo(5, 5));
        assertEquals(Divergence.Kind.NON_FINITE, r.divergence().kind());
        assertEquals(1, r.divergence().step());
        assertEquals(0, r.lastStep());
        assertEquals(0, r.current().index());
        assertTrue(Double.isFinite(r.losses()[0]));
    }

    @Test
    void a_start_that_overflows_has_nothing_to_show() {
        Trace r = line(1e200, 1e200, 0.1).replay(Descent.Plan.upTo(0, 5));
        assertNull(r.current());
        assertEquals(0, r.divergence().step());
        assertEquals(0, r.losses().length);
    }

    @Test
    void only_the_trained_parameters_move() {
        PlaygroundSetup biases = new PlaygroundSetup(DEFAULT.layers(), DEFAULT.hidden(), DEFAULT.output(), DEFAULT.loss(), DEFAULT.start(),
                TrainSet.BIASES, DEFAULT.data(), 0.1, 0.001, 50);
        Trace r = biases.replay(Descent.Plan.upTo(50, 1));
        assertEquals(DEFAULT.startNetwork().weights()[0], r.current().network().weights()[0]);
        assertTrue(r.current().network().biases()[2] != 0);
    }
}
