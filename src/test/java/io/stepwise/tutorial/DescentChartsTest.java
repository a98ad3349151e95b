package io.stepwise.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.chart.Chart;
import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescentChartsTest {

    static double[] falling(int steps) {
        double[] losses = new double[steps + 1];
        for (int i = 0; i <= steps; i++) losses[i] = 10.0 / (i + 1);
        return losses;
    }

    static int points(Chart chart) {
        return chart.series().get(0).points().split(" ").length;
    }

    static long legend(Chart chart, String label) {
        return chart.legend().stream().filter(e -> e.label().equals(label)).count();
    }

    @Test
    void a_short_history_is_drawn_through_every_step_with_a_marker_each() {
        Chart c = DescentCharts.history("h", "SSR", falling(10), false, true);
        assertEquals(11, points(c));
        assertEquals(10, c.markers().stream().filter(m -> m.cssClass().equals(DescentCharts.STEP)).count());
        assertEquals(1, legend(c, "earlier steps"));
        assertTrue(c.description().endsWith("The first step changed SSR by −5, the latest by −0.0909."), c.description());
    }

    @Test
    void a_long_history_is_thinned_keeping_the_first_and_last_step() {
        double[] zigzag = new double[1001];
        for (int i = 0; i <= 1000; i++) zigzag[i] = i % 2 == 0 ? 2 : 1;
        Chart c = DescentCharts.history("h", "loss", zigzag, false, false);
        String[] pts = c.series().get(0).points().split(" ");
        assertTrue(pts.length <= DescentCharts.MAX_POINTS + 1, pts.length + " points");
        assertTrue(pts.length > DescentCharts.MAX_POINTS / 2, pts.length + " points");
        assertEquals(c.plot().x(), Double.parseDouble(pts[0].split(",")[0]), 0.05, "step 0");
        assertEquals(c.marker(DescentCharts.CURRENT).x(), Double.parseDouble(pts[pts.length - 1].split(",")[0]), 0.05, "the current step");
        assertEquals(1, c.markers().stream().filter(m -> m.cssClass().equals(DescentCharts.STEP)).count(), "only step 0 keeps its marker");
        assertEquals(1, legend(c, "earlier steps"), "the legend explains the marker at step 0");
        assertTrue(c.description().endsWith("from 2 at step 0 to 2 at step 1000, lowest 1."), c.description());
    }

    @Test
    void a_spike_survives_thinning() {
        double[] losses = new double[3001];
        java.util.Arrays.fill(losses, 1);
        losses[1777] = 100;
        List<Integer> steps = java.util.stream.IntStream.rangeClosed(0, 3000).boxed().toList();
        List<Integer> kept = DescentCharts.thinned(steps, losses);
        assertTrue(kept.contains(1777), "the spike's step is kept");
        assertTrue(kept.size() <= DescentCharts.MAX_POINTS, kept.size() + " steps");
        assertEquals(0, kept.get(0));
        assertEquals(3000, kept.get(kept.size() - 1));

        Chart c = DescentCharts.history("h", "loss", losses, false, false);
        String[] pts = c.series().get(0).points().split(" ");
        double top = Double.MAX_VALUE;
        for (String pt : pts) top = Math.min(top, Double.parseDouble(pt.split(",")[1]));
        double last = Double.parseDouble(pts[pts.length - 1].split(",")[1]);
        assertTrue(top < last - c.plot().height() / 2, "the line rises to the spike: highest y " + top + ", last " + last);
    }

    @Test
    void zero_losses_on_a_log_scale_are_left_out_and_said_so() {
        Chart c = DescentCharts.history("h", "loss", new double[] {4, 1, 0, 0}, true, false);
        assertEquals(2, points(c));
        assertTrue(c.description().endsWith("Steps where it is 0 cannot be drawn on a log scale."), c.description());
    }

    @Test
    void a_fit_follows_the_samples_and_clips_a_wild_curve_between_them() {
        // Two steep tanh neurons make a bump of height 2000 between x = 0.4 and 0.6; both samples sit at 0.
        Architecture arch = Architecture.of(Activation.TANH, Activation.IDENTITY, 1, 2, 1);
        Network n = new Network(arch, new double[] {100, 100, 1000, -1000}, new double[] {-40, -60, 0});
        Dataset data = new Dataset(new double[][] {{0}, {1}}, new double[][] {{0}, {0}});
        Chart c = DescentCharts.fit("f", n, data, 0, DescentCharts.FitWords.dosage(0));
        var ticks = c.yAxis().ticks();
        double top = Double.parseDouble(ticks.get(ticks.size() - 1).label().replace('\u2212', '-'));
        assertTrue(top <= 3, "the samples decide the range, not the bump: top tick " + top);
        assertTrue(c.description().startsWith("The network's predictions at step 0 for every dosage from 0 to 1"), c.description());
    }

    /** The curve a full forward pass draws, point by point, whether the layers below the output were kept or not. */
    @Test
    void a_fit_curve_is_the_full_forward_pass_whether_its_lower_layers_were_kept_or_not() {
        double[] xs = io.stepwise.chart.Curve.grid(-0.5, 1.5, DescentCharts.SAMPLES);
        double[][] inputs = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) inputs[i] = new double[] {xs[i]};
        Architecture twoOutputs = Architecture.of(Activation.TANH, Activation.SIGMOID, 1, 3, 2);
        List<Network> networks = List.of(DosageExample.lastBiasStart(0.1), DosageExample.lastBiasStart(-7.25),
                DosageExample.lastBiasStart(0.1), DosageExample.allParametersStart(),
                new Network(twoOutputs, new double[] {0.5, -1, 2, 0.3, -0.2, 0.1, 0.7, -0.9, 0.4}, new double[] {0.1, 0, -0.1, 0.2, -0.3}),
                new Network(twoOutputs, new double[] {0.5, -1, 2, 0.3, -0.2, 0.1, 0.7, -0.9, 0.4}, new double[] {0.1, 0, -0.1, 0.25, -0.3}),
                new Network(Architecture.of(Activation.RELU, Activation.IDENTITY, 1, 1), new double[] {2}, new double[] {-1}));
        for (Network n : networks) {
            double[][] full = io.stepwise.engine.ForwardPass.run(n, inputs).predictions();
            for (int o = 0; o < n.architecture().outputCount(); o++) {
                List<io.stepwise.chart.Point> curve = DescentCharts.predictions(n, xs, o);
                assertEquals(xs.length, curve.size());
                for (int i = 0; i < xs.length; i++) assertEquals(full[i][o], curve.get(i).y(), 0.0, n + " at " + xs[i]);
            }
        }
    }
}
