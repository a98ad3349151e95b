package io.stepwise.lessons.allparameters;

import io.stepwise.tutorial.LossTrend;
import io.stepwise.tutorial.RateSuggestion;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Descent;
import io.stepwise.engine.ForwardPass;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.PathSum;
import io.stepwise.engine.Step;
import io.stepwise.engine.Trace;
import io.stepwise.formula.Formula;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import io.stepwise.tutorial.DivergenceNotice;
import io.stepwise.tutorial.HistoryWindow;
import io.stepwise.tutorial.Num;
import io.stepwise.tutorial.Notation;
import io.stepwise.tutorial.DosageExample;

/** Computes what the "train all seven parameters" lesson shows for a state. Knows nothing of the web. */
public final class AllParametersLesson {
    static final Architecture ARCH = DosageExample.ARCHITECTURE;
    static final Dataset DATA = DosageExample.DATA;
    static final Loss LOSS = Loss.SSR;
    /** w1…w4, then b1…b3: the engine's flat order, used by every table of the lesson. */
    public static final List<Parameter> PARAMETERS = parameters();
    /** Where dSSR/dpredicted stands in every parameter's chain rule: first. */
    public static final int LOSS_FACTOR = 0;
    /** Where da_j/dz_j = σ(z_j) stands in a hidden-layer parameter's chain rule (output parameters have none). */
    public static final int ACTIVATION_FACTOR = 2;
    private static final List<List<Factor>> FACTORS = factors();
    private static final List<Formula> CHAIN_FORMULAS = chainFormulas();

    /** Halvings tried for a suggested learning rate: from the default 0.1 one is enough, from 1.6 four. */
    static final int SUGGESTION_TRIES = 4;

    private AllParametersLesson() {}

    /**
     * One factor of a chain-rule product, d top / d bottom, and what it equals. Each is written as
     * a {@link Notation} source: "a_1" is a with subscript 1.
     */
    public record Factor(String top, String bottom, String equals) {
        /** e.g. dy₁/dx₁ */
        public Notation name() { return Notation.of(source()); }

        /** The name as a {@link Notation} source, e.g. "da_1/dz_1": the same in every rule that shares the factor. */
        public String source() { return "d" + top + "/d" + bottom; }

        /** e.g. σ(z₁) */
        public Notation meaning() { return Notation.of(equals); }
    }

    /**
     * One parameter's gradient written out by the chain rule at one state.
     *
     * @param values each factor's value, indexed [sample][factor]
     * @param products each sample's product of its factors
     * @param sum Σ products over the samples: dSSR/d(parameter)
     */
    public record ChainRule(Parameter parameter, List<Factor> factors, double[][] values, double[] products, double sum) {}

    /** Recent replays by learning rate: a replay depends on nothing else, and costs milliseconds. */
    private static final Map<Double, Trace> REPLAYS = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Double, Trace> eldest) { return size() > 16; }
    };

    /**
     * The descent from the fixed start as far as the lesson goes, every state kept, cut where it
     * diverges. It has no tolerance: each request applies its own ({@link Trace#convergedAt(double)}).
     */
    static Trace replay(double learningRate) {
        synchronized (REPLAYS) {
            Trace known = REPLAYS.get(learningRate);
            if (known != null) return known;
        }
        int horizon = AllParametersState.MAX_STEPS;
        Descent.Settings settings = Descent.Settings.plain(LOSS, learningRate, flatIndices(), horizon, null);
        Trace trace = Descent.replay(DosageExample.allParametersStart(), DATA, settings, Descent.Plan.upTo(horizon, horizon + 1));
        synchronized (REPLAYS) {
            REPLAYS.put(learningRate, trace);
        }
        return trace;
    }

    /**
     * The state's view, read from the replay (as far as the lesson allows) that shows the current
     * step and tells where "run until every step size is below the tolerance" ends and whether
     * the run diverges.
     */
    public static AllParametersView view(AllParametersState state) {
        Trace replay = replay(state.learningRate());
        List<Step> steps = replay.recent();
        int shown = Math.min(state.steps(), replay.lastStep());
        Step current = steps.get(shown);

        // The newest rows and the start; the loss chart shows every step, the API every value.
        HistoryWindow window = HistoryWindow.of(shown, AllParametersView.HISTORY_ROWS);
        List<AllParametersView.HistoryRow> history = new ArrayList<>();
        for (int k = shown; k >= window.from(); k--) history.add(historyRow(steps.get(k)));
        history.add(historyRow(steps.get(0)));
        // Each try replays up to 2,000 steps, so fewer are tried than for the first lesson's three-sample runs.
        Supplier<RateSuggestion> smaller = () -> RateSuggestion.halving(state.learningRate(), SUGGESTION_TRIES,
                AllParametersLesson::replay, t -> t.convergedAt(state.tolerance()));
        DivergenceNotice divergence = replay.diverged() ? DivergenceNotice.of(replay.divergence(), "SSR", smaller.get()) : null;
        int convergedAt = replay.convergedAt(state.tolerance());
        LossTrend trend = LossTrend.at(replay.losses(), shown, convergedAt >= 0 && shown >= convergedAt, "SSR", "", smaller);
        return new AllParametersView(state, currentStep(current, state), history, convergedAt,
                divergence, replay.lastStep(), shown < state.steps(), window.omitted(), steps.subList(0, shown + 1), trend,
                shown + 1 < replay.losses().length ? replay.losses()[shown + 1] : Double.NaN);
    }

    public static List<ChainRule> chainRules(Network network) {
        return chainRules(network, ForwardPass.run(network, DATA));
    }

    /**
     * Every parameter's chain-rule product, factor by factor, read from the forward pass and the
     * loss derivative (not from backpropagation, which tests compare it with). With z₁, z₂ the
     * hidden neurons' input sums and a₁, a₂ their outputs:
     * <ul>
     *   <li>a hidden weight or bias of neuron j: dSSR/dpredicted · dpredicted/da_j · da_j/dz_j · dz_j/dθ,
     *   where dpredicted/da_j is the outgoing weight, da_j/dz_j = softplus′(z_j) = σ(z_j) and dz_j/dθ
     *   is the dosage for a weight and 1 for a bias;</li>
     *   <li>an output weight or bias: dSSR/dpredicted · dpredicted/dθ, which is a_j for a weight and 1
     *   for the bias.</li>
     * </ul>
     * The output activation is the identity, so its derivative (1) is left out of the products.
     */
    public static List<ChainRule> chainRules(Network network, ForwardPass forward) {
        double[][][] z = forward.preActivations();
        double[][][] a = forward.activations();
        int samples = DATA.size();
        double[] dLoss = new double[samples];
        for (int s = 0; s < samples; s++) dLoss[s] = LOSS.derivative(DATA.target(s, 0), a[2][s][0], samples);

        List<ChainRule> rules = new ArrayList<>(PARAMETERS.size());
        for (int k = 0; k < PARAMETERS.size(); k++) {
            Parameter p = PARAMETERS.get(k);
            int[] at = PathSum.locate(ARCH, p);
            double[][] values = new double[samples][];
            if (at[0] == 1) {
                int j = at[1];
                double outgoing = network.weight(2, 0, j);
                for (int s = 0; s < samples; s++) {
                    values[s] = new double[] {dLoss[s], outgoing, ARCH.activation(1).derivative(z[1][s][j]), p.isWeight() ? a[0][s][0] : 1};
                }
            } else {
                for (int s = 0; s < samples; s++) values[s] = new double[] {dLoss[s], p.isWeight() ? a[1][s][at[2]] : 1};
            }
            double[] products = new double[samples];
            double sum = 0;
            for (int s = 0; s < samples; s++) {
                double product = 1;
                for (double v : values[s]) product *= v;
                products[s] = product;
                sum += product;
            }
            rules.add(new ChainRule(p, FACTORS.get(k), values, products, sum));
        }
        return rules;
    }

    /** The factors' names and meanings, parameter by parameter, in the order chainRules multiplies them. */
    private static List<List<Factor>> factors() {
        Factor loss = new Factor("SSR", "predicted", "−2 · (observed − predicted)");
        List<List<Factor>> all = new ArrayList<>();
        for (Parameter p : PARAMETERS) {
            int[] at = PathSum.locate(ARCH, p);
            if (at[0] == 1) {
                String h = "_" + (at[1] + 1);
                Parameter outgoing = new Parameter(true, ARCH.weightIndex(2, 0, at[1]));
                all.add(List.of(loss,
                        new Factor("predicted", "a" + h, subscripted(outgoing)),
                        new Factor("a" + h, "z" + h, "σ(z" + h + ")"),
                        new Factor("z" + h, subscripted(p), p.isWeight() ? "dosage" : "1")));
            } else {
                all.add(List.of(loss, new Factor("predicted", subscripted(p), p.isWeight() ? "a_" + (at[2] + 1) : "1")));
            }
        }
        return List.copyOf(all);
    }

    private static List<Formula> chainFormulas() {
        List<Formula> all = new ArrayList<>();
        for (int k = 0; k < PARAMETERS.size(); k++) all.add(AllParametersFormulas.chainRule(PARAMETERS.get(k).name(), FACTORS.get(k)));
        return List.copyOf(all);
    }

    /** A parameter's chain rule as a formula, e.g. dSSR/dw₁ = Σ dSSR/dpredicted · … for "w1". */
    public static Formula chainFormula(String name) {
        for (int k = 0; k < PARAMETERS.size(); k++) {
            if (PARAMETERS.get(k).name().equals(name)) return CHAIN_FORMULAS.get(k);
        }
        throw new IllegalArgumentException("no parameter " + name);
    }

    private static AllParametersView.CurrentStep currentStep(Step step, AllParametersState state) {
        Network network = step.network();
        ForwardPass forward = ForwardPass.run(network, DATA);
        double[][][] z = forward.preActivations();
        double[][][] a = forward.activations();
        List<AllParametersView.ForwardRow> samples = new ArrayList<>();
        for (int s = 0; s < DATA.size(); s++) {
            double observed = DATA.target(s, 0);
            double predicted = a[2][s][0];
            double residual = observed - predicted;
            samples.add(new AllParametersView.ForwardRow(Num.of(DATA.input(s, 0)), Num.of(z[1][s][0]), Num.of(a[1][s][0]),
                    Num.of(z[1][s][1]), Num.of(a[1][s][1]), Num.of(predicted), Num.of(observed), Num.of(residual),
                    Num.of(residual * residual)));
        }

        List<AllParametersView.ParameterUpdate> updates = new ArrayList<>();
        Parameter largest = PARAMETERS.get(0);
        for (ChainRule rule : chainRules(network, forward)) {
            Parameter p = rule.parameter();
            List<AllParametersView.ChainRow> rows = new ArrayList<>();
            for (int s = 0; s < DATA.size(); s++) {
                List<Num> factors = new ArrayList<>();
                for (double v : rule.values()[s]) factors.add(Num.of(v));
                rows.add(new AllParametersView.ChainRow(Num.of(DATA.input(s, 0)), factors, Num.of(rule.products()[s])));
            }
            double value = network.get(p);
            double stepSize = step.stepSize(p);
            updates.add(new AllParametersView.ParameterUpdate(Notation.of(subscripted(p)), Notation.of("dSSR/d" + subscripted(p)),
                    rule.factors(), CHAIN_FORMULAS.get(PARAMETERS.indexOf(p)), rows, Num.of(value), Num.of(rule.sum()),
                    Num.of(stepSize), Num.of(value - stepSize), Math.abs(stepSize) < state.tolerance(),
                    AllParametersFormulas.worked(p.name(), value, rule.sum(), state.learningRate(), stepSize)));
            if (Math.abs(stepSize) > Math.abs(step.stepSize(largest))) largest = p;
        }
        return new AllParametersView.CurrentStep(step.index(), Num.of(step.loss()), Num.of(state.learningRate()), samples,
                updates, largest.name(), Num.of(step.stepSize(largest)));
    }

    private static AllParametersView.HistoryRow historyRow(Step step) {
        List<Num> values = new ArrayList<>();
        for (Parameter p : PARAMETERS) values.add(Num.of(step.network().get(p)));
        return new AllParametersView.HistoryRow(step.index(), Num.of(step.loss()), values);
    }

    /** "w3" as the formula source "w_3". */
    private static String subscripted(Parameter p) {
        return p.name().charAt(0) + "_" + p.name().substring(1);
    }

    private static List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (int i = 0; i < ARCH.parameterCount(); i++) all.add(Parameter.ofFlatIndex(ARCH, i));
        return List.copyOf(all);
    }

    private static int[] flatIndices() {
        int[] all = new int[ARCH.parameterCount()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return all;
    }
}
