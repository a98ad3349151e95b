package io.stepwise.tutorial;

import io.stepwise.input.NumberText;
import io.stepwise.input.Recent;
import io.stepwise.input.ShortestDecimal;

/**
 * A number as a page shows it: rounded to three significant figures for reading, with the full
 * double kept for hovering and for machines.
 */
public record Num(String display, String full) {
    private static final Recent<Num> RECENT = new Recent<>(Num::make);

    public static Num of(double value) { return RECENT.of(value); }

    private static Num make(double value) {
        String full = ShortestDecimal.of(value);
        return new Num(display(value, full), full);
    }

    /**
     * True when the display is the whole value (0.5, −1.13, 2 for 2.0): there are no more digits to
     * show on hover, so the page shows the plain number.
     */
    public boolean exact() {
        int d = !display.isEmpty() && display.charAt(0) == NumberText.MINUS ? 1 : 0;
        int f = full.startsWith("-") ? 1 : 0;
        if (d != f) return false;
        int n = display.length() - d;
        int rest = full.length() - f - n;
        return full.regionMatches(f, display, d, n) && (rest == 0 || rest == 2 && full.endsWith(".0"));
    }

    public static Num of(int value) {
        return new Num(NumberText.shown(Integer.toString(value)), Integer.toString(value));
    }

    /** Three significant figures, plain notation between 0.0001 and a million, a true minus sign. */
    static String display(double value) { return display(value, ShortestDecimal.of(value)); }

    /** @param full the value in full (as Double.toString), which the rounding starts from */
    private static String display(double value, String full) {
        if (Double.isNaN(value)) return "not a number";
        if (Double.isInfinite(value)) return value > 0 ? "∞" : NumberText.MINUS + "∞";
        if (value == 0) return "0";
        // A value that is short already (0.1, 0.5, 2) is shown as written; a longer one is rounded
        // half to even on its decimal digits, keeping trailing zeros so that every rounded number
        // shows three figures (−2.60). The digits are read off the text, as BigDecimal would read
        // them but without building one (which took a tenth of a lesson step's time).
        long all = 0; // the significant digits as a number (at most 17 of them), then rounded to three
        int count = 0; // how many digits it has
        int exponent = 0; // |value| = all · 10^exponent
        boolean point = false;
        int end = full.indexOf('E');
        if (end < 0) end = full.length();
        else exponent = Integer.parseInt(full, end + 1, full.length(), 10);
        for (int i = value < 0 ? 1 : 0; i < end; i++) {
            char c = full.charAt(i);
            if (c == '.') { point = true; continue; }
            if (point) exponent--;
            if (all == 0 && c == '0') continue;
            all = all * 10 + (c - '0');
            count++;
        }
        while (all % 10 == 0) { all /= 10; count--; exponent++; }
        int digits = (int) all;
        if (count > 3) {
            long scale = POWERS[count - 3];
            digits = (int) (all / scale);
            long rest = all % scale;
            long half = scale / 2;
            if (rest > half || (rest == half && (digits & 1) == 1)) digits++;
            exponent += count - 3;
            count = 3;
            if (digits == 1000) { digits = 100; exponent++; }
        }
        int leading = count - 1 + exponent; // the exponent of the first figure
        StringBuilder text = new StringBuilder(12);
        if (value < 0) text.append(NumberText.MINUS);
        String figures = Integer.toString(digits);
        if (leading < -4 || leading >= 6) {
            // d.dd e n, as "%.2e" would write it but without a formatter (ten times cheaper)
            text.append(figures.charAt(0)).append('.');
            for (int i = 1; i < 3; i++) text.append(i < count ? figures.charAt(i) : '0');
            text.append('e');
            if (leading < 0) text.append(NumberText.MINUS);
            return text.append(Math.abs(leading)).toString();
        }
        if (exponent >= 0) {
            text.append(figures);
            for (int i = 0; i < exponent; i++) text.append('0');
        } else if (-exponent >= count) {
            text.append("0.");
            for (int i = count; i < -exponent; i++) text.append('0');
            text.append(figures);
        } else {
            text.append(figures, 0, count + exponent).append('.').append(figures, count + exponent, count);
        }
        return text.toString();
    }

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
        1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L};
}
