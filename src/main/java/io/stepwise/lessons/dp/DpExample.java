package io.stepwise.lessons.dp;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Network;
import java.util.List;
import java.util.Random;
import io.stepwise.tutorial.DosageExample;

/**
 * The networks the dynamic-programming lesson can show. The smallest is the first lesson's
 * network at b3 = 0, so its δ values match that lesson; deeper ones get fixed, seeded weights
 * rounded to two decimals so a student can recompute them.
 */
public record DpExample(String id, String title, Network network, Dataset data) {

    public static final List<DpExample> ALL = List.of(
            new DpExample("1-2-1", "1-2-1: the dosage network", DosageExample.lastBiasStart(0), DosageExample.DATA),
            seeded("2-3-3-1", "2-3-3-1: two inputs, two hidden layers", 23,
                    new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}}, 2, 3, 3, 1),
            seeded("1-4-4-4-1", "1-4-4-4-1: three hidden layers of four", 41,
                    new double[][] {{0}, {0.5}, {1}}, new double[][] {{0}, {1}, {0}}, 1, 4, 4, 4, 1));

    /**
     * The sample the lesson opens on: the first whose every input is non-zero, so that no path
     * product starts with a 0 input (the 2-3-3-1 network's second sample has x1 = 0).
     */
    public int openingSample() {
        for (int s = 0; s < data.size(); s++) {
            boolean zero = false;
            for (int i = 0; i < network.architecture().inputCount(); i++) zero |= data.input(s, i) == 0;
            if (!zero) return s;
        }
        return 0;
    }

    public static DpExample byId(String id) {
        for (DpExample e : ALL) if (e.id.equals(id)) return e;
        return null;
    }

    private static DpExample seeded(String id, String title, long seed, double[][] x, double[][] y, int... sizes) {
        Architecture arch = Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, sizes);
        Random random = new Random(seed);
        double[] w = new double[arch.weightCount()];
        double[] b = new double[arch.biasCount()];
        for (int i = 0; i < w.length; i++) w[i] = Math.round((random.nextDouble() * 4 - 2) * 100) / 100.0;
        for (int i = 0; i < b.length; i++) b[i] = Math.round((random.nextDouble() - 0.5) * 100) / 100.0;
        return new DpExample(id, title, new Network(arch, w, b), new Dataset(x, y));
    }
}
