package io.stepwise.lessons.lastbias;

import static io.stepwise.exercise.ExerciseGenerator.SALT_SAMPLE;
import static io.stepwise.exercise.Mistakes.d;
import static io.stepwise.exercise.Mistakes.exact;
import static io.stepwise.exercise.Mistakes.p;

import io.stepwise.engine.Dataset;
import io.stepwise.engine.Parameter;
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

/** The "fit the last bias" lesson's questions: a residual, the slope, the step size or the new b3. */
public final class LastBiasQuestions {
    private static final Parameter B3 = Parameter.parse(DosageExample.ARCHITECTURE, "b3");

    private LastBiasQuestions() {}

    /** The question about the step the view shows, from the engine's state the view holds. */
    public static Exercise ask(LastBiasView view, ExerciseSet set, Long seed) {
        Step step = view.steps().get(view.steps().size() - 1);
        return of(step, DosageExample.DATA, B3, view.state().learningRate(), set, seed);
    }

    /**
     * An exercise on one step of gradient descent on the output bias (identity output, SSR loss),
     * where dpredicted/dbias = 1 and so each sample's term of the slope is −2 · residual.
     *
     * @param step the current state, with its predictions, residuals, gradient and step sizes
     * @param bias the trained output bias, e.g. b3
     */
    public static Exercise of(Step step, Dataset data, Parameter bias, double learningRate, ExerciseSet set, Long seed) {
        int k = step.index();
        List<Quantity> asked = set.quantities();
        Quantity quantity = ExerciseGenerator.quantity(set, seed, k);
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
                traps.add(Mistakes.flippedSign("the step size", stepSize));
                traps.add(Mistakes.withoutFactorTwo("the step size", stepSize));
                yield new Exercise(quantity, "the step size", "What is the step size of this step" + at + "?",
                        List.of("slope dSSR/d" + name + " = " + d(slope), "learning rate = " + exact(learningRate)), stepSize, tol,
                        "The step size is the slope times the learning rate.",
                        "step size = slope × learning rate = " + p(slope) + " × " + exact(learningRate) + " = " + d(stepSize), traps);
            }
            case NEW_VALUE -> {
                double next = value - stepSize;
                traps.addAll(Mistakes.ofNewValue("slope", name, value, slope, learningRate, stepSize));
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
}
