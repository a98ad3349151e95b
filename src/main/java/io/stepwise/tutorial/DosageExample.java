package io.stepwise.tutorial;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Network;

/**
 * The classic dosage example: three doses of a drug, and only the middle one works. One input,
 * two softplus hidden neurons and an identity output are just enough to fit the bump.
 */
public final class DosageExample {
    public static final Architecture ARCHITECTURE = Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1);
    public static final Dataset DATA = Dataset.ofScalars(new double[] {0, 0.5, 1}, new double[] {0, 1, 0});

    /** Weights w1…w4 and biases b1, b2 already fitted; only b3 is left to learn. */
    public static Network lastBiasStart(double b3) {
        return new Network(ARCHITECTURE, new double[] {3.34, -3.53, -1.22, -2.30}, new double[] {-1.43, 0.57, b3});
    }

    /** Nothing fitted yet: w1…w4 start from a guess, b1…b3 at 0, and all seven are trained. */
    public static Network allParametersStart() {
        return new Network(ARCHITECTURE, new double[] {2.74, -1.13, 0.36, 0.63}, new double[] {0, 0, 0});
    }

    private DosageExample() {}
}
