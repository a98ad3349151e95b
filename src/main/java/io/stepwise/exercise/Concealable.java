package io.stepwise.exercise;

/**
 * A number a lesson's page shows that an open "Your turn" question could give away. Each lesson's
 * page asks {@link Exercise#hides} about the numbers it shows; what a question hides is decided
 * there, once, for every lesson. Listed in the order they are computed: each is worked out from
 * those before it.
 */
public enum Concealable {
    /** observed − predicted of one sample (with its square), or a formula that writes out every sample's. */
    RESIDUAL,
    /** One factor of one sample's chain-rule product. */
    FACTOR,
    /** One sample's chain-rule product: its term of the slope, or one path's product. */
    PRODUCT,
    /** A parameter's slope, or gradient: the sum over the samples. */
    GRADIENT,
    /** gradient × learning rate. */
    STEP_SIZE,
    /** value − step size. */
    NEW_VALUE,
    /** A neuron's δ for one sample (dynamic programming: backpropagation, not a descent step). */
    DELTA
}
