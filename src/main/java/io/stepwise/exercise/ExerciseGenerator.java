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
import io.stepwise.engine.Step;
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
    static String derivativeText(Activation f) {
        return switch (f) {
            case SOFTPLUS -> "σ(z) = 1 / (1 + e^−z)";
            case SIGMOID -> "σ(z) · (1 − σ(z))";
            case TANH -> "1 − tanh²(z)";
            case RELU -> "1 when z > 0, else 0";
            case IDENTITY -> "1";
        };
    }

    /** An activation's derivative at z as written before it is worked out, e.g. σ(0.35); "" when it is a constant. */
    static String derivativeAt(Activation f, double z) {
        String at = "(" + d(z) + ")";
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
