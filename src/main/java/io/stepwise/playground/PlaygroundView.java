package io.stepwise.playground;

import io.stepwise.chart.Chart;
import io.stepwise.formula.Formula;
import io.stepwise.tutorial.DivergenceNotice;
import io.stepwise.tutorial.HistoryTable;
import io.stepwise.tutorial.NetworkDiagram;
import io.stepwise.tutorial.Notation;
import io.stepwise.tutorial.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * What the playground shows for one state: the current step's tables, the history, δ values and
 * gradients, the network and the pictures. Every number is finite and display-ready; long tables
 * are cut to their first rows, with the count of the rest, since the exports hold everything.
 *
 * @param summary the setup in one sentence
 * @param lossName the loss as the tables name it: "SSR", "½SSE" or "MSE"
 * @param current the state shown, or null when not even the start can be computed
 * @param lastStep the furthest step the controls may go to
 * @param convergedAt the first step whose every trained |step size| is below the tolerance, or −1
 * @param convergedLoss the loss at convergedAt, once the current step has reached it; else null
 * @param divergence what went wrong and where, in words, or null
 * @param stoppedEarly the requested step could not be reached because the run diverged first
 * @param history the states up to the current one, newest first
 * @param historyOmitted how many older states the history leaves out
 * @param historyParameters the parameters the history has a column for
 * @param deltas δ for the current state, or null
 * @param gradients every parameter's gradient as δ × activation per sample, or null when there are
 *                  too many parameters to list and {@code detail} works out one of them instead
 * @param detail the chosen parameter's gradient sample by sample, or null when the gradient table lists every parameter
 * @param diagram the network, or null when it is too large to draw (diagramNote says so)
 * @param lossHistory the loss after each step, or null
 * @param fits the predictions against the data, one per output, for one-input data only
 */
public record PlaygroundView(PlaygroundState state, String summary, String lossName, CurrentStep current, int lastStep,
                             int convergedAt, Num convergedLoss, DivergenceNotice divergence, boolean stoppedEarly, List<HistoryRow> history,
                             int historyOmitted, List<String> historyParameters, DeltaTable deltas, GradientTable gradients,
                             ParameterDetail detail, NetworkDiagram diagram, String diagramNote, Chart lossHistory, List<Chart> fits,
                             List<Formula> formulas) {

    /** One output of one sample: the target, the prediction and the residual target − prediction. */
    public record OutputCells(Num target, Num predicted, Num residual) {}

    /** One sample at the current step. */
    public record SampleRow(int number, List<Num> inputs, List<OutputCells> outputs) {}

    /**
     * One parameter at the current step.
     *
     * @param connects what it joins, e.g. "x1 → h1,2" for a weight, "h1,2" for a bias
     * @param stepSize learning rate × gradient, or null when the parameter is not trained
     * @param settled trained, and |step size| is below the tolerance
     */
    public record UpdateRow(String name, String connects, boolean trained, Num value, Num gradient, Num stepSize, Num newValue,
                            boolean settled) {}

    /**
     * The current state and the update it leads to.
     *
     * @param samples the first samples (all of them when there are few)
     * @param updates the first parameters (all of them when there are few)
     * @param largestName the trained parameter with the largest |step size|
     */
    public record CurrentStep(int index, Num loss, Num learningRate, List<String> inputColumns, List<String> targetColumns,
                              List<String> predictedColumns, List<SampleRow> samples, int sampleCount, List<UpdateRow> updates,
                              int parameterCount, int trainedCount, int settledCount, String largestName, Num largestStep) {
        public boolean samplesCut() { return samples.size() < sampleCount; }

        public boolean updatesCut() { return updates.size() < parameterCount; }
    }

    /** The state after {@code step} updates: its loss and the value of each parameter in the history's columns. */
    public record HistoryRow(int step, Num loss, List<Num> values) {}

    /**
     * δ = ∂loss/∂z of every non-input neuron for the first samples.
     *
     * @param samples the sample numbers shown, from 1
     * @param sampleCount how many samples there are in all
     */
    public record DeltaTable(List<Integer> samples, int sampleCount, List<DeltaRow> rows, int neuronCount) {
        public boolean samplesCut() { return samples.size() < sampleCount; }

        public boolean rowsCut() { return rows.size() < neuronCount; }
    }

    /**
     * One neuron's δ per sample shown.
     *
     * @param layerTitle set on the first neuron of each layer: "Output layer", "Hidden layer 1"
     * @param layerSize the number of its layer's neurons the table lists, for the row group
     */
    public record DeltaRow(String layerTitle, int layerSize, String neuron, List<Num> deltas) {}

    /**
     * Each gradient as the sum over the samples of δ × the activation the parameter multiplies.
     *
     * @param samples the sample numbers with a column, from 1
     * @param rows every parameter
     */
    public record GradientTable(List<Integer> samples, int sampleCount, List<GradientRow> rows, int parameterCount) {
        public boolean samplesCut() { return samples.size() < sampleCount; }
    }

    /**
     * @param delta the δ it uses, e.g. "δ(h1,2)"
     * @param input the activation it multiplies, e.g. "x1", or "1" for a bias
     * @param products δ × input for each sample shown
     */
    public record GradientRow(String name, boolean trained, String delta, String input, List<Num> products, Num gradient) {}

    /**
     * One parameter's gradient worked out sample by sample: δ of the neuron it feeds times the
     * activation it multiplies, summed over every sample.
     *
     * @param delta the δ it uses, e.g. "δ(h1,2)"
     * @param input the activation it multiplies, e.g. "x1", or "1" for a bias
     * @param rows the first samples
     * @param stepSize learning rate × gradient, or null when the parameter is not trained
     * @param choices every parameter's name for the picker, or empty when there are too many to list
     */
    public record ParameterDetail(String name, String connects, boolean trained, String delta, String input, List<DetailRow> rows,
                                  int sampleCount, Num gradient, Num stepSize, Num newValue, List<String> choices, int weightCount,
                                  int biasCount) {
        public boolean samplesCut() { return rows.size() < sampleCount; }

        public int parameterCount() { return weightCount + biasCount; }
    }

    /** One sample's share of a gradient: δ × activation = product. */
    public record DetailRow(int sample, Num delta, Num input, Num product) {}

    /** Something can be shown: the start could be computed. */
    public boolean hasStep() { return current != null; }

    public boolean converged() { return current != null && convergedAt >= 0 && current.index() >= convergedAt; }

    public boolean diverged() { return divergence != null; }

    /** One sentence for screen readers after each step. */
    public String announcement() {
        if (current == null) return divergence == null ? "" : divergence.title() + ". " + divergence.message();
        String text = "Step " + current.index() + ": " + lossName + " = " + current.loss().display() + ".";
        if (current.largestName() != null) {
            text += " The largest step size is " + current.largestStep().display() + ", for " + current.largestName() + ".";
        }
        if (converged()) return text + " Every trained step size is below the tolerance: done.";
        if (divergence != null && current.index() == lastStep) return text + " " + divergence.title() + ".";
        return text;
    }

    /** The history as the shared table draws it, newest first; what it leaves out is in the CSV. */
    public HistoryTable historyTable() {
        List<HistoryTable.Row> rows = new ArrayList<>();
        for (HistoryRow h : history) {
            List<Num> values = new ArrayList<>(List.of(h.loss()));
            values.addAll(h.values());
            rows.add(HistoryTable.Row.of(h.step(), values));
        }
        List<Notation> columns = new ArrayList<>(List.of(Notation.text("Step"), Notation.text(lossName())));
        for (String name : historyParameters) columns.add(Notation.text(name));
        List<String> notes = new ArrayList<>();
        if (historyOmitted > 0) notes.add("the " + history.size() + " latest; the " + historyOmitted + " before them are in the CSV");
        if (historyParameters.size() < current().trainedCount()) {
            notes.add("the first " + historyParameters.size() + " trained parameters; all are in the CSV");
        }
        return new HistoryTable("history pg-history", Notation.text(lossName() + " and the trained parameters after each update, newest first"),
                notes, columns, rows);
    }
}
