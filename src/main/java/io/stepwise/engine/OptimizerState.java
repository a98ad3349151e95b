package io.stepwise.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an {@link Optimizer} remembers between updates at one state of a run, as named vectors in
 * flat parameter order: momentum's velocity, Adam's first and second moment estimates. Plain
 * gradient descent remembers nothing ({@link #NONE}).
 */
public record OptimizerState(Map<String, double[]> vectors) {
    public static final OptimizerState NONE = new OptimizerState(Map.of());

    public OptimizerState {
        Map<String, double[]> copy = new LinkedHashMap<>();
        vectors.forEach((name, v) -> copy.put(name, v.clone()));
        vectors = java.util.Collections.unmodifiableMap(copy);
    }

    /** A copy of the named vector, or null when this optimizer keeps none by that name. */
    public double[] vector(String name) {
        double[] v = vectors.get(name);
        return v == null ? null : v.clone();
    }

    /** True when every remembered number is finite: a state that overflowed cannot be resumed. */
    public boolean isFinite() {
        for (double[] v : vectors.values()) for (double x : v) if (!Double.isFinite(x)) return false;
        return true;
    }
}
