package io.stepwise.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Loss;
import io.stepwise.tutorial.Num;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaygroundViewTest {
    static final long SEED = 20_251_123L;

    @Test
    void step_zero_of_the_default_shows_the_all_parameters_lesson_figures() {
        PlaygroundView v = Playground.view(PlaygroundState.DEFAULT);
        assertEquals("1.90", v.current().loss().display());
        assertEquals(List.of("0.761", "0.332", "7.14", "1.49", "0.967", "0.732", "3.46"),
                v.current().updates().stream().map(u -> u.gradient().display()).toList());
        assertEquals("w3", v.current().largestName());
        assertEquals("x → h1,1", v.current().updates().get(0).connects());
        assertEquals("h1,2", v.current().updates().get(5).connects());
        assertNotNull(v.diagram());
        assertEquals(1, v.fits().size());
        assertNotNull(v.lossHistory());
        // δ × activation summed over the samples is the gradient.
        PlaygroundView.GradientRow w3 = v.gradients().rows().get(2);
        assertEquals("δ(out)", w3.delta());
        assertEquals("h1,1", w3.input());
        double sum = 0;
        for (Num p : w3.products()) sum += Double.parseDouble(p.full());
        assertEquals(Double.parseDouble(w3.gradient().full()), sum, 1e-12);
        assertEquals(List.of("Output layer", "Hidden layer 1"),
                v.deltas().rows().stream().map(PlaygroundView.DeltaRow::layerTitle).filter(t -> t != null).toList());
    }

    @Test
    void the_history_lists_the_latest_states_newest_first() {
        PlaygroundView v = Playground.view(PlaygroundState.DEFAULT.withSteps(3));
        assertEquals(List.of(3, 2, 1, 0), v.history().stream().map(PlaygroundView.HistoryRow::step).toList());
        assertEquals(List.of("w1", "w2", "w3", "w4", "b1", "b2", "b3"), v.historyParameters());
        assertEquals(0, v.historyOmitted());
    }

    @Test
    void a_diverging_run_says_where_and_suggests_a_smaller_learning_rate() {
        PlaygroundSetup s = PlaygroundReplayTest.withLearningRate(PlaygroundSetup.DEFAULT, 50);
        PlaygroundView v = Playground.view(new PlaygroundState(s, 1000, false));
        assertTrue(v.diverged());
        assertTrue(v.stoppedEarly());
        assertTrue(v.divergence().title().startsWith("The loss exploded at step "), v.divergence().title());
        // Halvings down to 50/1024 were run: none settles within the 1,000 steps without SSR rising, so no rate is named.
        assertTrue(v.divergence().message().endsWith("Try a smaller learning rate: halving it until SSR falls at every step is a safe way to"
                + " find one."), v.divergence().message());
        assertEquals(v.lastStep(), v.current().index());
        assertTrue(v.announcement().contains("The loss exploded at step"), v.announcement());
    }

    @Test
    void a_start_that_cannot_be_computed_shows_only_the_message() {
        PlaygroundView v = Playground.view(new PlaygroundState(PlaygroundReplayTest.line(1e200, 1e200, 0.1), 0, false));
        assertFalse(v.hasStep());
        assertNull(v.current());
        assertEquals("The start cannot be computed", v.divergence().title());
    }

    /** No table, history or picture of any reachable state ever holds a number that is not finite. */
    @Test
    void random_setups_and_learning_rates_never_show_a_non_finite_number() {
        Random random = new Random(SEED);
        for (int trial = 0; trial < 150; trial++) {
            int[] sizes = {1 + random.nextInt(2), 1 + random.nextInt(4), 1 + random.nextInt(2)};
            Activation[] acts = Activation.values();
            Activation hidden = acts[random.nextInt(acts.length)];
            Activation output = acts[random.nextInt(acts.length)];
            int samples = 1 + random.nextInt(6);
            double[][] x = new double[samples][sizes[0]];
            double[][] y = new double[samples][sizes[2]];
            for (int s = 0; s < samples; s++) {
                for (int i = 0; i < sizes[0]; i++) x[s][i] = random.nextGaussian() * Math.pow(10, random.nextInt(4));
                for (int o = 0; o < sizes[2]; o++) y[s][o] = random.nextGaussian() * Math.pow(10, random.nextInt(4));
            }
            double lr = Math.pow(10, random.nextInt(7) - 3);
            PlaygroundSetup setup = new PlaygroundSetup(sizes, hidden, output, Loss.values()[random.nextInt(3)],
                    new Start.Seeded(random.nextInt(1000)), TrainSet.ALL, new io.stepwise.engine.Dataset(x, y), lr, 1e-6, 300);
            PlaygroundView v = Playground.view(new PlaygroundState(setup, random.nextInt(301), random.nextBoolean()));
            String where = setup.toString();
            for (Num n : numbers(v)) {
                assertTrue(Double.isFinite(Double.parseDouble(n.full())), where + ": " + n.full());
                assertFalse(n.display().contains("∞") || n.display().contains("not a number"), where);
            }
            if (v.lossHistory() != null) assertFalse(v.lossHistory().description().contains("∞"), where);
        }
    }

    static List<Num> numbers(PlaygroundView v) {
        List<Num> all = new ArrayList<>();
        if (v.current() == null) return all;
        PlaygroundView.CurrentStep c = v.current();
        all.add(c.loss());
        for (PlaygroundView.SampleRow row : c.samples()) {
            all.addAll(row.inputs());
            for (PlaygroundView.OutputCells o : row.outputs()) all.addAll(List.of(o.target(), o.predicted(), o.residual()));
        }
        for (PlaygroundView.UpdateRow u : c.updates()) {
            all.addAll(List.of(u.value(), u.gradient(), u.newValue()));
            if (u.stepSize() != null) all.add(u.stepSize());
        }
        for (PlaygroundView.HistoryRow h : v.history()) {
            all.add(h.loss());
            all.addAll(h.values());
        }
        for (PlaygroundView.DeltaRow d : v.deltas().rows()) all.addAll(d.deltas());
        for (PlaygroundView.GradientRow g : v.gradients().rows()) {
            all.addAll(g.products());
            all.add(g.gradient());
        }
        return all;
    }
}
