package io.stepwise.exercise;

import static io.stepwise.exercise.Mistakes.d;

import io.stepwise.engine.Activation;
import io.stepwise.tutorial.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * What the lessons' question sources share: which quantity a step asks (from the set, in turn step
 * by step, or drawn from the seed), the salts that tell one step's draws apart, and how samples and
 * activations' derivatives are written. Each lesson's own source builds its exercise from the
 * numbers its view holds; the traps are the mistake detectors' values for the same numbers.
 */
public final class ExerciseGenerator {
    public static final int SALT_QUANTITY = 1;
    public static final int SALT_SAMPLE = 2;
    public static final int SALT_NEURON = 3;
    public static final int SALT_PARAMETER = 4;
    public static final int SALT_FACTOR = 5;

    private ExerciseGenerator() {}

    /** The quantity asked at step k: the set's quantities in turn, or drawn from the seed. */
    public static Quantity quantity(ExerciseSet set, Long seed, int k) {
        List<Quantity> asked = set.quantities();
        return asked.get(Choice.of(seed, k, SALT_QUANTITY, asked.size(), k));
    }

    /** "sample 1", "sample 2", … */
    public static List<String> sampleNames(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) names.add("sample " + (i + 1));
        return names;
    }

    /** A number a view shows, as the double it was made from: {@link Num} keeps every digit. */
    public static double value(Num n) { return Double.parseDouble(n.full()); }

    public static String capitalized(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    /** How an activation's derivative is written, in terms of z. */
    public static String derivativeText(Activation f) { return derivativeText(f, "z"); }

    /** How an activation's derivative is written, in terms of the variable {@code v}, e.g. "x". */
    public static String derivativeText(Activation f, String v) {
        return switch (f) {
            case SOFTPLUS -> "σ(" + v + ") = 1 / (1 + e^−" + v + ")";
            case SIGMOID -> "σ(" + v + ") · (1 − σ(" + v + "))";
            case TANH -> "1 − tanh²(" + v + ")";
            case RELU -> "1 when " + v + " > 0, else 0";
            case IDENTITY -> "1";
        };
    }

    /** An activation's derivative at z as written before it is worked out, e.g. σ(0.35); "" when it is a constant. */
    public static String derivativeAt(Activation f, double z) { return derivativeAt(f, d(z)); }

    /** The same at an input given as text, e.g. σ(z1) for "z1". */
    public static String derivativeAt(Activation f, String input) {
        String at = "(" + input + ")";
        return switch (f) {
            case SOFTPLUS -> "σ" + at;
            case SIGMOID -> "σ" + at + " · (1 − σ" + at + ")";
            case TANH -> "1 − tanh²" + at;
            case RELU, IDENTITY -> "";
        };
    }
}
