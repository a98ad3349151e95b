package io.stepwise.engine;

import java.util.Locale;

/** A neuron's activation function f and its derivative f', both taken at the pre-activation x. */
public enum Activation {
    /** f(x) = ln(1 + eˣ), f'(x) = σ(x). Computed so that large |x| neither overflows nor loses digits. */
    SOFTPLUS {
        @Override public double apply(double x) { return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)); }
        @Override public double derivative(double x) { return sigmoid(x); }
    },
    /** f(x) = max(0, x); f'(0) is taken as 0, as most libraries do. */
    RELU {
        @Override public double apply(double x) { return x > 0 ? x : 0; }
        @Override public double derivative(double x) { return x > 0 ? 1 : 0; }
    },
    /** f(x) = σ(x) = 1 / (1 + e⁻ˣ), f'(x) = σ(x)·(1 − σ(x)). */
    SIGMOID {
        @Override public double apply(double x) { return sigmoid(x); }
        @Override public double derivative(double x) { double s = sigmoid(x); return s * (1 - s); }
    },
    /** f(x) = tanh(x), f'(x) = 1 − tanh²(x). */
    TANH {
        @Override public double apply(double x) { return Math.tanh(x); }
        @Override public double derivative(double x) { double t = Math.tanh(x); return 1 - t * t; }
    },
    /** f(x) = x, f'(x) = 1. */
    IDENTITY {
        @Override public double apply(double x) { return x; }
        @Override public double derivative(double x) { return 1; }
    };

    public abstract double apply(double x);

    public abstract double derivative(double x);

    /** The lower-case name used in URLs and JSON, e.g. "softplus". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The activation with this id, or null when there is none. */
    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id().equals(id)) return a;
        }
        return null;
    }

    private static double sigmoid(double x) {
        // Two branches so that exp never overflows.
        if (x >= 0) return 1 / (1 + Math.exp(-x));
        double e = Math.exp(x);
        return e / (1 + e);
    }
}
