package io.stepwise.playground;

import io.stepwise.chart.Chart;
import io.stepwise.chart.ChartBuilder;
import io.stepwise.chart.ChartBuilder.AxisSpec;
import io.stepwise.chart.Curve;
import io.stepwise.chart.Point;
import io.stepwise.chart.Ticks;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.ForwardPass;
import io.stepwise.engine.Network;
import io.stepwise.tutorial.DescentCharts;
import io.stepwise.tutorial.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * The playground's pictures: the loss after each step (linear or log scale), and, for data with
 * one input, the network's predictions against the data, one picture per output. The same shapes
 * and styles as the lessons' pictures ({@link DescentCharts}).
 */
public final class PlaygroundCharts {
    public static final String HISTORY_ID = "pg-chart-history";
    public static final String FIT_ID = "pg-chart-fit";
    /** A long history is drawn through at most this many of its points (always the first and the last). */
    static final int MAX_POINTS = 400;
    static final int MAX_STEP_MARKERS = 40;
    static final int MAX_FITS = 3;
    static final int CURVE_SAMPLES = 121;

    private PlaygroundCharts() {}

    /** The loss after each of the steps so far; null when there is nothing to draw. */
    public static Chart history(double[] losses, boolean log, String lossName) {
        int k = losses.length - 1;
        if (k < 0) return null;
        int every = Math.max(1, (int) Math.ceil((double) (k + 1) / MAX_POINTS));
        List<Point> points = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i <= k; i++) {
            double v = losses[i];
            if (log && v <= 0) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            if (i % every == 0 || i == k) points.add(new Point(i, v));
        }
        boolean any = !points.isEmpty();
        if (!any) { lo = 1; hi = 1; }
        String axis = lossName + (log ? " (log scale)" : "");
        AxisSpec y = log ? AxisSpec.log(axis, lo, Math.max(hi, lo), 8) : AxisSpec.linear(axis, 0, hi > 0 ? hi : 1, 5);
        ChartBuilder b = new ChartBuilder(HISTORY_ID, DescentCharts.WIDTH, DescentCharts.HEIGHT,
                AxisSpec.counts("step", 0, Math.max(k, 4), 6), y);
        b.line(DescentCharts.HISTORY, points, lossName + " after each step");
        for (Point p : points) {
            int i = (int) p.x();
            if (i == k) continue;
            if (k <= MAX_STEP_MARKERS || i == 0) {
                b.marker(Chart.Shape.SQUARE, DescentCharts.STEP, p, 3, "Step " + i + ": " + lossName + " = " + d(p.y()), null);
            }
        }
        if (!log || losses[k] > 0) {
            b.marker(Chart.Shape.CIRCLE, DescentCharts.CURRENT, new Point(k, losses[k]), 5.5,
                    "Now, step " + k + ": " + lossName + " = " + d(losses[k]), null);
        }
        b.legendLine(DescentCharts.HISTORY, lossName + " after each step")
                .legendMarker(Chart.Shape.CIRCLE, DescentCharts.CURRENT, "now (step " + k + ")");
        if (k > 0 && k <= MAX_STEP_MARKERS) b.legendMarker(Chart.Shape.SQUARE, DescentCharts.STEP, "earlier steps");
        String scale = log ? " on a log scale, where equal ratios are equal distances" : "";
        String skipped = log && points.size() < Math.min(k + 1, MAX_POINTS) && every == 1 ? " Steps where it is 0 cannot be drawn on a log scale." : "";
        String description = k == 0
                ? "No steps taken yet: " + lossName + " is " + d(losses[0]) + " at step 0" + scale + "."
                : lossName + " after each of the " + k + (k == 1 ? " step" : " steps") + " so far" + scale + ": from " + d(losses[0])
                        + " at step 0 to " + d(losses[k]) + " at step " + k + ", lowest " + d(min(losses)) + "." + skipped;
        return b.build(lossName + " after each step" + (log ? " (log scale)" : ""), description);
    }

    /** For data with one input: the predictions over the input range and the data, one chart per output (at most three). */
    public static List<Chart> fits(Network network, Dataset data, int step) {
        if (network.architecture().inputCount() != 1) return List.of();
        List<Chart> charts = new ArrayList<>();
        int outputs = network.architecture().outputCount();
        for (int o = 0; o < Math.min(outputs, MAX_FITS); o++) charts.add(fit(network, data, step, o));
        return charts;
    }

    private static Chart fit(Network network, Dataset data, int step, int output) {
        int outputs = network.architecture().outputCount();
        String yName = Columns.target(output, outputs);
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.size(); s++) {
            xMin = Math.min(xMin, data.input(s, 0));
            xMax = Math.max(xMax, data.input(s, 0));
        }
        double[] xd = nice(xMin, xMax, 5);
        List<Point> curve = Curve.sample(x -> ForwardPass.run(network, new double[][] {{x}}).predictions()[0][output],
                xd[0], xd[1], CURVE_SAMPLES);
        double[][] predicted = ForwardPass.run(network, data).predictions();
        double yMin = 0;
        double yMax = 1;
        for (int s = 0; s < data.size(); s++) {
            yMin = Math.min(yMin, Math.min(data.target(s, output), predicted[s][output]));
            yMax = Math.max(yMax, Math.max(data.target(s, output), predicted[s][output]));
        }
        // The curve may swing far between the samples; the samples decide the range, with room for some swing.
        double span = Double.isFinite(yMax - yMin) ? yMax - yMin : 0;
        double low = yMin - span;
        double high = yMax + span;
        for (Point p : curve) {
            yMin = Math.min(yMin, Math.max(p.y(), low));
            yMax = Math.max(yMax, Math.min(p.y(), high));
        }
        String id = FIT_ID + "-" + (output + 1);
        ChartBuilder b = new ChartBuilder(id, DescentCharts.WIDTH, DescentCharts.HEIGHT, AxisSpec.linear("x", xd[0], xd[1], 5),
                AxisSpec.linear(yName, yMin, yMax, 5));
        b.line(DescentCharts.PREDICTION, curve, "The network's prediction " + Columns.predicted(output, outputs) + " at every x");
        StringBuilder samples = new StringBuilder();
        int described = Math.min(data.size(), 12);
        for (int s = 0; s < data.size(); s++) {
            double x = data.input(s, 0), y = data.target(s, output), p = predicted[s][output];
            String text = "x " + d(x) + ": " + yName + " " + d(y) + ", predicted " + d(p) + ", residual " + d(y - p);
            b.segment(DescentCharts.RESIDUAL, new Point(x, y), new Point(x, p), "Residual at " + text);
            if (s < described) samples.append(s == 0 ? "" : "; ").append(text);
        }
        if (data.size() > described) samples.append("; and ").append(data.size() - described).append(" more samples");
        for (int s = 0; s < data.size(); s++) {
            double x = data.input(s, 0);
            b.marker(Chart.Shape.CIRCLE, DescentCharts.PREDICTED, new Point(x, predicted[s][output]), 4,
                    "Predicted at x " + d(x) + ": " + d(predicted[s][output]), null);
        }
        for (int s = 0; s < data.size(); s++) {
            double x = data.input(s, 0);
            b.marker(Chart.Shape.SQUARE, DescentCharts.OBSERVED, new Point(x, data.target(s, output)), 5,
                    "Observed at x " + d(x) + ": " + d(data.target(s, output)), null);
        }
        b.legendMarker(Chart.Shape.SQUARE, DescentCharts.OBSERVED, "data (" + yName + ")")
                .legendLine(DescentCharts.PREDICTION, "prediction")
                .legendMarker(Chart.Shape.CIRCLE, DescentCharts.PREDICTED, "prediction at a sample")
                .legendLine(DescentCharts.RESIDUAL, "residual");
        String description = "The network's prediction of " + yName + " at step " + step + " for every x from " + d(xd[0]) + " to "
                + d(xd[1]) + ", drawn as a curve, with the data and the residuals between them. " + samples + ".";
        return b.build("The fit of " + yName + " at step " + step, description);
    }

    /** Ticks.nice, widening an empty interval and keeping the bounds when widening would overflow. */
    static double[] nice(double lo, double hi, int count) {
        if (lo == hi) { lo -= Math.max(1, Math.abs(lo) * 0.1); hi += Math.max(1, Math.abs(hi) * 0.1); }
        double[] d = Ticks.nice(lo, hi, count);
        return Double.isFinite(d[0]) && Double.isFinite(d[1]) ? d : new double[] {lo, hi};
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) m = Math.min(m, v);
        return m;
    }

    private static String d(double v) { return Num.of(v).display(); }
}
