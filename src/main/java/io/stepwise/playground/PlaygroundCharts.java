package io.stepwise.playground;

import io.stepwise.chart.Chart;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Network;
import io.stepwise.tutorial.DescentCharts;
import java.util.ArrayList;
import java.util.List;

/**
 * The playground's pictures, drawn by {@link DescentCharts}: the loss after each step (linear or
 * log scale), and, for data with one input, the network's predictions against the data, one
 * picture per output.
 */
public final class PlaygroundCharts {
    public static final String HISTORY_ID = "pg-chart-history";
    public static final String FIT_ID = "pg-chart-fit";
    static final int MAX_FITS = 3;

    private PlaygroundCharts() {}

    /** The loss after each of the steps so far; null when there is nothing to draw. */
    public static Chart history(double[] losses, boolean log, String lossName) {
        return losses.length == 0 ? null : DescentCharts.history(HISTORY_ID, lossName, losses, log, false);
    }

    /** For data with one input: the predictions over the input range and the data, one chart per output (at most three). */
    public static List<Chart> fits(Network network, Dataset data, int step) {
        if (network.architecture().inputCount() != 1) return List.of();
        List<Chart> charts = new ArrayList<>();
        int outputs = network.architecture().outputCount();
        for (int o = 0; o < Math.min(outputs, MAX_FITS); o++) {
            charts.add(DescentCharts.fit(FIT_ID + "-" + (o + 1), network, data, o, words(o, outputs, step)));
        }
        return charts;
    }

    /** Each target by its column's name, y or y1, y2, …, against x. */
    private static DescentCharts.FitWords words(int output, int outputs, int step) {
        String y = Columns.target(output, outputs);
        return new DescentCharts.FitWords("x", y, "The network's prediction " + Columns.predicted(output, outputs) + " at every x",
                y, "data (" + y + ")", "prediction", "data", "The fit of " + y + " at step " + step,
                "The network's prediction of " + y + " at step " + step + " for every x");
    }
}
