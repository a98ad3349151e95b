package io.stepwise.exercise;

import static io.stepwise.exercise.Mistakes.d;
import static io.stepwise.exercise.Mistakes.exact;
import static io.stepwise.exercise.Mistakes.p;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Backprop;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.ForwardPass;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.PathSum;
import io.stepwise.engine.Step;
import io.stepwise.tutorial.AllParametersLesson;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the exercise for a lesson state from the engine's values. The quantity comes from the
 * set, in turn step by step, or drawn from the seed; so does the sample or neuron it concerns.
 * The expected value is the engine's own, and the traps are the mistake detectors' values for the
 * same numbers.
 */
public final class ExerciseGenerator {
    private static final int SALT_QUANTITY = 1;
    private static final int SALT_SAMPLE = 2;
    private static final int SALT_NEURON = 3;
    private static final int SALT_PARAMETER = 4;
    private static final int SALT_FACTOR = 5;

    private ExerciseGenerator() {}

    /**
     * An exercise on one step of gradient descent on the output bias (identity output, SSR loss),
     * where dpredicted/dbias = 1 and so each sample's term of the slope is −2 · residual.
     *
     * @param step the current state, with its predictions, residuals, gradient and step sizes
     * @param bias the trained output bias, e.g. b3
     */
    public static Exercise lastBias(Step step, Dataset data, Parameter bias, double learningRate, ExerciseSet set, Long seed) {
        int k = step.index();
        List<Quantity> asked = set.quantities();
        Quantity quantity = asked.get(Choice.of(seed, k, SALT_QUANTITY, asked.size(), k));
        int samples = data.size();
        int s = Choice.of(seed, k, SALT_SAMPLE, samples, k / asked.size());
        String name = bias.name();
        double value = step.network().get(bias);
        double slope = step.gradient(bias);
        double stepSize = step.stepSize(bias);
        double[] observed = new double[samples];
        double[] predicted = new double[samples];
        double[] terms = new double[samples];
        List<String> names = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            observed[i] = data.target(i, 0);
            predicted[i] = step.predictions()[i][0];
            terms[i] = -2 * (observed[i] - predicted[i]);
            names.add("sample " + (i + 1));
            rows.add("Sample " + (i + 1) + " (dosage " + d(data.input(i, 0)) + "): observed " + d(observed[i]) + ", predicted " + d(predicted[i]));
        }
        String at = " at " + name + " = " + d(value);
        Tolerance tol = set.tolerance();
        List<Trap> traps = new ArrayList<>();
        return switch (quantity) {
            case RESIDUAL -> {
                double residual = step.residuals()[s][0];
                traps.add(Mistakes.residualSign(observed[s], predicted[s]));
                for (int i = 0; i < samples; i++) {
                    if (i != s) traps.add(Mistakes.otherSample("the residual", names.get(s), names.get(i), step.residuals()[i][0]));
                }
                yield new Exercise(quantity, "the residual of " + names.get(s),
                        "What is the residual of sample " + (s + 1) + at + "?", List.of(rows.get(s)), residual, tol,
                        "A residual is observed − predicted: start from what was observed and take away the prediction.",
                        "residual = observed − predicted = " + d(observed[s]) + " − " + p(predicted[s]) + " = " + d(residual), traps, s);
            }
            case SLOPE -> {
                String what = "the slope dSSR/d" + name;
                traps.add(Mistakes.flippedResiduals(what, slope));
                traps.add(Mistakes.withoutFactorTwo(what, slope));
                traps.addAll(Mistakes.partialSums(what, names, terms));
                StringBuilder worked = new StringBuilder("dSSR/d" + name + " = ");
                for (int i = 0; i < samples; i++) {
                    if (i > 0) worked.append(" + ");
                    worked.append("−2 · (").append(d(observed[i])).append(" − ").append(p(predicted[i])).append(") · 1");
                }
                worked.append(" = ");
                for (int i = 0; i < samples; i++) worked.append(i > 0 ? " + " : "").append(p(terms[i]));
                worked.append(" = ").append(d(slope));
                yield new Exercise(quantity, what, "What is the slope dSSR/d" + name + at + "?", rows, slope, tol,
                        "Add one term per sample: −2 · (observed − predicted) · 1. The 2 comes down from the square; the minus from "
                                + "the minus in front of predicted; the 1 is dpredicted/d" + name + ".",
                        worked.toString(), traps);
            }
            case STEP_SIZE -> {
                traps.add(Mistakes.stepWithoutLearningRate(slope, learningRate));
                yield new Exercise(quantity, "the step size", "What is the step size of this step" + at + "?",
                        List.of("slope dSSR/d" + name + " = " + d(slope), "learning rate = " + exact(learningRate)), stepSize, tol,
                        "The step size is the slope times the learning rate.",
                        "step size = slope × learning rate = " + p(slope) + " × " + exact(learningRate) + " = " + d(stepSize), traps);
            }
            case NEW_VALUE -> {
                double next = value - stepSize;
                traps.add(Mistakes.addedStep(name, value, stepSize));
                traps.add(Mistakes.newValueWithoutLearningRate(name, value, slope, learningRate));
                traps.add(Mistakes.addedSlope(name, value, slope, learningRate));
                yield new Exercise(quantity, "the new " + name, "What is " + name + " after this step?",
                        List.of(name + " = " + d(value), "slope dSSR/d" + name + " = " + d(slope), "learning rate = " + exact(learningRate)),
                        next, tol,
                        "First the step size = slope × learning rate; then new " + name + " = old " + name + " − step size.",
                        "step size = " + p(slope) + " × " + exact(learningRate) + " = " + d(stepSize) + "; new " + name + " = " + d(value)
                                + " − " + p(stepSize) + " = " + d(next), traps);
            }
            default -> throw new IllegalArgumentException("the last-bias lesson does not ask " + quantity.id());
        };
    }

    /**
     * An exercise on one step of the all-parameters lesson, where every parameter's gradient is
     * written out as a sum over the samples of chain-rule products: one computed factor of one
     * sample's product (dSSR/dpredicted, or dy_j/dx_j = softplus′(x_j) = σ(x_j) for a hidden-layer
     * parameter), one parameter's gradient, its step size or its new value. The factors that are
     * only read off (a weight, y_j, the dosage, 1) are not asked.
     *
     * @param step the state the page shows, with every parameter trained
     * @param rules every parameter's chain rule at that state, in the lesson's order, as the page writes them out
     */
    public static Exercise allParameters(Step step, Dataset data, List<AllParametersLesson.ChainRule> rules, double learningRate,
                                         ExerciseSet set, Long seed) {
        int k = step.index();
        List<Quantity> asked = set.quantities();
        Quantity quantity = asked.get(Choice.of(seed, k, SALT_QUANTITY, asked.size(), k));
        int round = k / asked.size();
        Tolerance tol = set.tolerance();
        return switch (quantity) {
            case CHAIN_FACTOR -> chainFactor(step, data, rules, round, tol, seed);
            case GRADIENT, STEP_SIZE, NEW_VALUE -> {
                AllParametersLesson.ChainRule rule = rules.get(Choice.of(seed, k, SALT_PARAMETER, rules.size(), round));
                yield parameterUpdate(quantity, step, data, rule, learningRate, tol);
            }
            default -> throw new IllegalArgumentException("the all-parameters lesson does not ask " + quantity.id());
        };
    }

    /** dSSR/dpredicted or dy_j/dx_j of one sample, in one parameter's chain rule. */
    private static Exercise chainFactor(Step step, Dataset data, List<AllParametersLesson.ChainRule> rules, int round,
                                        Tolerance tol, Long seed) {
        int k = step.index();
        // The middle dose first: at dosage 0, x1 and x2 are just the biases.
        int s = Choice.of(seed, k, SALT_SAMPLE, data.size(), round + 1);
        boolean activation = Choice.of(seed, k, SALT_FACTOR, 2, round) == 0;
        List<AllParametersLesson.ChainRule> candidates = activation
                ? rules.stream().filter(r -> r.factors().size() > AllParametersLesson.ACTIVATION_FACTOR).toList() : rules;
        AllParametersLesson.ChainRule rule = candidates.get(Choice.of(seed, k, SALT_PARAMETER, candidates.size(), round / 2));
        int index = activation ? AllParametersLesson.ACTIVATION_FACTOR : AllParametersLesson.LOSS_FACTOR;
        AllParametersLesson.Factor factor = rule.factors().get(index);
        String name = factor.name().plain();
        String parameter = rule.parameter().name();
        List<String> names = sampleNames(data);
        String subject = name + " for " + names.get(s);
        String question = "In the chain rule for dSSR/d" + parameter + ", what is " + name + " for " + names.get(s)
                + " (dosage " + d(data.input(s, 0)) + ")?";
        double right = rule.values()[s][index];
        List<Trap> traps = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (i != s) traps.add(Mistakes.otherSample(name, names.get(s), names.get(i), rule.values()[i][index]));
        }
        if (activation) {
            Architecture arch = step.network().architecture();
            Activation f = arch.activation(1);
            int j = PathSum.locate(arch, rule.parameter())[1];
            String x = "x" + (j + 1);
            String y = "y" + (j + 1);
            double[][][] z = ForwardPass.run(step.network(), data).preActivations();
            double input = z[1][s][j];
            String written = derivativeAt(f, input);
            traps.add(Mistakes.activationForDerivative(name, f.id(), written, input, f.apply(input), right, f.apply(input)));
            return new Exercise(Quantity.CHAIN_FACTOR, subject, question,
                    List.of(capitalized(names.get(s)) + " (dosage " + d(data.input(s, 0)) + "): " + x + " = " + d(input) + ", and "
                            + y + " = " + f.id() + "(" + x + ")"),
                    right, tol,
                    name + " is how fast " + y + " changes with " + x + ": the slope of " + f.id() + " at " + x + ", "
                            + f.id() + "′(" + x + "). Here " + f.id() + "′(x) = " + derivativeText(f, "x")
                            + ". Use the derivative, not the activation.",
                    name + " = " + f.id() + "′(" + d(input) + ") = " + (written.isEmpty() ? "" : written + " = ")
                            + (f == Activation.SOFTPLUS ? "1 / (1 + e^−" + p(input) + ") = " : "") + d(right),
                    traps, s, parameter, factor.source());
        }
        double observed = data.target(s, 0);
        double predicted = step.predictions()[s][0];
        traps.add(Mistakes.flippedResiduals(name, right));
        traps.add(Mistakes.withoutFactorTwo(name, right));
        return new Exercise(Quantity.CHAIN_FACTOR, subject, question,
                List.of(capitalized(names.get(s)) + " (dosage " + d(data.input(s, 0)) + "): observed " + d(observed) + ", predicted " + d(predicted)),
                right, tol,
                "SSR adds (observed − predicted)² over the samples, so " + name + " for one sample is −2 · (observed − predicted): "
                        + "the 2 comes down from the square, the minus from the minus in front of predicted.",
                name + " = −2 · (" + d(observed) + " − " + p(predicted) + ") = " + d(right),
                traps, s, parameter, factor.source());
    }

    /** One parameter's gradient (the sum of its chain-rule products), step size or new value. */
    private static Exercise parameterUpdate(Quantity quantity, Step step, Dataset data, AllParametersLesson.ChainRule rule,
                                           double learningRate, Tolerance tol) {
        Parameter p = rule.parameter();
        String name = p.name();
        String gradientName = "dSSR/d" + name;
        double value = step.network().get(p);
        double gradient = rule.sum();
        double stepSize = step.stepSize(p);
        List<String> names = sampleNames(data);
        List<Trap> traps = new ArrayList<>();
        return switch (quantity) {
            case GRADIENT -> {
                String what = "the gradient " + gradientName;
                int samples = data.size();
                List<String> factorNames = rule.factors().stream().map(f -> f.name().plain()).toList();
                List<String> given = new ArrayList<>();
                StringBuilder products = new StringBuilder();
                StringBuilder sums = new StringBuilder();
                for (int s = 0; s < samples; s++) {
                    StringBuilder row = new StringBuilder(capitalized(names.get(s)) + " (dosage " + d(data.input(s, 0)) + "): ");
                    for (int i = 0; i < factorNames.size(); i++) {
                        row.append(i > 0 ? ", " : "").append(factorNames.get(i)).append(" = ").append(d(rule.values()[s][i]));
                        products.append(i > 0 ? " · " : (s > 0 ? " + " : "")).append(p(rule.values()[s][i]));
                    }
                    given.add(row.toString());
                    sums.append(s > 0 ? " + " : "").append(p(rule.products()[s]));
                }
                traps.add(Mistakes.flippedResiduals(what, gradient));
                traps.add(Mistakes.withoutFactorTwo(what, gradient));
                traps.addAll(Mistakes.partialSums(what, "product", names, rule.products()));
                if (rule.factors().size() > AllParametersLesson.ACTIVATION_FACTOR) {
                    Architecture arch = step.network().architecture();
                    Activation f = arch.activation(1);
                    int j = PathSum.locate(arch, p)[1];
                    double[][][] z = ForwardPass.run(step.network(), data).preActivations();
                    double withActivation = 0;
                    double without = 0;
                    for (int s = 0; s < samples; s++) {
                        double others = 1;
                        for (int i = 0; i < factorNames.size(); i++) if (i != AllParametersLesson.ACTIVATION_FACTOR) others *= rule.values()[s][i];
                        withActivation += others * f.apply(z[1][s][j]);
                        without += others;
                    }
                    String factor = factorNames.get(AllParametersLesson.ACTIVATION_FACTOR);
                    String x = "x" + (j + 1);
                    String derivative = derivativeAt(f, x);
                    traps.add(Mistakes.activationInProducts(what, factor, f.id(), x, derivative, withActivation));
                    traps.add(Mistakes.derivativeLeftOut(what, factor, f.id(), x, derivative, without));
                }
                yield new Exercise(quantity, what, "What is the gradient " + gradientName + " at step " + step.index() + "?", given,
                        gradient, tol,
                        "Multiply the factors in each sample’s row, then add the " + samples + " products: " + gradientName + " = Σ "
                                + String.join(" · ", factorNames) + ".",
                        gradientName + " = " + products + " = " + sums + " = " + d(gradient), traps, -1, name, null);
            }
            case STEP_SIZE -> {
                traps.add(Mistakes.stepWithoutLearningRate("gradient", gradient, learningRate));
                yield new Exercise(quantity, "the step size of " + name, "What is the step size of " + name + " at step " + step.index() + "?",
                        List.of("gradient " + gradientName + " = " + d(gradient), "learning rate = " + exact(learningRate)), stepSize, tol,
                        "The step size is the gradient times the learning rate.",
                        "step size = gradient × learning rate = " + p(gradient) + " × " + exact(learningRate) + " = " + d(stepSize),
                        traps, -1, name, null);
            }
            case NEW_VALUE -> {
                double next = value - stepSize;
                traps.add(Mistakes.addedStep(name, value, stepSize));
                traps.add(Mistakes.newValueWithoutLearningRate("gradient", name, value, gradient, learningRate));
                traps.add(Mistakes.addedSlope("gradient", name, value, gradient, learningRate));
                yield new Exercise(quantity, "the new " + name, "What is " + name + " after this step?",
                        List.of(name + " = " + d(value), "gradient " + gradientName + " = " + d(gradient), "learning rate = " + exact(learningRate)),
                        next, tol,
                        "First the step size = gradient × learning rate; then new " + name + " = old " + name + " − step size.",
                        "step size = " + p(gradient) + " × " + exact(learningRate) + " = " + d(stepSize) + "; new " + name + " = " + d(value)
                                + " − " + p(stepSize) + " = " + d(next), traps, -1, name, null);
            }
            default -> throw new IllegalArgumentException("not a parameter's update: " + quantity.id());
        };
    }

    /** "sample 1", "sample 2", … */
    private static List<String> sampleNames(Dataset data) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) names.add("sample " + (i + 1));
        return names;
    }

    private static String capitalized(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    /**
     * An exercise on the next δ to fill in the dynamic-programming lesson: a neuron of the layer
     * just before the filled ones (the output layer when none is filled), for one sample, with SSR.
     *
     * @param filled how many layers are filled, counted from the output back
     * @return the exercise, or null when the table is full
     */
    public static Exercise delta(Network network, Dataset data, int sample, int filled, ExerciseSet set, Long seed) {
        Architecture arch = network.architecture();
        int last = arch.layerCount() - 1;
        if (filled >= last) return null;
        int layer = last - filled;
        int j = Choice.of(seed, filled, SALT_NEURON, arch.size(layer), filled + sample);
        Backprop bp = Backprop.run(network, data, Loss.SSR);
        ForwardPass fp = bp.forward();
        Activation f = arch.activation(layer);
        double z = fp.preActivations()[layer][sample][j];
        double a = fp.activations()[layer][sample][j];
        double fPrime = f.derivative(z);
        double delta = bp.delta(layer, sample, j);
        String neuron = label(arch, layer, j);
        String subject = "δ of " + neuron + " for sample " + (sample + 1);
        String question = "What is δ of " + neuron + " for sample " + (sample + 1) + "?";
        Tolerance tol = set.tolerance();
        List<Trap> traps = new ArrayList<>();
        List<String> given = new ArrayList<>();
        given.add(neuron + ": z = " + d(z) + ", activation " + f.id());
        String derivativeHint = " Here f is " + f.id() + ", and " + f.id() + "′(z) = " + derivativeText(f) + ".";
        if (layer == last) {
            double y = data.target(sample, j);
            double dLoss = -2 * (y - a);
            given.add("target y = " + d(y) + ", prediction ŷ = " + d(a));
            traps.add(Mistakes.flippedResiduals("δ", delta));
            traps.add(Mistakes.withoutFactorTwo("δ", delta));
            traps.add(Mistakes.activationForDerivative("δ", f.id(), derivativeAt(f, z), z, a, fPrime, dLoss * a));
            return new Exercise(Quantity.DELTA, subject, question, given, delta, tol,
                    "At the output, δ = ∂SSR/∂ŷ · f′(z), and ∂SSR/∂ŷ = −2 · (y − ŷ)." + derivativeHint,
                    "δ = −2 · (" + d(y) + " − " + p(a) + ") · " + f.id() + "′(" + d(z) + ") = " + p(dLoss) + " · " + p(fPrime) + " = " + d(delta),
                    traps);
        }
        double sum = 0;
        StringBuilder terms = new StringBuilder();
        for (int k = 0; k < arch.size(layer + 1); k++) {
            double w = network.weight(layer + 1, k, j);
            double next = bp.delta(layer + 1, sample, k);
            sum += w * next;
            String weight = "w" + (arch.weightIndex(layer + 1, k, j) + 1);
            given.add(weight + " (" + neuron + " → " + label(arch, layer + 1, k) + ") = " + d(w) + ", δ of " + label(arch, layer + 1, k) + " = " + d(next));
            terms.append(k > 0 ? " + " : "").append(p(w)).append(" · ").append(p(next));
        }
        traps.add(Mistakes.activationForDerivative("δ", f.id(), derivativeAt(f, z), z, a, fPrime, a * sum));
        traps.add(Mistakes.withoutDerivative(f.id(), z, fPrime, sum));
        return new Exercise(Quantity.DELTA, subject, question, given, delta, tol,
                "A hidden neuron’s δ is f′(z) · Σ (weight to each next neuron × that neuron’s δ). Use the derivative of the activation, not the activation." + derivativeHint,
                "δ = " + f.id() + "′(" + d(z) + ") · (" + terms + ") = " + d(fPrime) + " · " + p(sum) + " = " + d(delta), traps);
    }

    /** How an activation's derivative is written, in terms of z. */
    static String derivativeText(Activation f) { return derivativeText(f, "z"); }

    /** How an activation's derivative is written, in terms of the variable {@code v}, e.g. "x". */
    static String derivativeText(Activation f, String v) {
        return switch (f) {
            case SOFTPLUS -> "σ(" + v + ") = 1 / (1 + e^−" + v + ")";
            case SIGMOID -> "σ(" + v + ") · (1 − σ(" + v + "))";
            case TANH -> "1 − tanh²(" + v + ")";
            case RELU -> "1 when " + v + " > 0, else 0";
            case IDENTITY -> "1";
        };
    }

    /** An activation's derivative at z as written before it is worked out, e.g. σ(0.35); "" when it is a constant. */
    static String derivativeAt(Activation f, double z) { return derivativeAt(f, d(z)); }

    /** The same at an input given as text, e.g. σ(x1) for "x1". */
    static String derivativeAt(Activation f, String input) {
        String at = "(" + input + ")";
        return switch (f) {
            case SOFTPLUS -> "σ" + at;
            case SIGMOID -> "σ" + at + " · (1 − σ" + at + ")";
            case TANH -> "1 − tanh²" + at;
            case RELU, IDENTITY -> "";
        };
    }

    /** A neuron as the lessons name it: x1 for inputs, h1,2 for hidden neurons, out for the output. */
    static String label(Architecture arch, int layer, int neuron) {
        if (layer == 0) return "x" + (neuron + 1);
        if (layer == arch.layerCount() - 1) return arch.outputCount() == 1 ? "out" : "out" + (neuron + 1);
        return "h" + layer + "," + (neuron + 1);
    }
}
