package io.stepwise.lessons.dp;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Backprop;
import io.stepwise.engine.ForwardPass;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.NumericalGradient;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.PathSum;
import io.stepwise.engine.WorkCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.stepwise.tutorial.Num;
import io.stepwise.tutorial.NeuronNames;
import io.stepwise.tutorial.NetworkDiagram;

/** Computes the dynamic-programming lesson: the δ table filled layer by layer, and the naive path sums beside it. */
public final class DynamicProgrammingLesson {
    static final Loss LOSS = Loss.SSR;
    /** Shapes for the work table; the lesson's own shapes come first. */
    static final int[][] WORK_SHAPES = {{1, 2, 1}, {2, 3, 3, 1}, {1, 4, 4, 4, 1}, {1, 8, 8, 8, 1},
            {1, 8, 8, 8, 8, 8, 1}, {4, 16, 16, 16, 16, 1}, {8, 32, 32, 32, 32, 32, 1}};

    private DynamicProgrammingLesson() {}

    public static DpView view(DpState state) {
        DpExample example = DpExample.byId(state.example());
        Network network = example.network();
        Architecture arch = network.architecture();
        Backprop bp = Backprop.run(network, example.data(), LOSS);
        ForwardPass fp = bp.forward();
        int last = arch.layerCount() - 1;
        int s = state.sample();
        int firstFilled = last - state.filled() + 1;
        int newest = state.filled() == 0 ? -1 : firstFilled;

        List<DpView.Column> columns = new ArrayList<>();
        for (int l = 0; l <= last; l++) {
            List<DpView.Cell> cells = new ArrayList<>();
            for (int j = 0; j < arch.size(l); j++) {
                Num z = Num.of(fp.preActivations()[l][s][j]);
                Num a = Num.of(fp.activations()[l][s][j]);
                if (l == 0) {
                    cells.add(new DpView.Cell(NeuronNames.neuron(arch, l, j), z, a, null, "input", null));
                } else if (l < firstFilled) {
                    cells.add(new DpView.Cell(NeuronNames.neuron(arch, l, j), z, a, null, "empty", null));
                } else {
                    String status = l == newest ? "new" : l == newest + 1 ? "reused" : "filled";
                    String formula = l == newest ? formula(network, example, fp, bp, l, j, s) : null;
                    cells.add(new DpView.Cell(NeuronNames.neuron(arch, l, j), z, a, Num.of(bp.delta(l, s, j)), status, formula));
                }
            }
            columns.add(new DpView.Column(columnTitle(arch, l), cells));
        }

        Parameter p = Parameter.parse(arch, state.parameter());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < arch.parameterCount(); i++) names.add(Parameter.ofFlatIndex(arch, i).name());
        List<Num> samples = new ArrayList<>();
        for (int i = 0; i < example.data().size(); i++) samples.add(Num.of(i + 1));

        boolean complete = state.filled() == last;
        // The dosage network at b3 = 0 is the first lesson's start: its b3 gradient is that lesson's first slope.
        Num firstSlope = example == DpExample.ALL.get(0) ? Num.of(bp.gradient()[arch.parameterCount() - 1]) : null;
        return new DpView(state, example, last, columns, newest, newestNote(arch, newest),
                pathPanel(network, example, fp, bp, p, s), complete ? agreement(network, example, bp) : List.of(),
                work(arch), names, samples, diagram(network, bp, state, firstFilled, newest), firstSlope);
    }

    /** The network with the δ values filled so far for the chosen sample. */
    private static NetworkDiagram diagram(Network network, Backprop bp, DpState state, int firstFilled, int newest) {
        Architecture arch = network.architecture();
        String[][] deltas = new String[arch.layerCount()][];
        String[] status = new String[arch.layerCount()];
        for (int l = Math.max(1, firstFilled); l < arch.layerCount(); l++) {
            deltas[l] = new String[arch.size(l)];
            for (int j = 0; j < arch.size(l); j++) deltas[l][j] = Num.of(bp.delta(l, state.sample(), j)).display();
            status[l] = l == newest ? "new" : l == newest + 1 ? "reused" : "filled";
        }
        return NetworkDiagram.of(network, List.of(), java.util.Set.of(), deltas, status,
                "The " + state.example() + " network with δ for sample " + (state.sample() + 1));
    }

    private static String columnTitle(Architecture arch, int layer) {
        if (layer == 0) return "Input";
        if (layer == arch.layerCount() - 1) return "Output";
        return "Hidden layer " + layer;
    }

    private static String newestNote(Architecture arch, int newest) {
        if (newest < 0) return "Nothing is filled yet. Backpropagation starts at the output, where the loss is.";
        if (newest == arch.layerCount() - 1) {
            return "The output layer comes straight from the loss: δ = ∂SSR/∂ŷ · f′(z), with ∂SSR/∂ŷ = −2 · (y − ŷ).";
        }
        String next = newest + 1 == arch.layerCount() - 1 ? "the output layer" : "hidden layer " + (newest + 1);
        return columnTitle(arch, newest) + " reuses the δ of " + next + " (highlighted): "
                + "δ = f′(z) · Σ (weight to the next neuron × that neuron’s δ). No path is traced twice.";
    }

    /** How one δ was computed, with its numbers substituted. */
    private static String formula(Network network, DpExample example, ForwardPass fp, Backprop bp, int l, int j, int s) {
        Architecture arch = network.architecture();
        Activation f = arch.activation(l);
        double z = fp.preActivations()[l][s][j];
        String fPrime = f.id() + "′(" + d(z) + ") = " + d(f.derivative(z));
        if (l == arch.layerCount() - 1) {
            double y = example.data().target(s, j);
            double yHat = fp.activations()[l][s][j];
            return "δ = −2 · (y − ŷ) · " + f.id() + "′(z) = −2 · (" + d(y) + " − " + paren(yHat) + ") · "
                    + d(f.derivative(z)) + " = " + d(bp.delta(l, s, j));
        }
        StringBuilder terms = new StringBuilder();
        for (int k = 0; k < arch.size(l + 1); k++) {
            if (k > 0) terms.append(" + ");
            terms.append(paren(network.weight(l + 1, k, j))).append(" · ").append(paren(bp.delta(l + 1, s, k)));
        }
        return "δ = f′(z) · Σ w · δ = " + d(f.derivative(z)) + " · (" + terms + ") = " + d(bp.delta(l, s, j))
                + "   [" + fPrime + "]";
    }

    private static DpView.PathPanel pathPanel(Network network, DpExample example, ForwardPass fp, Backprop bp, Parameter p, int s) {
        Architecture arch = network.architecture();
        PathSum.Result result = PathSum.of(network, example.data(), LOSS, fp, p, s);
        int[] at = PathSum.locate(arch, p);
        int layer = at[0];
        String source = p.isWeight() ? NeuronNames.neuron(arch, layer - 1, at[2]) : "the bias";
        String target = NeuronNames.neuron(arch, layer, at[1]);
        String description = p.name() + (p.isWeight() ? " connects " + source + " to " + target
                + " (in the formulas above it is w with subscripts kj: k = " + target + ", the neuron it feeds, and j = " + source
                + ", the one it comes from)"
                : " is the bias of " + target + " (in the formulas above, b with subscript j = " + target + ")");
        List<DpView.PathRow> rows = new ArrayList<>();
        for (PathSum.Path path : result.paths()) {
            StringBuilder route = new StringBuilder(p.isWeight() ? p.name() : p.name());
            List<String> through = new ArrayList<>();
            for (int d = 0; d < path.neurons().length; d++) through.add(NeuronNames.neuron(arch, layer + d, path.neurons()[d]));
            for (String n : through) route.append(" → ").append(n);
            route.append(" → SSR");
            StringBuilder factors = new StringBuilder();
            int lossFactor = path.factors().length - 1;
            for (int i = 0; i < lossFactor; i++) factors.append(paren(path.factors()[i])).append(" · ");
            rows.add(new DpView.PathRow(route.toString(), factors.toString(), paren(path.factors()[lossFactor]), Num.of(path.product()),
                    List.copyOf(through)));
        }
        List<String> downstream = new ArrayList<>(List.of(NeuronNames.neuron(arch, layer, at[1])));
        for (int l = layer + 1; l < arch.layerCount(); l++) {
            for (int j = 0; j < arch.size(l); j++) downstream.add(NeuronNames.neuron(arch, l, j));
        }
        double delta = bp.delta(layer, s, at[1]);
        double input = p.isWeight() ? fp.activations()[layer - 1][s][at[2]] : 1;
        return new DpView.PathPanel(p.name(), description, result.pathCount(), rows,
                result.paths().size() < result.pathCount(), Num.of(result.sum()), Num.of(delta), Num.of(input),
                Num.of(delta * input), "δ of " + NeuronNames.neuron(arch, layer, at[1]), p.isWeight() ? "activation of " + source : "1 (a bias’s input)",
                List.copyOf(downstream));
    }

    private static List<DpView.AgreementRow> agreement(Network network, DpExample example, Backprop bp) {
        Architecture arch = network.architecture();
        double[] numeric = NumericalGradient.of(network, example.data(), LOSS);
        double[] analytic = bp.gradient();
        List<DpView.AgreementRow> rows = new ArrayList<>();
        for (int i = 0; i < analytic.length; i++) {
            Parameter p = Parameter.ofFlatIndex(arch, i);
            double paths = 0;
            for (int s = 0; s < example.data().size(); s++) {
                paths += PathSum.of(network, example.data(), LOSS, bp.forward(), p, s).sum();
            }
            double gap = Math.max(Math.abs(analytic[i] - paths), Math.abs(analytic[i] - numeric[i]));
            rows.add(new DpView.AgreementRow(p.name(), Num.of(analytic[i]), Num.of(paths), Num.of(numeric[i]), Num.of(gap)));
        }
        return rows;
    }

    private static List<DpView.WorkRow> work(Architecture current) {
        List<DpView.WorkRow> rows = new ArrayList<>();
        for (int[] sizes : WORK_SHAPES) {
            Architecture arch = Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, sizes);
            WorkCount w = WorkCount.of(arch, 1);
            String shape = String.join("-", java.util.Arrays.stream(sizes).mapToObj(Integer::toString).toList());
            rows.add(new DpView.WorkRow(shape, java.util.Arrays.equals(sizes, current.sizes()), arch.weightCount(),
                    w.naivePathProducts(), w.naiveMultiplications(), w.backpropMultiplications(),
                    String.format(Locale.ROOT, "%.1f×", (double) w.naiveMultiplications() / w.backpropMultiplications()),
                    w.finiteDifferenceMultiplications() + "–" + w.centralDifferenceMultiplications(), w.forwardModeMultiplications()));
        }
        return rows;
    }

    /** A number for a formula: display rounding, as on the rest of the page. */
    private static String d(double v) { return Num.of(v).display(); }

    private static String paren(double v) { return v < 0 ? "(" + d(v) + ")" : d(v); }
}
