package io.stepwise.lessons.dp;

/**
 * The dynamic-programming lesson's state: which network, how many layers of δ are filled (counted
 * from the output back), which parameter's paths are listed, and which sample is shown.
 */
public record DpState(String example, int filled, String parameter, int sample) {
    public static final DpState DEFAULT = new DpState("1-2-1", 0, "w1", 1);

    public DpState withFilled(int filled) { return new DpState(example, filled, parameter, sample); }
}
