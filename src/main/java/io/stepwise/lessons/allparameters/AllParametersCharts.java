package io.stepwise.lessons.allparameters;

import io.stepwise.chart.Chart;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.ForwardPass;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import io.stepwise.tutorial.DescentCharts;
import io.stepwise.tutorial.DosageExample;

/**
 * The "train all seven parameters" lesson's pictures for one state: SSR against the parameter the
 * reader picks (the others held where they are now) with its tangent and its path so far, the fit,
 * and SSR after each step.
 *
 * @param focus the parameter the loss curve varies, e.g. "w3"
 * @param logLoss whether the history's SSR axis is logarithmic
 * @param markerNote why the loss curve's "after this step" marker is not the SSR after the step, for under the chart; or null
 */
public record AllParametersCharts(Chart lossCurve, Chart fit, Chart history, String focus, boolean logLoss, String markerNote) {
    /** The parameter drawn when the reader has not picked one: the one with the steepest slope at the start. */
    public static final String DEFAULT_FOCUS = "w3";
    /** How far either side of the current value the curve's lowest point is looked for. */
    static final double SEARCH = 3;

    private static final Architecture ARCH = DosageExample.ARCHITECTURE;
    private static final Dataset DATA = DosageExample.DATA;
    private static final Loss LOSS = Loss.SSR;

    /** Every parameter's name in the engine's order: w1…w4, b1…b3. */
    public static List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ARCH.parameterCount(); i++) names.add(Parameter.ofFlatIndex(ARCH, i).name());
        return names;
    }

    /** Whether a name is one of this network's parameters. */
    public static boolean isParameter(String name) {
        return Parameter.parse(ARCH, name) != null;
    }

    /** Drawn from the states the view was computed from, step 0 to the one it shows. */
    public static AllParametersCharts of(AllParametersView view, String focus, boolean logLoss) {
        return of(view, focus, logLoss, true, true);
    }

    /**
     * The same, leaving out of the loss curve what an open "Your turn" question asks for.
     *
     * @param showSlope false to draw no tangent and give no gradient of the focus parameter
     * @param showNext false to leave out where this step moves the focus parameter
     */
    public static AllParametersCharts of(AllParametersView view, String focus, boolean logLoss, boolean showSlope, boolean showNext) {
        Parameter p = Parameter.parse(ARCH, focus);
        if (p == null) throw new IllegalArgumentException("no parameter " + focus);
        List<Step> steps = view.steps();
        int k = steps.size() - 1;
        Step current = steps.get(k);
        Network network = current.network();

        double[] values = new double[k + 1];
        double[] losses = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            values[i] = steps.get(i).network().get(p);
            losses[i] = steps.get(i).loss();
        }
        DoubleUnaryOperator ssr = theta -> LOSS.value(DATA.targets(), ForwardPass.run(network.with(p, theta), DATA).predictions());
        double bottom = lowestNear(ssr, values[k]);
        String name = subscripted(p.name());
        String others = "the other six parameters held at their values at step " + k;
        String note = "SSR as " + p.name() + " varies, with " + others + ": the curve changes as they change, so earlier steps"
                + " are drawn at the SSR they had then."
                + (Double.isNaN(bottom) ? "" : " Along this curve SSR is lowest near " + p.name() + " ≈ " + DescentCharts.d(bottom) + ".");
        Chart loss = DescentCharts.lossCurve(DescentCharts.LOSS_CURVE_ID, name, p.name(), ssr, values, losses, current.gradient(p),
                values[k] - current.stepSize(p), Double.isNaN(bottom) ? new double[0] : new double[] {bottom}, note, showSlope, showNext);
        Chart fit = DescentCharts.fit(DescentCharts.FIT_ID, network, DATA, 0, DescentCharts.FitWords.dosage(k));
        Chart history = DescentCharts.history(DescentCharts.HISTORY_ID, "SSR", losses, logLoss, true);
        String markerNote = null;
        if (showNext && !Double.isNaN(view.nextLoss())) {
            markerNote = "The marker “after this step” is SSR with only " + p.name() + " moved and the other six held: "
                    + DescentCharts.d(ssr.applyAsDouble(values[k] - current.stepSize(p))) + ". The step moves all seven at once, so SSR"
                    + " after it is really " + DescentCharts.d(view.nextLoss()) + " (step " + (k + 1) + " of the history).";
        }
        return new AllParametersCharts(loss, fit, history, p.name(), logLoss, markerNote);
    }

    /** The θ within {@link #SEARCH} of θ₀ where the curve is lowest, or NaN when that is at the edge of the search (no valley nearby). */
    static double lowestNear(DoubleUnaryOperator loss, double theta0) {
        int n = 241;
        double best = Double.POSITIVE_INFINITY;
        int at = -1;
        for (int i = 0; i < n; i++) {
            double theta = theta0 - SEARCH + 2 * SEARCH * i / (n - 1);
            double v = loss.applyAsDouble(theta);
            if (v < best) { best = v; at = i; }
        }
        if (at <= 0 || at >= n - 1) return Double.NaN;
        return theta0 - SEARCH + 2 * SEARCH * at / (n - 1);
    }

    /** "w3" as "w₃": the picture's text cannot use &lt;sub&gt;. */
    static String subscripted(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) out.append(Character.isDigit(c) ? (char) ('₀' + (c - '0')) : c);
        return out.toString();
    }
}
