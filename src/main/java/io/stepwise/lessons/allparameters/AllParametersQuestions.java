package io.stepwise.lessons.allparameters;

import static io.stepwise.exercise.ExerciseGenerator.SALT_FACTOR;
import static io.stepwise.exercise.ExerciseGenerator.SALT_PARAMETER;
import static io.stepwise.exercise.ExerciseGenerator.SALT_SAMPLE;
import static io.stepwise.exercise.ExerciseGenerator.capitalized;
import static io.stepwise.exercise.ExerciseGenerator.derivativeAt;
import static io.stepwise.exercise.ExerciseGenerator.derivativeText;
import static io.stepwise.exercise.ExerciseGenerator.sampleNames;
import static io.stepwise.exercise.ExerciseGenerator.value;
import static io.stepwise.exercise.Mistakes.d;
import static io.stepwise.exercise.Mistakes.exact;
import static io.stepwise.exercise.Mistakes.p;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.ForwardPass;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.PathSum;
import io.stepwise.engine.Step;
import io.stepwise.tutorial.DosageExample;
import java.util.ArrayList;
import java.util.List;
import io.stepwise.exercise.Quantity;
import io.stepwise.exercise.ExerciseSet;
import io.stepwise.exercise.Tolerance;
import io.stepwise.exercise.Choice;
import io.stepwise.exercise.Exercise;
import io.stepwise.exercise.ExerciseGenerator;
import io.stepwise.exercise.Mistakes;
import io.stepwise.exercise.Trap;

/**
 * The "train all seven parameters" lesson's questions: a computed factor of one sample's
 * chain-rule product, or one parameter's gradient, step size or new value.
 */
public final class AllParametersQuestions {
    private AllParametersQuestions() {}

    /**
     * The question about the step the view shows, from the numbers the view holds: the engine's
     * state, every parameter's chain rule as its tables write it, and the hidden neurons' inputs.
     */
    public static Exercise ask(AllParametersView view, ExerciseSet set, Long seed) {
        Step step = view.steps().get(view.steps().size() - 1);
        List<AllParametersView.ForwardRow> samples = view.current().samples();
        double[][] hidden = new double[samples.size()][];
        for (int s = 0; s < hidden.length; s++) hidden[s] = new double[] {value(samples.get(s).z1()), value(samples.get(s).z2())};
        List<AllParametersLesson.ChainRule> rules = new ArrayList<>();
        for (AllParametersView.ParameterUpdate u : view.current().updates()) rules.add(rule(u));
        return of(step, DosageExample.DATA, rules, hidden, view.state().learningRate(), set, seed);
    }

    /** A parameter's chain rule read back from the view's table: the same doubles, which a number shown keeps in full. */
    private static AllParametersLesson.ChainRule rule(AllParametersView.ParameterUpdate u) {
        double[][] values = new double[u.rows().size()][];
        double[] products = new double[u.rows().size()];
        for (int s = 0; s < values.length; s++) {
            AllParametersView.ChainRow row = u.rows().get(s);
            values[s] = row.factors().stream().mapToDouble(ExerciseGenerator::value).toArray();
            products[s] = value(row.product());
        }
        return new AllParametersLesson.ChainRule(Parameter.parse(DosageExample.ARCHITECTURE, u.name().plain()), u.factors(),
                values, products, value(u.gradient()));
    }

    /**
     * An exercise on one step of the all-parameters lesson, where every parameter's gradient is
     * written out as a sum over the samples of chain-rule products: one computed factor of one
     * sample's product (dSSR/dpredicted, or da_j/dz_j = softplus′(z_j) = σ(z_j) for a hidden-layer
     * parameter), one parameter's gradient, its step size or its new value. The factors that are
     * only read off (a weight, y_j, the dosage, 1) are not asked.
     *
     * This one takes any state of the dosage network and runs its forward pass for the hidden
     * neurons' inputs; {@link #ask} reads them from the lesson's view.
     *
     * @param step the state the page shows, with every parameter trained
     * @param rules every parameter's chain rule at that state, in the lesson's order, as the page writes them out
     */
    public static Exercise of(Step step, Dataset data, List<AllParametersLesson.ChainRule> rules, double learningRate,
                              ExerciseSet set, Long seed) {
        double[][] hidden = ForwardPass.run(step.network(), data).preActivations()[1];
        return of(step, data, rules, hidden, learningRate, set, seed);
    }

    /** @param hidden each sample's hidden-neuron inputs z_j, indexed [sample][neuron] */
    private static Exercise of(Step step, Dataset data, List<AllParametersLesson.ChainRule> rules, double[][] hidden,
                               double learningRate, ExerciseSet set, Long seed) {
        int k = step.index();
        Quantity quantity = ExerciseGenerator.quantity(set, seed, k);
        int round = k / set.quantities().size();
        Tolerance tol = set.tolerance();
        return switch (quantity) {
            case CHAIN_FACTOR -> chainFactor(step, data, rules, hidden, round, tol, seed);
            case GRADIENT, STEP_SIZE, NEW_VALUE -> {
                AllParametersLesson.ChainRule rule = rules.get(Choice.of(seed, k, SALT_PARAMETER, rules.size(), round));
                yield parameterUpdate(quantity, step, data, rule, hidden, learningRate, tol);
            }
            default -> throw new IllegalArgumentException("the all-parameters lesson does not ask " + quantity.id());
        };
    }

    /** dSSR/dpredicted or da_j/dz_j of one sample, in one parameter's chain rule. */
    private static Exercise chainFactor(Step step, Dataset data, List<AllParametersLesson.ChainRule> rules, double[][] hidden,
                                        int round, Tolerance tol, Long seed) {
        int k = step.index();
        // The middle dose first: at dosage 0, z1 and z2 are just the biases.
        int s = Choice.of(seed, k, SALT_SAMPLE, data.size(), round + 1);
        boolean activation = Choice.of(seed, k, SALT_FACTOR, 2, round) == 0;
        List<AllParametersLesson.ChainRule> candidates = activation
                ? rules.stream().filter(r -> r.factors().size() > AllParametersLesson.ACTIVATION_FACTOR).toList() : rules;
        AllParametersLesson.ChainRule rule = candidates.get(Choice.of(seed, k, SALT_PARAMETER, candidates.size(), round / 2));
        int index = activation ? AllParametersLesson.ACTIVATION_FACTOR : AllParametersLesson.LOSS_FACTOR;
        AllParametersLesson.Factor factor = rule.factors().get(index);
        String name = factor.name().plain();
        String parameter = rule.parameter().name();
        List<String> names = sampleNames(data.size());
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
            String x = "z" + (j + 1);
            String y = "a" + (j + 1);
            double input = hidden[s][j];
            String written = derivativeAt(f, input);
            traps.add(Mistakes.activationForDerivative(name, f.id(), written, input, f.apply(input), right, f.apply(input)));
            return new Exercise(Quantity.CHAIN_FACTOR, subject, question,
                    List.of(capitalized(names.get(s)) + " (dosage " + d(data.input(s, 0)) + "): " + x + " = " + d(input) + ", and "
                            + y + " = " + f.id() + "(" + x + ")"),
                    right, tol,
                    name + " is how fast " + y + " changes with " + x + ": the slope of " + f.id() + " at " + x + ", "
                            + f.id() + "′(" + x + "). Here " + f.id() + "′(z) = " + derivativeText(f, "z")
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
                                           double[][] hidden, double learningRate, Tolerance tol) {
        Parameter p = rule.parameter();
        String name = p.name();
        String gradientName = "dSSR/d" + name;
        double value = step.network().get(p);
        double gradient = rule.sum();
        double stepSize = step.stepSize(p);
        List<String> names = sampleNames(data.size());
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
                    double withActivation = 0;
                    double without = 0;
                    for (int s = 0; s < samples; s++) {
                        double others = 1;
                        for (int i = 0; i < factorNames.size(); i++) if (i != AllParametersLesson.ACTIVATION_FACTOR) others *= rule.values()[s][i];
                        withActivation += others * f.apply(hidden[s][j]);
                        without += others;
                    }
                    String factor = factorNames.get(AllParametersLesson.ACTIVATION_FACTOR);
                    String x = "z" + (j + 1);
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
                traps.add(Mistakes.flippedSign("the step size", stepSize));
                traps.add(Mistakes.withoutFactorTwo("the step size", stepSize));
                yield new Exercise(quantity, "the step size of " + name, "What is the step size of " + name + " at step " + step.index() + "?",
                        List.of("gradient " + gradientName + " = " + d(gradient), "learning rate = " + exact(learningRate)), stepSize, tol,
                        "The step size is the gradient times the learning rate.",
                        "step size = gradient × learning rate = " + p(gradient) + " × " + exact(learningRate) + " = " + d(stepSize),
                        traps, -1, name, null);
            }
            case NEW_VALUE -> {
                double next = value - stepSize;
                traps.addAll(Mistakes.ofNewValue("gradient", name, value, gradient, learningRate, stepSize));
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
}
