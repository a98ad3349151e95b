package io.stepwise.playground;

import io.stepwise.engine.Dataset;
import io.stepwise.tutorial.DosageExample;
import java.util.List;

/** Ready-made data sets to start from. Their numbers are written out here so that they never change. */
public final class Presets {

    /**
     * One data set.
     *
     * @param id the form's value, e.g. "xor"
     * @param title what the form's list shows
     */
    public record Preset(String id, String title, String description, Dataset data) {
        public int inputs() { return data.inputs()[0].length; }

        public int outputs() { return data.targets()[0].length; }
    }

    public static final List<Preset> ALL = List.of(
            new Preset("dosage", "Dosage (1 input, 1 output, 3 rows)",
                    "The tutorials’ three doses: only the middle one works.", DosageExample.DATA),
            new Preset("noisy-curve", "Noisy curve (1 input, 1 output, 11 rows)",
                    "One period of a sine wave, sin(2πx) for x from 0 to 1, with a little noise (seeded, rounded to two decimals).",
                    Dataset.ofScalars(new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1},
                            new double[] {0.08, 0.68, 0.92, 1.03, 0.72, -0.09, -0.53, -0.83, -0.7, -0.66, -0.14})),
            new Preset("xor", "XOR (2 inputs, 1 output, 4 rows)",
                    "Exclusive or: 1 when exactly one input is 1. No straight line separates it, so it needs a hidden layer.",
                    new Dataset(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}})),
            new Preset("and-or", "AND and OR (2 inputs, 2 outputs, 4 rows)",
                    "Two outputs at once: the first is x1 AND x2, the second x1 OR x2.",
                    new Dataset(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0, 0}, {0, 1}, {0, 1}, {1, 1}})));

    private Presets() {}

    /** The preset with this id, or null. */
    public static Preset byId(String id) {
        for (Preset p : ALL) if (p.id().equals(id)) return p;
        return null;
    }
}
