package io.stepwise.lessons.dp;

import static io.stepwise.exercise.ExerciseGenerator.SALT_NEURON;
import static io.stepwise.exercise.ExerciseGenerator.derivativeAt;
import static io.stepwise.exercise.ExerciseGenerator.derivativeText;
import static io.stepwise.exercise.ExerciseGenerator.value;
import static io.stepwise.exercise.Mistakes.d;
import static io.stepwise.exercise.Mistakes.p;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
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

/** The dynamic-programming lesson's question: the δ of a neuron in the next layer to fill. */
public final class DpQuestions {
    private DpQuestions() {}

    /**
     * The next δ to fill: a neuron of the layer just before the filled ones (the output layer when
     * none is filled), for the view's sample, with SSR. Its z and activation, and the δ of the
     * layer after it, are the view's table; the δ asked is worked out from them as the student does,
     * in the engine's order of operations, so it is the δ the table shows once filled.
     *
     * @return the exercise, or null when the table is full
     */
    public static Exercise ask(DpView view, ExerciseSet set, Long seed) {
        Network network = view.example().network();
        Dataset data = view.example().data();
        int sample = view.state().sample();
        int filled = view.state().filled();
        Architecture arch = network.architecture();
        int last = arch.layerCount() - 1;
        if (filled >= last) return null;
        int layer = last - filled;
        int j = Choice.of(seed, filled, SALT_NEURON, arch.size(layer), filled + sample);
        DpView.Cell cell = view.columns().get(layer).cells().get(j);
        Activation f = arch.activation(layer);
        double z = value(cell.preActivation());
        double a = value(cell.activation());
        double fPrime = f.derivative(z);
        String neuron = cell.label();
        String subject = "δ of " + neuron + " for sample " + (sample + 1);
        String question = "What is δ of " + neuron + " for sample " + (sample + 1) + "?";
        Tolerance tol = set.tolerance();
        List<Trap> traps = new ArrayList<>();
        List<String> given = new ArrayList<>();
        given.add(neuron + ": z = " + d(z) + ", activation " + f.id());
        String derivativeHint = " Here f is " + f.id() + ", and " + f.id() + "′(z) = " + derivativeText(f) + ".";
        if (layer == last) {
            double y = data.target(sample, j);
            double dLoss = Loss.SSR.derivative(y, a, data.size() * arch.outputCount());
            double delta = dLoss * fPrime;
            given.add("target y = " + d(y) + ", prediction ŷ = " + d(a));
            traps.add(Mistakes.flippedResiduals("δ", delta));
            traps.add(Mistakes.withoutFactorTwo("δ", delta));
            traps.add(Mistakes.activationForDerivative("δ", f.id(), derivativeAt(f, z), z, a, fPrime, dLoss * a));
            traps.add(Mistakes.withoutOutputDerivative(f.id(), z, fPrime, dLoss));
            return new Exercise(Quantity.DELTA, subject, question, given, delta, tol,
                    "At the output, δ = ∂SSR/∂ŷ · f′(z), and ∂SSR/∂ŷ = −2 · (y − ŷ)." + derivativeHint,
                    "δ = −2 · (" + d(y) + " − " + p(a) + ") · " + f.id() + "′(" + d(z) + ") = " + p(dLoss) + " · " + p(fPrime) + " = " + d(delta),
                    traps, sample, null, neuron);
        }
        double sum = 0;
        StringBuilder terms = new StringBuilder();
        List<DpView.Cell> after = view.columns().get(layer + 1).cells();
        for (int k = 0; k < after.size(); k++) {
            double w = network.weight(layer + 1, k, j);
            double next = value(after.get(k).delta());
            sum += w * next;
            String weight = "w" + (arch.weightIndex(layer + 1, k, j) + 1);
            given.add(weight + " (" + neuron + " → " + after.get(k).label() + ") = " + d(w) + ", δ of " + after.get(k).label() + " = " + d(next));
            terms.append(k > 0 ? " + " : "").append(p(w)).append(" · ").append(p(next));
        }
        double delta = fPrime * sum;
        traps.add(Mistakes.activationForDerivative("δ", f.id(), derivativeAt(f, z), z, a, fPrime, a * sum));
        traps.add(Mistakes.withoutDerivative(f.id(), z, fPrime, sum));
        traps.add(Mistakes.flippedSign("δ", delta));
        return new Exercise(Quantity.DELTA, subject, question, given, delta, tol,
                "A hidden neuron’s δ is f′(z) · Σ (weight to each next neuron × that neuron’s δ). Use the derivative of the activation, not the activation." + derivativeHint,
                "δ = " + f.id() + "′(" + d(z) + ") · (" + terms + ") = " + d(fPrime) + " · " + p(sum) + " = " + d(delta),
                traps, sample, null, neuron);
    }
}
