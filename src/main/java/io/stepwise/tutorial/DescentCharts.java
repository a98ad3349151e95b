package io.stepwise.tutorial;

import io.stepwise.chart.Chart;
import io.stepwise.chart.ChartBuilder;
import io.stepwise.chart.ChartBuilder.AxisSpec;
import io.stepwise.chart.Curve;
import io.stepwise.chart.Point;
import io.stepwise.chart.Ticks;
import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.ForwardPass;
import io.stepwise.engine.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * The pictures of gradient descent, for the lessons and the playground: the loss against one
 * parameter with the tangent at the current value, the network's fit to the data, and the loss
 * after each step. Each caller supplies the numbers and the words; this class makes the drawing
 * decisions they share (ranges, clipping, thinning, markers, descriptions).
 */
public final class DescentCharts {
    /** Element ids of the three charts; each lesson shows one of each. */
    public static final String LOSS_CURVE_ID = "chart-loss-curve";
    public static final String FIT_ID = "chart-fit";
    public static final String HISTORY_ID = "chart-history";
    public static final int WIDTH = 400;
    public static final int HEIGHT = 270;
    /** CSS classes, shared with the stylesheet and the tests. */
    public static final String CURVE = "curve";
    public static final String PATH = "path";
    public static final String TANGENT = "tangent";
    public static final String STEP = "step";
    public static final String CURRENT = "current";
    public static final String NEXT = "next";
    public static final String PREDICTION = "prediction";
    public static final String OBSERVED = "observed";
    public static final String PREDICTED = "predicted";
    public static final String RESIDUAL = "residual";
    public static final String HISTORY = "history";

    /** Points sampled along a curve. */
    static final int SAMPLES = 121;
    /** Past steps get markers while there are at most this many; beyond, the line alone reads better. */
    static final int MAX_STEP_MARKERS = 40;
    /** Steps named in a description before it summarises the rest. */
    static final int MAX_DESCRIBED_STEPS = 8;
    /** A long history is drawn through at most this many of its points (always the first and the last). */
    static final int MAX_POINTS = 400;
    /** Samples named in a fit's description before it counts the rest. */
    static final int MAX_DESCRIBED_SAMPLES = 12;

    private DescentCharts() {}

    /**
     * The loss as one parameter θ varies and everything else stays as it is now.
     *
     * @param name the parameter as the picture labels it, e.g. "b₃"
     * @param plainName the same for screen readers, e.g. "b3"
     * @param loss the loss as a function of θ alone
     * @param values θ after 0, 1, …, k updates; the last is the current value
     * @param losses the loss at each of those states
     * @param slope ∂loss/∂θ at the current state
     * @param next θ after the coming update
     * @param alsoShow further θ values the range must include, such as the lowest point
     * @param note a sentence about the curve's shape, the first of the description
     */
    public static Chart lossCurve(String id, String name, String plainName, DoubleUnaryOperator loss, double[] values, double[] losses,
                           double slope, double next, double[] alsoShow, String note) {
        return lossCurve(id, name, plainName, loss, values, losses, slope, next, alsoShow, note, true, true);
    }

    /**
     * The same, leaving out what an open "Your turn" question asks for. The axes stay as they would
     * be, so the picture does not jump when the answer is revealed.
     *
     * @param showSlope false to draw no tangent and give no slope
     * @param showNext false to leave out where this step lands (always out when the slope is, since
     *                 the learning rate turns one into the other)
     */
    public static Chart lossCurve(String id, String name, String plainName, DoubleUnaryOperator loss, double[] values, double[] losses,
                           double slope, double next, double[] alsoShow, String note, boolean showSlope, boolean showNext) {
        showNext &= showSlope;
        int k = values.length - 1;
        double lo = Math.min(values[k], next);
        double hi = Math.max(values[k], next);
        for (double v : values) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        for (double v : alsoShow) {
            if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        }
        double pad = Math.max((hi - lo) * 0.08, Math.max(0.25, Math.abs(values[k]) * 0.02));
        double[] xd = nice(lo - pad, hi + pad, 6);
        List<Point> curve = Curve.sample(loss, xd[0], xd[1], SAMPLES);
        double top = 0;
        for (Point p : curve) top = Math.max(top, p.y());
        for (double v : losses) if (Double.isFinite(v)) top = Math.max(top, v);
        if (top == 0) top = 1;

        ChartBuilder b = new ChartBuilder(id, WIDTH, HEIGHT, AxisSpec.linear(name, xd[0], xd[1], 6),
                AxisSpec.linear("SSR", 0, top, 5));
        b.line(CURVE, curve, "SSR as " + plainName + " varies");
        List<Point> path = new ArrayList<>();
        for (int i = 0; i <= k; i++) path.add(new Point(values[i], losses[i]));
        b.line(PATH, path, "The steps taken, in order");
        Point now = new Point(values[k], losses[k]);
        double halfWidth = (b.x().domainMax() - b.x().domainMin()) * 0.2;
        if (showSlope) b.tangent(TANGENT, now, slope, halfWidth, "Tangent at " + plainName + " = " + d(values[k]) + ": slope " + d(slope));
        boolean stepMarkers = k <= MAX_STEP_MARKERS;
        for (int i = 0; i < k; i++) {
            if (stepMarkers || i == 0) {
                b.marker(Chart.Shape.SQUARE, STEP, path.get(i), 3.5,
                        "Step " + i + ": " + plainName + " = " + d(values[i]) + ", SSR = " + d(losses[i]), Integer.toString(i));
            }
        }
        if (showNext && Double.isFinite(loss.applyAsDouble(next))) {
            b.marker(Chart.Shape.DIAMOND, NEXT, new Point(next, loss.applyAsDouble(next)), 4.5,
                    "After this step: " + plainName + " = " + d(next), null);
        }
        b.marker(Chart.Shape.CIRCLE, CURRENT, now, 6,
                "Now, step " + k + ": " + plainName + " = " + d(values[k]) + ", SSR = " + d(losses[k]) + (showSlope ? ", slope = " + d(slope) : ""),
                Integer.toString(k));
        b.legendLine(CURVE, "SSR as " + name + " varies")
                .legendMarker(Chart.Shape.CIRCLE, CURRENT, "now (step " + k + ")");
        if (showSlope) b.legendLine(TANGENT, "tangent: slope " + d(slope));
        b.legendMarker(Chart.Shape.SQUARE, STEP, "earlier steps");
        if (showNext) b.legendMarker(Chart.Shape.DIAMOND, NEXT, "after this step");

        String move = showNext ? "The tangent there has slope " + d(slope) + ", so this step moves " + plainName + " to " + d(next) + ". "
                : showSlope ? "The tangent there has slope " + d(slope) + "; where this step moves " + plainName
                        + " is hidden until you answer “Your turn”. "
                : "The tangent there and where this step moves " + plainName + " are hidden until you answer “Your turn”. ";
        String description = note + " Now, at step " + k + ", " + plainName + " = " + d(values[k]) + " and SSR = " + d(losses[k])
                + ". " + move + stepsSoFar(plainName, values);
        return b.build("SSR against " + plainName + (showSlope ? ", with the tangent" : "") + " at step " + k, description);
    }

    /**
     * What a fit picture calls things. The lessons plot the one observed output against the dosage,
     * the playground each named target of its data against x.
     *
     * @param x the input's name, on the axis and in each sample's text
     * @param y the output's name on the axis
     * @param curve the prediction curve's accessible name
     * @param observed the word before each sample's target value
     * @param observedKey the legend entry of the data's markers
     * @param prediction the legend entry of the curve; with " at a sample", that of the predictions' markers
     * @param data what the description calls the data
     * @param title the picture's title
     * @param lead the description's opening, up to the input range
     */
    public record FitWords(String x, String y, String curve, String observed, String observedKey, String prediction, String data,
                           String title, String lead) {
        /** The lessons': the dosage network's one output, observed and predicted. */
        public static FitWords dosage(int step) {
            return new FitWords("dosage", "output", "The network's prediction at every dosage", "observed", "observed", "predicted",
                    "observed data", "The fit at step " + step + ": predictions and data",
                    "The network's predictions at step " + step + " for every dosage");
        }
    }

    /**
     * The data and the network's predictions of one output over the input range, with each
     * sample's residual as a vertical line from the observation to the prediction. The samples
     * decide the vertical range, with room for the curve to swing between them; beyond that it is
     * clipped, so one wild stretch between samples cannot flatten the rest.
     */
    public static Chart fit(String id, Network network, Dataset data, int output, FitWords words) {
        return fit(id, network, data, output, words, -1);
    }

    /** The same, without the number of one sample's residual (an open question asks for it), or of none with −1. */
    public static Chart fit(String id, Network network, Dataset data, int output, FitWords words, int hiddenResidual) {
        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.size(); s++) {
            xMin = Math.min(xMin, data.input(s, 0));
            xMax = Math.max(xMax, data.input(s, 0));
        }
        double[] xd = nice(xMin, xMax, 5);
        List<Point> curve = predictions(network, Curve.grid(xd[0], xd[1], SAMPLES), output);
        double[][] predicted = ForwardPass.run(network, data).predictions();
        double yMin = 0, yMax = 1;
        for (int s = 0; s < data.size(); s++) {
            yMin = Math.min(yMin, Math.min(data.target(s, output), predicted[s][output]));
            yMax = Math.max(yMax, Math.max(data.target(s, output), predicted[s][output]));
        }
        double span = Double.isFinite(yMax - yMin) ? yMax - yMin : 0;
        double low = yMin - span;
        double high = yMax + span;
        for (Point p : curve) {
            yMin = Math.min(yMin, Math.max(p.y(), low));
            yMax = Math.max(yMax, Math.min(p.y(), high));
        }
        String xName = words.x();
        ChartBuilder b = new ChartBuilder(id, WIDTH, HEIGHT, AxisSpec.linear(xName, xd[0], xd[1], 5),
                AxisSpec.linear(words.y(), yMin, yMax, 5));
        b.line(PREDICTION, curve, words.curve());
        StringBuilder samples = new StringBuilder();
        int described = Math.min(data.size(), MAX_DESCRIBED_SAMPLES);
        for (int s = 0; s < data.size(); s++) {
            double x = data.input(s, 0), y = data.target(s, output), p = predicted[s][output];
            String text = xName + " " + d(x) + ": " + words.observed() + " " + d(y) + ", predicted " + d(p)
                    + (s == hiddenResidual ? "" : ", residual " + d(y - p));
            b.segment(RESIDUAL, new Point(x, y), new Point(x, p), "Residual at " + text);
            if (s < described) samples.append(s == 0 ? "" : "; ").append(text);
        }
        if (data.size() > described) samples.append("; and ").append(data.size() - described).append(" more samples");
        for (int s = 0; s < data.size(); s++) {
            double x = data.input(s, 0);
            b.marker(Chart.Shape.CIRCLE, PREDICTED, new Point(x, predicted[s][output]), 4,
                    "Predicted at " + xName + " " + d(x) + ": " + d(predicted[s][output]), null);
        }
        for (int s = 0; s < data.size(); s++) {
            double x = data.input(s, 0);
            b.marker(Chart.Shape.SQUARE, OBSERVED, new Point(x, data.target(s, output)), 5,
                    "Observed at " + xName + " " + d(x) + ": " + d(data.target(s, output)), null);
        }
        b.legendMarker(Chart.Shape.SQUARE, OBSERVED, words.observedKey())
                .legendLine(PREDICTION, words.prediction())
                .legendMarker(Chart.Shape.CIRCLE, PREDICTED, words.prediction() + " at a sample")
                .legendLine(RESIDUAL, "residual");
        String description = words.lead() + " from " + d(xd[0]) + " to " + d(xd[1]) + ", drawn as a curve, with the " + words.data()
                + " and the residuals between them. " + samples + ".";
        return b.build(words.title(), description);
    }

    /**
     * The steps a history is drawn through: every one up to {@link #MAX_POINTS}; beyond, the first,
     * the last, and the lowest and highest value of each run of steps, so that thinning never
     * drops a spike (every n-th step would).
     *
     * @param steps the drawable steps, in order
     */
    static List<Integer> thinned(List<Integer> steps, double[] values) {
        int n = steps.size();
        if (n <= MAX_POINTS) return steps;
        int runs = (MAX_POINTS - 2) / 2;
        TreeSet<Integer> kept = new TreeSet<>(List.of(steps.get(0), steps.get(n - 1)));
        for (int r = 0; r < runs; r++) {
            int from = (int) ((long) r * n / runs), to = (int) ((long) (r + 1) * n / runs);
            int low = from, high = from;
            for (int j = from + 1; j < to; j++) {
                if (values[steps.get(j)] < values[steps.get(low)]) low = j;
                if (values[steps.get(j)] > values[steps.get(high)]) high = j;
            }
            kept.add(steps.get(low));
            kept.add(steps.get(high));
        }
        return List.copyOf(kept);
    }

    /**
     * The loss after each step so far, on a linear or a log scale. A long run is drawn through at
     * most {@link #MAX_POINTS} of its points ({@link #thinned}), and past {@link #MAX_STEP_MARKERS} steps only the
     * first and the current one are marked.
     *
     * @param lossName the loss as the picture names it, e.g. "SSR"
     * @param drops true to end the description with how much the first and the latest step changed
     *              the loss (the lessons), false with the lowest loss so far (the playground)
     */
    public static Chart history(String id, String lossName, double[] losses, boolean log, boolean drops) {
        int k = losses.length - 1;
        List<Integer> drawable = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        boolean zeros = false;
        for (int i = 0; i <= k; i++) {
            double v = losses[i];
            if (!Double.isFinite(v)) continue;
            if (log && v <= 0) { zeros = true; continue; }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            drawable.add(i);
        }
        List<Point> points = new ArrayList<>();
        for (int i : thinned(drawable, losses)) points.add(new Point(i, losses[i]));
        boolean any = !points.isEmpty();
        if (!any) { lo = 1; hi = 1; }
        String axis = lossName + (log ? " (log scale)" : "");
        AxisSpec y = log ? AxisSpec.log(axis, lo, Math.max(hi, lo), 8) : AxisSpec.linear(axis, 0, hi > 0 ? hi : 1, 5);
        ChartBuilder b = new ChartBuilder(id, WIDTH, HEIGHT, AxisSpec.counts("step", 0, Math.max(k, 4), 6), y);
        b.line(HISTORY, points, lossName + " after each step");
        boolean marked = false;
        for (Point p : points) {
            int i = (int) p.x();
            if (i == k || (k > MAX_STEP_MARKERS && i != 0)) continue;
            b.marker(Chart.Shape.SQUARE, STEP, p, 3, "Step " + i + ": " + lossName + " = " + d(p.y()), null);
            marked = true;
        }
        if (any && Double.isFinite(losses[k]) && (!log || losses[k] > 0)) {
            b.marker(Chart.Shape.CIRCLE, CURRENT, new Point(k, losses[k]), 5.5, "Now, step " + k + ": " + lossName + " = " + d(losses[k]), null);
        }
        b.legendLine(HISTORY, lossName + " after each step")
                .legendMarker(Chart.Shape.CIRCLE, CURRENT, "now (step " + k + ")");
        if (marked) b.legendMarker(Chart.Shape.SQUARE, STEP, "earlier steps");
        String scale = log ? " on a log scale, where equal ratios are equal distances" : "";
        String ending = drops ? "." + (k >= 2 ? " " + drops(lossName, losses) : "")
                : ", lowest " + d(min(losses)) + "." + (zeros ? " Steps where it is 0 cannot be drawn on a log scale." : "");
        String description = k == 0
                ? "No steps taken yet: " + lossName + " is " + d(losses[0]) + " at step 0" + scale + "."
                : lossName + " after each of the " + k + (k == 1 ? " step" : " steps") + " so far" + scale + ": from " + d(losses[0])
                        + " at step 0 to " + d(losses[k]) + " at step " + k + ending;
        return b.build(lossName + " after each step" + (log ? " (log scale)" : ""), description);
    }

    /**
     * The network's given output at each input, for a one-input network: one forward pass for the
     * whole curve. The layers below the output come from {@link #below} when they are what they
     * were last time (in the last-bias lesson only b3 changes), so only the output layer is worked
     * out: the same sums in the same order, so the same doubles.
     */
    public static List<Point> predictions(Network network, double[] xs, int output) {
        Architecture arch = network.architecture();
        int top = arch.layerCount() - 1;
        int in = arch.size(top - 1);
        int out = arch.size(top);
        double[] w = network.weights();
        double[] b = network.biases();
        int weightsBelow = w.length - in * out;
        int biasesBelow = b.length - out;
        Below kept = below;
        if (kept == null || !kept.matches(arch, w, weightsBelow, b, biasesBelow, xs)) {
            double[][] inputs = new double[xs.length][];
            for (int i = 0; i < xs.length; i++) inputs[i] = new double[] {xs[i]};
            kept = new Below(arch, Arrays.copyOf(w, weightsBelow), Arrays.copyOf(b, biasesBelow), xs.clone(),
                    ForwardPass.run(network, inputs).activations()[top - 1]);
            below = kept;
        }
        double[] ys = new double[xs.length];
        double[][] below = kept.activations();
        if (arch.elementwiseOutput()) {
            // The one output drawn, with ForwardPass's sum in its order: the same doubles, without the others.
            Activation f = arch.activation(top);
            int row = weightsBelow + output * in;
            for (int i = 0; i < xs.length; i++) {
                double sum = b[biasesBelow + output];
                for (int j = 0; j < in; j++) sum += w[row + j] * below[i][j];
                ys[i] = f.apply(sum);
            }
        } else {
            Network outputLayer = new Network(new Architecture(new int[] {in, out}, arch.hidden(), arch.outputLayer()),
                    Arrays.copyOfRange(w, weightsBelow, w.length), Arrays.copyOfRange(b, biasesBelow, b.length));
            double[][] predicted = ForwardPass.run(outputLayer, below).predictions();
            for (int i = 0; i < xs.length; i++) ys[i] = predicted[i][output];
        }
        return Curve.points(xs, ys);
    }

    /**
     * The activations entering the output layer at each x of a grid, for one network's layers
     * below the output: the last ones worked out, shared by every thread (never changed once made).
     */
    private record Below(Architecture architecture, double[] weights, double[] biases, double[] xs, double[][] activations) {
        boolean matches(Architecture arch, double[] w, int weightsBelow, double[] b, int biasesBelow, double[] grid) {
            return architecture.equals(arch) && Arrays.equals(weights, 0, weights.length, w, 0, weightsBelow)
                    && Arrays.equals(biases, 0, biases.length, b, 0, biasesBelow) && Arrays.equals(xs, grid);
        }
    }

    private static volatile Below below;

    /** "Steps so far: b3 = 0, 1.57, 2.19." with long runs shortened. */
    public static String stepsSoFar(String plainName, double[] values) {
        int k = values.length - 1;
        if (k == 0) return "No steps taken yet.";
        StringBuilder out = new StringBuilder("Values of " + plainName + " so far: ");
        for (int i = 0; i <= k; i++) {
            if (k > MAX_DESCRIBED_STEPS && i == MAX_DESCRIBED_STEPS / 2) {
                out.append("…, ");
                i = k - MAX_DESCRIBED_STEPS / 2;
            }
            out.append(d(values[i])).append(i < k ? ", " : ".");
        }
        return out.toString();
    }

    private static String drops(String lossName, double[] losses) {
        int k = losses.length - 1;
        double first = losses[0] - losses[1];
        double last = losses[k - 1] - losses[k];
        return "The first step changed " + lossName + " by " + d(-first) + ", the latest by " + d(-last) + ".";
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) m = Math.min(m, v);
        return m;
    }

    /** Ticks.nice, widening an empty interval and keeping the bounds when widening would overflow. */
    public static double[] nice(double lo, double hi, int count) {
        if (lo == hi) { lo -= Math.max(1, Math.abs(lo) * 0.1); hi += Math.max(1, Math.abs(hi) * 0.1); }
        double[] d = Ticks.nice(lo, hi, count);
        return Double.isFinite(d[0]) && Double.isFinite(d[1]) ? d : new double[] {lo, hi};
    }

    public static String d(double v) { return Num.of(v).display(); }
}
