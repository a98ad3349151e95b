package io.stepwise.lessons.lastbias;

import io.stepwise.chart.Chart;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Network;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.Step;
import java.util.List;
import io.stepwise.tutorial.DescentCharts;
import io.stepwise.tutorial.DosageExample;

/**
 * The "fit the last bias" lesson's pictures for one state: SSR against b3 with the tangent at the
 * current b3 and the steps so far, the fit, and SSR after each step.
 *
 * @param logLoss whether the history's SSR axis is logarithmic
 */
public record LastBiasCharts(Chart lossCurve, Chart fit, Chart history, boolean logLoss) {
    private static final Parameter B3 = Parameter.parse(DosageExample.ARCHITECTURE, "b3");

    /** The lesson's pictures from the states the view already computed. */
    public static LastBiasCharts of(LastBiasView view, boolean logLoss) { return of(view, logLoss, true, true, -1); }

    /**
     * @param showSlope false to draw no tangent (an open question asks for the slope)
     * @param showNext false to leave out where this step moves b3 (an open question asks for it)
     * @param hiddenResidual the sample whose residual the fit leaves unnumbered (an open question asks for it), or −1
     */
    public static LastBiasCharts of(LastBiasView view, boolean logLoss, boolean showSlope, boolean showNext, int hiddenResidual) {
        List<Step> steps = view.steps();
        Step current = steps.get(steps.size() - 1);
        int k = steps.size() - 1;

        double[] values = new double[k + 1];
        double[] losses = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            values[i] = steps.get(i).network().get(B3);
            losses[i] = steps.get(i).loss();
        }
        Network network = current.network();
        Dataset data = DosageExample.DATA;
        // SSR is a parabola in b3: every prediction moves one for one with b3, so the bottom is
        // where the residuals sum to 0, b3 plus their mean. Read at the start, where the numbers
        // are small (after a diverging run, the current ones would cancel catastrophically).
        Step start = steps.get(0);
        double sum = 0;
        for (double[] r : start.residuals()) sum += r[0];
        double bottom = values[0] + sum / data.size();
        double[] base = new double[data.size()];
        for (int s = 0; s < data.size(); s++) base[s] = start.predictions()[s][0] - values[0];

        double bottomLoss = ssr(data, base, bottom);
        // Near convergence the lowest point rounds like the new b3, so an open question keeps it unnumbered too.
        String note = "SSR as b3 varies with every other parameter fixed: a parabola" + (showNext ? " whose lowest point is at b3 ≈ "
                + DescentCharts.d(bottom) + ", where SSR ≈ " + DescentCharts.d(bottomLoss) + "." : ".");
        Chart loss = DescentCharts.lossCurve(DescentCharts.LOSS_CURVE_ID, "b₃", "b3", b3 -> ssr(data, base, b3), values, losses,
                current.gradient(B3), values[k] - current.stepSize(B3), new double[] {bottom}, note, showSlope, showNext);
        Chart fit = DescentCharts.fit(DescentCharts.FIT_ID, network, data, 0, DescentCharts.FitWords.dosage(k), hiddenResidual);
        Chart history = DescentCharts.history(DescentCharts.HISTORY_ID, "SSR", losses, logLoss, true);
        return new LastBiasCharts(loss, fit, history, logLoss);
    }

    /** SSR when b3 is added to the rest of each prediction: Σ (observed − (rest + b3))². */
    private static double ssr(Dataset data, double[] rest, double b3) {
        double sum = 0;
        for (int s = 0; s < data.size(); s++) {
            double r = data.target(s, 0) - (rest[s] + b3);
            sum += r * r;
        }
        return sum;
    }
}
