package io.stepwise.exercise;

import io.stepwise.input.NumberText;
import io.stepwise.tutorial.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * The mistake detectors: each computes the value that one specific wrong method gives, and says
 * in one or two sentences, with the numbers, what went wrong. {@link Exercise#check} names the
 * first mistake whose value an answer matches (within the tolerance) when the answer is not right.
 */
public final class Mistakes {
    private Mistakes() {}

    /** A residual taken as predicted − observed instead of observed − predicted. */
    public static Trap residualSign(double observed, double predicted) {
        double wrong = predicted - observed;
        return new Trap(Mistake.WRONG_SIGN_RESIDUAL, wrong, "You computed predicted − observed = " + d(predicted) + " − " + p(observed)
                + " = " + d(wrong) + ". A residual is observed − predicted, so it is positive when the network predicts too little.");
    }

    /**
     * A slope, step size or δ built from residuals of the wrong sign: each term −2 · residual
     * changes sign, so the result is the right one negated.
     */
    public static Trap flippedResiduals(String what, double right) {
        return new Trap(Mistake.WRONG_SIGN_RESIDUAL, -right, "That is " + what + " with the sign flipped, which is what residuals taken as "
                + "predicted − observed give. A residual is observed − predicted, and each term is −2 · (observed − predicted).");
    }

    /** The right value with its sign flipped, e.g. a step size or a hidden neuron's δ. */
    public static Trap flippedSign(String what, double right) {
        return new Trap(Mistake.WRONG_SIGN, -right, "That is " + what + " with the sign flipped. Check the sign of each number you "
                + "multiplied: a minus times a minus is a plus.");
    }

    /** new = old: the step not taken at all. */
    public static Trap unchanged(String name, double old, double stepSize) {
        return new Trap(Mistake.UNCHANGED, old, "That is " + name + " before this step (" + d(old) + "). The step moves it: new " + name
                + " = old " + name + " − step size, and the step size here is " + d(stepSize) + ".");
    }

    /** new = old − step size / 2: the step size computed without the factor 2. */
    public static Trap halfStep(String name, double old, double stepSize) {
        double wrong = old - stepSize / 2;
        return new Trap(Mistake.MISSING_FACTOR_TWO, wrong, "You moved " + name + " by half the step size (" + d(stepSize / 2)
                + "). The derivative of (observed − predicted)² is −2 · (observed − predicted): the 2 stays in the slope, and so in the step size.");
    }

    /** new = old + step size instead of old − step size. */
    public static Trap addedStep(String name, double old, double stepSize) {
        double wrong = old + stepSize;
        return new Trap(Mistake.ADDED_STEP, wrong, "You added the step size: " + d(old) + " + " + p(stepSize) + " = " + d(wrong)
                + ". Gradient descent subtracts it (new " + name + " = old " + name + " − step size): the slope points uphill, and we want to go down.");
    }

    /** new = old + slope: added, and without the learning rate. */
    public static Trap addedSlope(String name, double old, double slope, double learningRate) {
        return addedSlope("slope", name, old, slope, learningRate);
    }

    /**
     * new = old + slope, where the lesson calls the slope {@code word} ("slope" or "gradient").
     */
    public static Trap addedSlope(String word, String name, double old, double slope, double learningRate) {
        double wrong = old + slope;
        return new Trap(Mistake.ADDED_STEP, wrong, "You added the " + word + ": " + d(old) + " + " + p(slope) + " = " + d(wrong)
                + ". Gradient descent subtracts the step size, and the step size is the " + word + " × the learning rate (" + exact(learningRate) + ").");
    }

    /**
     * A quantity proportional to ∂SSR/∂predicted = −2 · (observed − predicted), computed without
     * the 2: half the right value.
     */
    public static Trap withoutFactorTwo(String what, double right) {
        return new Trap(Mistake.MISSING_FACTOR_TWO, right / 2, "That is half of " + what + ". The derivative of (observed − predicted)² is "
                + "−2 · (observed − predicted): the 2 comes down from the square and stays in every term.");
    }

    /** step size = slope, without × learning rate. */
    public static Trap stepWithoutLearningRate(double slope, double learningRate) {
        return stepWithoutLearningRate("slope", slope, learningRate);
    }

    /** step size = slope, without × learning rate, where the lesson calls the slope {@code word}. */
    public static Trap stepWithoutLearningRate(String word, double slope, double learningRate) {
        return new Trap(Mistake.MISSING_LEARNING_RATE, slope, "That is the " + word + " itself. The step size is the " + word + " × the learning rate: "
                + d(slope) + " × " + exact(learningRate) + ". The learning rate keeps the steps small enough not to overshoot.");
    }

    /** new = old − slope: the slope subtracted without × learning rate. */
    public static Trap newValueWithoutLearningRate(String name, double old, double slope, double learningRate) {
        return newValueWithoutLearningRate("slope", name, old, slope, learningRate);
    }

    /** new = old − slope, where the lesson calls the slope {@code word}. */
    public static Trap newValueWithoutLearningRate(String word, String name, double old, double slope, double learningRate) {
        double wrong = old - slope;
        return new Trap(Mistake.MISSING_LEARNING_RATE, wrong, "You subtracted the " + word + " itself: " + d(old) + " − " + p(slope) + " = " + d(wrong)
                + ". Subtract the step size, which is the " + word + " × the learning rate (" + exact(learningRate) + "); new " + name + " = old " + name + " − step size.");
    }

    /**
     * The slips of a new value, new = old − step size, in the order they are told apart: the step
     * added, the {@code word} ("slope" or "gradient") subtracted or added without the learning
     * rate, the value left where it was, half the step.
     */
    public static List<Trap> ofNewValue(String word, String name, double old, double slope, double learningRate, double stepSize) {
        return List.of(addedStep(name, old, stepSize), newValueWithoutLearningRate(word, name, old, slope, learningRate),
                addedSlope(word, name, old, slope, learningRate), unchanged(name, old, stepSize), halfStep(name, old, stepSize));
    }

    /** One sample's value where another sample's was asked for. */
    public static Trap otherSample(String what, String asked, String used, double value) {
        return new Trap(Mistake.WRONG_SAMPLES, value, "That is " + what + " of " + used + ", not of " + asked + ". Take the numbers from " + asked + "’s row.");
    }

    /**
     * A sum over the samples taken over only some of them: each single term, and (with three or
     * more samples) each sum that leaves one sample out.
     *
     * @param names the samples, e.g. "sample 1"
     * @param terms each sample's term, in the same order
     */
    public static List<Trap> partialSums(String what, List<String> names, double[] terms) {
        return partialSums(what, "term", names, terms);
    }

    /**
     * {@link #partialSums(String, List, double[])} where the lesson calls each sample's part of the
     * sum a {@code term} such as "product".
     */
    public static List<Trap> partialSums(String what, String term, List<String> sampleNames, double[] sampleTerms) {
        // Copied: the explanations are worded later, if ever, and must not see the caller's arrays change.
        List<String> names = List.copyOf(sampleNames);
        double[] terms = sampleTerms.clone();
        List<Trap> traps = new ArrayList<>();
        int n = terms.length;
        if (n < 2) return traps;
        for (int i = 0; i < n; i++) {
            int only = i;
            traps.add(new Trap(Mistake.WRONG_SAMPLES, terms[i], () -> "That is only " + names.get(only) + "’s " + term + " (" + d(terms[only]) + "). "
                    + cap(what) + " sums the " + term + "s of all " + n + " samples."));
        }
        if (n >= 3) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) if (j != i) sum += terms[j];
                int left = i;
                traps.add(new Trap(Mistake.WRONG_SAMPLES, sum, () -> "You left out " + names.get(left) + "’s " + term + " (" + d(terms[left]) + "). "
                        + cap(what) + " sums the " + term + "s of all " + n + " samples."));
            }
        }
        return traps;
    }

    /**
     * f(z) used where the chain rule needs f′(z): {@code wrong} is the whole result computed with the
     * activation in place of its derivative.
     *
     * @param f the activation's name, e.g. "softplus"
     * @param derivative how its derivative at z is written, e.g. "σ(0.35)", or "" when it is just a number
     */
    public static Trap activationForDerivative(String what, String f, String derivative, double z, double activation,
                                               double slope, double wrong) {
        String written = derivative == null || derivative.isEmpty() ? "" : derivative + " = ";
        return new Trap(Mistake.ACTIVATION_NOT_DERIVATIVE, wrong, "You used " + f + "(" + d(z) + ") = " + d(activation) + ", the activation, where "
                + what + " needs its derivative " + f + "′(" + d(z) + ") = " + written + d(slope) + ".");
    }

    /**
     * f(x) in place of f′(x) in every sample's chain-rule product of a sum such as a gradient:
     * {@code wrong} is the sum computed that way.
     *
     * @param factor the factor that needs the derivative, e.g. "dy1/dx1"
     * @param input the activation's input, e.g. "x1"
     * @param derivative its derivative written out, e.g. "σ(x1)"
     */
    public static Trap activationInProducts(String what, String factor, String f, String input, String derivative, double wrong) {
        return new Trap(Mistake.ACTIVATION_NOT_DERIVATIVE, wrong, "That is " + what + " with " + f + "(" + input + ") in each product: "
                + d(wrong) + ". " + f + "(" + input + ") is the activation itself; the factor " + factor + " is its derivative, "
                + f + "′(" + input + ") = " + derivative + ".");
    }

    /**
     * A chain-rule factor f′(x) left out of every sample's product of a sum such as a gradient:
     * {@code wrong} is the sum of the shorter products.
     */
    public static Trap derivativeLeftOut(String what, String factor, String f, String input, String derivative, double wrong) {
        return new Trap(Mistake.MISSING_DERIVATIVE, wrong, "That is " + what + " without the factor " + factor + " (" + d(wrong)
                + "). The path to the prediction goes through the neuron’s activation, so each product also needs its slope, "
                + f + "′(" + input + ") = " + derivative + ".");
    }

    /** f′(z) left out of a δ: just the sum Σ w · δ of the next layer. */
    public static Trap withoutDerivative(String f, double z, double derivative, double sum) {
        return new Trap(Mistake.MISSING_DERIVATIVE, sum, "That is Σ w · δ alone (" + d(sum) + "). The δ of a hidden neuron also multiplies by its "
                + "activation’s slope at its input: " + f + "′(" + d(z) + ") = " + d(derivative) + ".");
    }

    /** f′(z) left out of an output δ: just ∂SSR/∂ŷ (the same when the output is the identity, f′ = 1). */
    public static Trap withoutOutputDerivative(String f, double z, double derivative, double dLoss) {
        return new Trap(Mistake.MISSING_DERIVATIVE, dLoss, "That is ∂SSR/∂ŷ alone (" + d(dLoss) + "). δ is taken with respect to the "
                + "neuron’s input z, so it also multiplies by the activation’s slope there: " + f + "′(" + d(z) + ") = " + d(derivative) + ".");
    }

    /** A number as the page shows it. */
    public static String d(double v) { return Num.of(v).display(); }

    /** A number after an operator: negative ones in parentheses. */
    public static String p(double v) { return v < 0 ? "(" + d(v) + ")" : d(v); }

    /** A setting as typed (0.1 stays 0.1). */
    public static String exact(double v) { return NumberText.shown(NumberText.plain(v)); }

    private static String cap(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
