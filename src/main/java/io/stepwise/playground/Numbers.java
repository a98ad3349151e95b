package io.stepwise.playground;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as the playground reads and writes them: plain decimals only (no NaN, infinities, hex
 * or type suffixes, which {@link Double#parseDouble} would accept), and written back in the
 * shortest form that reads back to the same double, so a permalink reproduces every value exactly.
 */
public final class Numbers {
    /** Optional sign, digits with an optional point, optional exponent. The true minus sign is read as '-'. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");
    /** Longer text is refused before it is parsed. */
    public static final int MAX_LENGTH = 40;

    private Numbers() {}

    /** The outcome of reading one number: the value, or what is wrong with the text in words. */
    public record Read(double value, String problem) {
        public boolean ok() { return problem == null; }
    }

    /**
     * Reads a finite decimal number. The problem, when there is one, completes a sentence that
     * starts with the field's name: "must be a number, not “abc”".
     */
    public static Read read(String raw) {
        if (raw == null || raw.isBlank()) return new Read(0, "is empty");
        String text = raw.strip().replace('\u2212', '-');
        if (text.length() > MAX_LENGTH) return new Read(0, "is too long (at most " + MAX_LENGTH + " characters)");
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            return new Read(0, "must be a finite number, not “" + shorten(raw.strip()) + "”");
        }
        if (!DECIMAL.matcher(text).matches()) return new Read(0, "must be a number, not “" + shorten(raw.strip()) + "”");
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) return new Read(0, "is too large to compute with (“" + shorten(raw.strip()) + "”)");
        return new Read(v, null);
    }

    /**
     * Short text that reads back as exactly this double: "0.1", "3", "-2.5", "0.001", "1e-7",
     * "1.5e20" (plain unless scientific notation is clearly shorter). Uses '-': URLs and CSV want ASCII.
     */
    public static String compact(double v) {
        if (v == 0) return (1 / v < 0) ? "-0" : "0";
        BigDecimal exact = BigDecimal.valueOf(v).stripTrailingZeros();
        String plain = exact.toPlainString();
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String scientific = (v < 0 ? "-" : "") + mantissa + "e" + exponent;
        // Plain reads better ("0.001", not "1e-3"); scientific only where it saves real length.
        return scientific.length() + 2 < plain.length() ? scientific : plain;
    }

    static String shorten(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }
}
