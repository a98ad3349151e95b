package io.stepwise.exercise;

import java.util.Locale;

/** What an exercise asks the student to compute. */
public enum Quantity {
    /** observed − predicted for one sample. */
    RESIDUAL("a residual"),
    /** dSSR/d(parameter): the sum over the samples of each sample's chain-rule product. */
    SLOPE("the slope"),
    /** slope × learning rate. */
    STEP_SIZE("the step size"),
    /** old value − step size. */
    NEW_VALUE("the new value of the parameter"),
    /** δ = ∂SSR/∂z of one neuron for one sample. */
    DELTA("a δ"),
    /** One factor of a chain-rule product for one sample. */
    CHAIN_FACTOR("one factor of a chain-rule product"),
    /** One parameter's gradient in a network where every parameter is trained. */
    GRADIENT("a gradient");

    private final String description;

    Quantity(String description) { this.description = description; }

    /** The lower-case name used in URLs and exercise files, e.g. "step-size". */
    public String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** In words, e.g. "the step size". */
    public String description() { return description; }

    /** The quantity with this id, or null when there is none. */
    public static Quantity fromId(String id) {
        for (Quantity q : values()) if (q.id().equals(id)) return q;
        return null;
    }
}
