package io.stepwise.lessons.dp;

import java.util.List;
import io.stepwise.tutorial.Num;
import io.stepwise.tutorial.NetworkDiagram;

/**
 * What the dynamic-programming lesson shows for one state.
 *
 * @param columns the δ table, one column per layer from input to output
 * @param newestLayer the layer filled last, or −1 when nothing is filled yet
 * @param paths the naive path sum for the chosen parameter and sample
 * @param agreement every gradient three ways; empty until the table is full
 * @param work the work four ways, per sample, across several shapes
 * @param firstSlope for the dosage network, ∂SSR/∂b3 over all samples (the first lesson's first slope); else null
 */
public record DpView(DpState state, DpExample example, int maxFilled, List<Column> columns, int newestLayer,
                     String newestNote, PathPanel paths, List<AgreementRow> agreement, List<WorkRow> work,
                     List<String> parameterNames, List<Num> samples, NetworkDiagram diagram, Num firstSlope) {

    public boolean complete() { return state.filled() == maxFilled; }

    /** One layer of the network in the δ table. */
    public record Column(String title, List<Cell> cells) {}

    /**
     * One neuron: its activation for the chosen sample and, once filled, its δ.
     *
     * @param status "input", "empty", "filled", "new" (filled by the last step) or "reused" (read by it)
     * @param formula for a new cell, how its δ was computed, with the numbers
     */
    public record Cell(String label, Num preActivation, Num activation, Num delta, String status, String formula) {
        public boolean hasDelta() { return delta != null; }
    }

    /**
     * One path from the parameter to an output, its factors and their product.
     *
     * @param factors every factor but the last, each followed by " · "
     * @param lossFactor the last factor, ∂SSR/∂ŷ of the output the path ends at
     * @param neurons the neurons it passes through: its product is part of each one's δ
     */
    public record PathRow(String route, String factors, String lossFactor, Num product, List<String> neurons) {}

    /** @param neurons the neurons whose δ the sum and the backprop line are computed from: the parameter's and all after it */
    public record PathPanel(String parameter, String description, long pathCount, List<PathRow> rows, boolean truncated,
                            Num sum, Num delta, Num input, Num deltaTimesInput, String deltaLabel, String inputLabel,
                            List<String> neurons) {}

    public record AgreementRow(String parameter, Num backprop, Num pathSum, Num finiteDifference, Num largestGap) {}

    /**
     * @param finiteDifferences one to two extra forward passes per parameter, e.g. "35–70"
     * @param forwardMode one forward-mode pass per parameter
     */
    public record WorkRow(String shape, boolean current, long edges, long pathProducts, long naiveMultiplications,
                          long backpropMultiplications, String ratio, String finiteDifferences, long forwardMode) {}
}
