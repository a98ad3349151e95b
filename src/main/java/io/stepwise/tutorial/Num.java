package io.stepwise.tutorial;

import io.stepwise.input.NumberText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A number as a page shows it: rounded to three significant figures for reading, with the full
 * double kept for hovering and for machines.
 */
public record Num(String display, String full) {
    private static final MathContext DISPLAY = new MathContext(3, RoundingMode.HALF_EVEN);

    public static Num of(double value) {
        String full = Double.toString(value);
        return new Num(display(value, full), full);
    }

    public static Num of(int value) {
        return new Num(NumberText.shown(Integer.toString(value)), Integer.toString(value));
    }

    /** Three significant figures, plain notation between 0.0001 and a million, a true minus sign. */
    static String display(double value) { return display(value, Double.toString(value)); }

    /** @param full {@code Double.toString(value)}, which the rounding starts from */
    private static String display(double value, String full) {
        if (Double.isNaN(value)) return "not a number";
        if (Double.isInfinite(value)) return value > 0 ? "∞" : NumberText.MINUS + "∞";
        if (value == 0) return "0";
        // A value that is short already (0.1, 0.5, 2) is shown as written; a longer one is rounded,
        // keeping trailing zeros so that every rounded number shows three figures (−2.60).
        BigDecimal shortest = new BigDecimal(full).stripTrailingZeros();
        BigDecimal rounded = shortest.precision() <= 3 ? shortest : shortest.round(DISPLAY);
        double magnitude = Math.abs(rounded.doubleValue());
        String text;
        if (magnitude >= 1e-4 && magnitude < 1e6) {
            text = rounded.toPlainString();
        } else {
            text = scientific(rounded);
        }
        return NumberText.shown(text);
    }

    /** d.dd e n from at most three significant digits, as "%.2e" would write them but without a formatter (ten times cheaper). */
    private static String scientific(BigDecimal rounded) {
        StringBuilder digits = new StringBuilder(rounded.unscaledValue().abs().toString());
        while (digits.length() < 3) digits.append('0');
        int exponent = rounded.precision() - rounded.scale() - 1;
        return (rounded.signum() < 0 ? "-" : "") + digits.charAt(0) + "." + digits.charAt(1) + digits.charAt(2) + "e" + exponent;
    }
}
