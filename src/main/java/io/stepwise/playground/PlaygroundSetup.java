package io.stepwise.playground;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Limits;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.Trace;
import io.stepwise.tutorial.DosageExample;
import java.util.Arrays;

/**
 * Everything a playground run is made of: the network's shape and activations, the loss, where
 * the parameters start, which of them train, the data, and the descent's settings. Valid by
 * construction: the decoders check every field before they build one.
 *
 * @param layers sizes from input to output
 * @param tolerance "run" stops before the first update whose every trained |step size| is below it
 * @param maxSteps the most updates the controls allow
 */
public record PlaygroundSetup(int[] layers, Activation hidden, Activation output, Loss loss, Start start, TrainSet train,
                              Dataset data, double learningRate, double tolerance, int maxSteps) {
    public static final int DEFAULT_MAX_STEPS = 1_000;

    /** The dosage data and network of the tutorials, every parameter trained from the all-parameters lesson's start. */
    public static final PlaygroundSetup DEFAULT = new PlaygroundSetup(new int[] {1, 2, 1}, Activation.SOFTPLUS,
            Activation.IDENTITY, Loss.SSR, Start.Given.of(DosageExample.allParametersStart()), TrainSet.ALL,
            DosageExample.DATA, 0.1, 0.001, DEFAULT_MAX_STEPS);

    public PlaygroundSetup {
        layers = layers.clone();
        if (start instanceof Start.Given given && !given.fits(new Architecture(layers, hidden, output))) {
            throw new IllegalArgumentException("start values do not fit the " + shape(layers) + " network");
        }
    }

    @Override
    public int[] layers() { return layers.clone(); }

    public Architecture architecture() { return new Architecture(layers, hidden, output); }

    public Network startNetwork() { return start.network(architecture()); }

    public int[] trained() { return train.indices(architecture()); }

    /** The descent this setup asks for: plain gradient descent on the trained parameters. */
    public Descent.Settings descent() {
        return Descent.Settings.plain(loss, learningRate, trained(), maxSteps, tolerance);
    }

    /** Replays this setup's descent with the engine's one replay. */
    public Trace replay(Descent.Plan plan) {
        return Descent.replay(startNetwork(), data, descent(), plan);
    }

    /** The descent's cost before it starts: (max steps + 1) × samples × parameters, as the engine counts it. */
    public long work() { return Limits.work(architecture(), data.size(), maxSteps); }

    /** "2-3-1" */
    public String shape() { return shape(layers); }

    public static String shape(int[] layers) {
        StringBuilder out = new StringBuilder(layers.length * 3);
        for (int l = 0; l < layers.length; l++) (l == 0 ? out : out.append('-')).append(layers[l]);
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaygroundSetup s && Arrays.equals(layers, s.layers) && hidden == s.hidden && output == s.output
                && loss == s.loss && start.equals(s.start) && train.equals(s.train)
                && Arrays.deepEquals(data.inputs(), s.data.inputs()) && Arrays.deepEquals(data.targets(), s.data.targets())
                && Double.compare(learningRate, s.learningRate) == 0 && Double.compare(tolerance, s.tolerance) == 0
                && maxSteps == s.maxSteps;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(layers) * 31 + start.hashCode() * 17 + Double.hashCode(learningRate) + maxSteps;
    }

    @Override
    public String toString() {
        return shape() + " " + hidden.id() + "/" + output.id() + " " + loss.id() + " " + start + " train=" + train.encode()
                + " samples=" + data.size() + " lr=" + learningRate + " tol=" + tolerance + " max=" + maxSteps;
    }
}
