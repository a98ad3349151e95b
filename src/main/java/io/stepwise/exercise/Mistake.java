package io.stepwise.exercise;

/** A common wrong way to compute a quantity, which the feedback names when an answer matches it. */
public enum Mistake {
    WRONG_SIGN_RESIDUAL("Wrong sign of the residual"),
    WRONG_SIGN("The sign is flipped"),
    ADDED_STEP("Added the step instead of subtracting it"),
    UNCHANGED("Left the value where it was"),
    MISSING_FACTOR_TWO("Forgot the factor 2"),
    MISSING_LEARNING_RATE("Forgot the learning rate"),
    WRONG_SAMPLES("Summed over the wrong samples"),
    ACTIVATION_NOT_DERIVATIVE("Used the activation instead of its derivative"),
    MISSING_DERIVATIVE("Left out the activation’s derivative");

    private final String title;

    Mistake(String title) { this.title = title; }

    /** A short name for the mistake, e.g. "Forgot the factor 2". */
    public String title() { return title; }
}
