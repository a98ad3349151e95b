package io.stepwise.playground;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Network;
import java.util.Arrays;
import java.util.Random;

/** Where a playground run's parameters start: values given one by one, or drawn from a seed. */
public sealed interface Start {
    /** The largest seed a URL may carry. */
    long MAX_SEED = 999_999_999L;

    /** The starting network for this architecture. */
    Network network(Architecture arch);

    /**
     * Random start values, reproducible from the seed alone. Each weight is drawn, in the
     * documented order (w1, w2, …), from the uniform distribution on [−L, L] with
     * L = √(6 / (fan-in + fan-out)) of its layer (Glorot and Bengio's "Xavier" initialisation,
     * which keeps the signal's size about the same through the layers), using
     * {@code java.util.Random(seed).nextDouble()}, and rounded to two decimals so that a student can
     * recompute the first steps by hand. Every bias starts at 0.
     */
    record Seeded(long seed) implements Start {
        public Seeded {
            if (seed < 0 || seed > MAX_SEED) throw new IllegalArgumentException("seed out of range: " + seed);
        }

        @Override
        public Network network(Architecture arch) {
            Random random = new Random(seed);
            double[] w = new double[arch.weightCount()];
            for (int l = 1; l < arch.layerCount(); l++) {
                double limit = Math.sqrt(6.0 / (arch.size(l - 1) + arch.size(l)));
                for (int j = 0; j < arch.size(l); j++) {
                    for (int i = 0; i < arch.size(l - 1); i++) {
                        double u = random.nextDouble() * 2 - 1;
                        w[arch.weightIndex(l, j, i)] = Math.round(u * limit * 100) / 100.0 + 0.0;
                    }
                }
            }
            return new Network(arch, w, new double[arch.biasCount()]);
        }
    }

    /** Start values typed in: weights and biases in the documented order. */
    record Given(double[] weights, double[] biases) implements Start {
        public Given {
            weights = weights.clone();
            biases = biases.clone();
        }

        public static Given of(Network network) {
            return new Given(network.weights(), network.biases());
        }

        @Override
        public double[] weights() { return weights.clone(); }

        @Override
        public double[] biases() { return biases.clone(); }

        /** True when the values fit this architecture's parameter counts. */
        public boolean fits(Architecture arch) {
            return weights.length == arch.weightCount() && biases.length == arch.biasCount();
        }

        @Override
        public Network network(Architecture arch) {
            return new Network(arch, weights, biases);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Given g && Arrays.equals(weights, g.weights) && Arrays.equals(biases, g.biases);
        }

        @Override
        public int hashCode() { return 31 * Arrays.hashCode(weights) + Arrays.hashCode(biases); }

        @Override
        public String toString() { return "Given[w=" + Arrays.toString(weights) + ", b=" + Arrays.toString(biases) + "]"; }
    }
}
