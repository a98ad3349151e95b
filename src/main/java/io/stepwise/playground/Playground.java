package io.stepwise.playground;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Backprop;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Limits;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.PathSum;
import io.stepwise.engine.Step;
import io.stepwise.engine.Trace;
import io.stepwise.tutorial.DivergenceNotice;
import io.stepwise.tutorial.NetworkDiagram;
import io.stepwise.tutorial.NeuronNames;
import io.stepwise.tutorial.Num;
import io.stepwise.tutorial.RateSuggestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Computes what the playground shows for a state. Knows nothing of the web. */
public final class Playground {
    /**
     * Tables list this many rows, then count the rest: the exports hold everything. A numeric cell
     * costs about 100 bytes of HTML, so these keep a step's fragment under 128 KB for any setup
     * within the caps (PlaygroundSizeTest measures the largest).
     */
    public static final int MAX_SAMPLE_ROWS = 40;
    /** The samples table lists fewer rows when a row is wide (many inputs and outputs). */
    public static final int MAX_SAMPLE_CELLS = 200;
    /**
     * Up to this many parameters the update and gradient tables list every one (about 1.1 KB of
     * HTML each: 27 KB in all), as for the default 1-2-1, 2-3-1 for XOR or 2-4-2 for AND and OR; a
     * larger network lists its first ones in the update table and works out the gradient of one
     * chosen parameter at a time ({@link Fields#DETAIL}).
     */
    public static final int MAX_PARAMETER_ROWS = 24;
    /** The update table's rows for a network with more parameters than that. */
    public static final int MAX_UPDATE_ROWS = 24;
    /** The parameter picker lists every name up to this many (about 30 bytes each), else asks for it typed. */
    public static final int MAX_DETAIL_CHOICES = 400;
    /** Samples with a row in the one-parameter detail. */
    public static final int MAX_DETAIL_SAMPLES = 20;
    /** Neurons with a row in the δ table, from the output back. */
    public static final int MAX_DELTA_ROWS = 24;
    public static final int MAX_HISTORY_ROWS = 200;
    /** The history lists fewer rows when it has many columns: 30 rows for the default 1-2-1 (a loss and seven parameters). */
    public static final int MAX_HISTORY_CELLS = 240;
    /** The history has a column for each trained parameter, up to this many. */
    public static final int MAX_HISTORY_PARAMETERS = 12;
    /** Samples with a column in the δ and gradient tables. */
    public static final int MAX_DELTA_SAMPLES = 6;
    public static final int MAX_GRADIENT_SAMPLES = 4;
    /** Networks with a wider layer, or more weights, are described instead of drawn. */
    public static final int MAX_DRAWN_WIDTH = 10;
    public static final int MAX_DRAWN_WEIGHTS = 120;

    private Playground() {}

    public static PlaygroundView view(PlaygroundState state) {
        PlaygroundSetup setup = state.setup();
        int historyColumns = 1 + Math.min(setup.trained().length, MAX_HISTORY_PARAMETERS);
        Trace run = setup.replay(Descent.Plan.upTo(state.steps(), Math.min(MAX_HISTORY_ROWS, MAX_HISTORY_CELLS / historyColumns)));
        Architecture arch = setup.architecture();
        String lossName = lossName(setup.loss());
        DivergenceNotice divergence = run.diverged() ? DivergenceNotice.of(run.divergence(), lossName, smallerRate(setup)) : null;
        Step step = run.current();
        if (step == null) {
            return new PlaygroundView(state, summary(setup), lossName, null, -1, -1, null, divergence, true, List.of(), 0, List.of(),
                    null, null, null, null, null, null, List.of(), PlaygroundFormulas.of(setup));
        }
        Backprop bp = Backprop.run(step.network(), setup.data(), setup.loss());
        Set<Integer> trained = new HashSet<>();
        for (int i : setup.trained()) trained.add(i);

        List<String> historyParameters = new ArrayList<>();
        List<Integer> historyIndices = new ArrayList<>();
        for (int i : setup.trained()) {
            if (historyIndices.size() == MAX_HISTORY_PARAMETERS) break;
            historyIndices.add(i);
            historyParameters.add(Parameter.ofFlatIndex(arch, i).name());
        }
        List<PlaygroundView.HistoryRow> history = new ArrayList<>();
        for (int r = run.recent().size() - 1; r >= 0; r--) {
            Step s = run.recent().get(r);
            double[] flat = s.network().parameters();
            List<Num> values = new ArrayList<>();
            for (int i : historyIndices) values.add(Num.of(flat[i]));
            history.add(new PlaygroundView.HistoryRow(s.index(), Num.of(s.loss()), values));
        }
        int omitted = step.index() + 1 - history.size();

        Num convergedLoss = run.converged() ? Num.of(run.losses()[run.convergedAt()]) : null;
        PlaygroundView.CurrentStep current = current(step, setup, trained);
        boolean listAll = arch.parameterCount() <= MAX_PARAMETER_ROWS;
        String chosen = state.detail() != null ? state.detail() : current.largestName() != null ? current.largestName() : "w1";
        return new PlaygroundView(state, summary(setup), lossName, current, run.lastStep(), run.convergedAt(),
                convergedLoss, divergence, run.stoppedEarly(state.steps()), history, omitted, historyParameters, deltas(bp, arch, setup.data()),
                listAll ? gradients(bp, arch, setup.data(), trained) : null,
                listAll ? null : detail(bp, step, setup, trained, Parameter.parse(arch, chosen)), diagram(step.network(), trained), diagramNote(arch),
                PlaygroundCharts.history(run.losses(), state.logLoss(), lossName),
                PlaygroundCharts.fits(step.network(), setup.data(), step.index()), PlaygroundFormulas.of(setup));
    }

    /**
     * A smaller learning rate that was tried on this setup and works, or null. Each try is a whole
     * run, so only as many are tried as fit in a quarter of one descent's work cap: the hint must
     * not cost a diverging page much more than the page itself.
     */
    static RateSuggestion smallerRate(PlaygroundSetup setup) {
        int tries = (int) Math.min(RateSuggestion.TRIES, Limits.MAX_WORK / 4 / Math.max(1, setup.work()));
        return RateSuggestion.halving(setup.learningRate(), tries, rate -> Descent.run(setup.startNetwork(), setup.data(),
                Descent.Settings.plain(setup.loss(), rate, setup.trained(), setup.maxSteps(), setup.tolerance()), 1), Trace::convergedAt);
    }

    private static PlaygroundView.CurrentStep current(Step step, PlaygroundSetup setup, Set<Integer> trained) {
        Dataset data = setup.data();
        Architecture arch = setup.architecture();
        int inputs = arch.inputCount();
        int outputs = arch.outputCount();
        List<String> inputColumns = new ArrayList<>();
        for (int i = 0; i < inputs; i++) inputColumns.add(Columns.input(i, inputs));
        List<String> targetColumns = new ArrayList<>();
        List<String> predictedColumns = new ArrayList<>();
        for (int o = 0; o < outputs; o++) {
            targetColumns.add(Columns.target(o, outputs));
            predictedColumns.add(Columns.predicted(o, outputs));
        }
        List<PlaygroundView.SampleRow> samples = new ArrayList<>();
        int sampleRows = Math.max(1, Math.min(MAX_SAMPLE_ROWS, MAX_SAMPLE_CELLS / (inputs + 3 * outputs)));
        for (int s = 0; s < Math.min(data.size(), sampleRows); s++) {
            List<Num> x = new ArrayList<>();
            for (int i = 0; i < inputs; i++) x.add(Num.of(data.input(s, i)));
            List<PlaygroundView.OutputCells> cells = new ArrayList<>();
            for (int o = 0; o < outputs; o++) {
                cells.add(new PlaygroundView.OutputCells(Num.of(data.target(s, o)), Num.of(step.predictions()[s][o]),
                        Num.of(step.residuals()[s][o])));
            }
            samples.add(new PlaygroundView.SampleRow(s + 1, x, cells));
        }

        double[] values = step.network().parameters();
        List<PlaygroundView.UpdateRow> updates = new ArrayList<>();
        int settled = 0;
        int largest = -1;
        for (int i = 0; i < values.length; i++) {
            boolean isTrained = trained.contains(i);
            double size = step.stepSizes()[i];
            boolean isSettled = isTrained && Math.abs(size) < setup.tolerance();
            if (isSettled) settled++;
            if (isTrained && (largest < 0 || Math.abs(size) > Math.abs(step.stepSizes()[largest]))) largest = i;
            if (i < (values.length <= MAX_PARAMETER_ROWS ? MAX_PARAMETER_ROWS : MAX_UPDATE_ROWS)) {
                Parameter p = Parameter.ofFlatIndex(arch, i);
                updates.add(new PlaygroundView.UpdateRow(p.name(), connects(arch, p), isTrained, Num.of(values[i]),
                        Num.of(step.gradient()[i]), isTrained ? Num.of(size) : null, Num.of(values[i] - size), isSettled));
            }
        }
        return new PlaygroundView.CurrentStep(step.index(), Num.of(step.loss()), Num.of(setup.learningRate()), inputColumns,
                targetColumns, predictedColumns, samples, data.size(), updates, values.length, trained.size(), settled,
                largest < 0 ? null : Parameter.ofFlatIndex(arch, largest).name(),
                largest < 0 ? null : Num.of(step.stepSizes()[largest]));
    }

    private static PlaygroundView.DeltaTable deltas(Backprop bp, Architecture arch, Dataset data) {
        int shown = Math.min(data.size(), MAX_DELTA_SAMPLES);
        List<Integer> samples = new ArrayList<>();
        for (int s = 0; s < shown; s++) samples.add(s + 1);
        List<PlaygroundView.DeltaRow> rows = new ArrayList<>();
        int neurons = 0;
        for (int l = arch.layerCount() - 1; l >= 1; l--) {
            neurons += arch.size(l);
            int listed = Math.min(arch.size(l), MAX_DELTA_ROWS - rows.size());
            for (int j = 0; j < listed; j++) {
                List<Num> d = new ArrayList<>();
                for (int s = 0; s < shown; s++) d.add(Num.of(bp.delta(l, s, j)));
                rows.add(new PlaygroundView.DeltaRow(j == 0 ? layerTitle(arch, l) : null, listed, NeuronNames.neuron(arch, l, j), d));
            }
        }
        return new PlaygroundView.DeltaTable(samples, data.size(), rows, neurons);
    }

    private static PlaygroundView.GradientTable gradients(Backprop bp, Architecture arch, Dataset data, Set<Integer> trained) {
        int shown = Math.min(data.size(), MAX_GRADIENT_SAMPLES);
        List<Integer> samples = new ArrayList<>();
        for (int s = 0; s < shown; s++) samples.add(s + 1);
        double[] gradient = bp.gradient();
        double[][][] a = bp.forward().activations();
        List<PlaygroundView.GradientRow> rows = new ArrayList<>();
        List<String> inputs = inputNames(arch);
        for (int i = 0; i < gradient.length; i++) {
            Parameter p = Parameter.ofFlatIndex(arch, i);
            int[] at = PathSum.locate(arch, p);
            List<Num> products = new ArrayList<>();
            for (int s = 0; s < shown; s++) {
                double input = p.isWeight() ? a[at[0] - 1][s][at[2]] : 1;
                products.add(Num.of(bp.delta(at[0], s, at[1]) * input));
            }
            rows.add(new PlaygroundView.GradientRow(p.name(), trained.contains(i), "δ(" + NeuronNames.neuron(arch, at[0], at[1]) + ")",
                    p.isWeight() ? NeuronNames.neuron(arch, inputs, at[0] - 1, at[2]) : "1", products, Num.of(gradient[i])));
        }
        return new PlaygroundView.GradientTable(samples, data.size(), rows, gradient.length);
    }

    /** One parameter's gradient, sample by sample, with the names the picker offers. */
    private static PlaygroundView.ParameterDetail detail(Backprop bp, Step step, PlaygroundSetup setup, Set<Integer> trained, Parameter p) {
        Architecture arch = setup.architecture();
        int i = p.flatIndex(arch);
        int[] at = PathSum.locate(arch, p);
        double[][][] a = bp.forward().activations();
        List<PlaygroundView.DetailRow> rows = new ArrayList<>();
        for (int s = 0; s < Math.min(setup.data().size(), MAX_DETAIL_SAMPLES); s++) {
            double delta = bp.delta(at[0], s, at[1]);
            double input = p.isWeight() ? a[at[0] - 1][s][at[2]] : 1;
            rows.add(new PlaygroundView.DetailRow(s + 1, Num.of(delta), Num.of(input), Num.of(delta * input)));
        }
        List<String> choices = new ArrayList<>();
        if (arch.parameterCount() <= MAX_DETAIL_CHOICES) {
            for (int k = 0; k < arch.parameterCount(); k++) choices.add(Parameter.ofFlatIndex(arch, k).name());
        }
        boolean isTrained = trained.contains(i);
        double value = step.network().parameters()[i];
        double size = step.stepSizes()[i];
        return new PlaygroundView.ParameterDetail(p.name(), connects(arch, p), isTrained, "δ(" + NeuronNames.neuron(arch, at[0], at[1]) + ")",
                p.isWeight() ? NeuronNames.neuron(arch, inputNames(arch), at[0] - 1, at[2]) : "1", rows, setup.data().size(),
                Num.of(bp.gradient()[i]), isTrained ? Num.of(size) : null, Num.of(value - size), choices, arch.weightCount(),
                arch.biasCount());
    }

    private static NetworkDiagram diagram(Network network, Set<Integer> trained) {
        Architecture arch = network.architecture();
        if (!drawable(arch)) return null;
        return NetworkDiagram.of(network, inputNames(arch), trained, null, null,
                "The " + PlaygroundSetup.shape(arch.sizes()) + " network at this step");
    }

    static boolean drawable(Architecture arch) {
        return Arrays.stream(arch.sizes()).max().orElse(0) <= MAX_DRAWN_WIDTH && arch.weightCount() <= MAX_DRAWN_WEIGHTS;
    }

    private static String diagramNote(Architecture arch) {
        if (drawable(arch)) return null;
        return "The " + PlaygroundSetup.shape(arch.sizes()) + " network has " + arch.weightCount() + " weights: too many to draw "
                + "legibly (the picture shows layers of up to " + MAX_DRAWN_WIDTH + " neurons and up to " + MAX_DRAWN_WEIGHTS
                + " weights). The tables below list every parameter.";
    }

    /** The inputs as the data names its columns: x alone, or x1, x2, …. */
    static List<String> inputNames(Architecture arch) {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < arch.inputCount(); i++) inputs.add(Columns.input(i, arch.inputCount()));
        return inputs;
    }

    /** "x1 → h1,2" for a weight, "h1,2" for a bias, inputs named as the data's columns. */
    public static String connects(Architecture arch, Parameter p) {
        return NeuronNames.of(arch, inputNames(arch), p);
    }

    private static String layerTitle(Architecture arch, int layer) {
        return layer == arch.layerCount() - 1 ? "Output layer" : "Hidden layer " + layer;
    }

    public static String lossName(Loss loss) {
        return switch (loss) {
            case SSR -> "SSR";
            case HALF_SSE -> "½SSE";
            case MSE -> "MSE";
        };
    }

    /** The setup in one sentence. */
    static String summary(PlaygroundSetup s) {
        Architecture arch = s.architecture();
        StringBuilder b = new StringBuilder("A " + s.shape() + " network");
        if (arch.layerCount() > 2) b.append(" with ").append(s.hidden().id()).append(" in the hidden layer").append(arch.layerCount() > 3 ? "s" : "");
        b.append(" and ").append(s.output().id()).append(" at the output; loss ").append(lossName(s.loss())).append(" (")
                .append(s.loss().description()).append("); ").append(CsvData.count(s.data().size(), "sample")).append("; training ")
                .append(s.train().describe(arch)).append(" with learning rate ").append(Numbers.compact(s.learningRate()))
                .append(", from ");
        if (s.start() instanceof Start.Seeded seeded) b.append("random start values (seed ").append(seeded.seed()).append(")");
        else b.append("the given start values");
        return b.append(".").toString();
    }
}
