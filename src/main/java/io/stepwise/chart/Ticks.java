package io.stepwise.chart;

import io.stepwise.input.NumberText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Round numbers for axes, the way d3's {@code ticks} and {@code nice} choose them: the step is 1, 2
 * or 5 times a power of ten, whichever brings the number of ticks closest to the count asked for.
 * Tick values are computed as exact decimals (index × step), so a label never shows float noise
 * such as 0.30000000000000004; labels use a true minus sign (U+2212).
 */
public final class Ticks {
    /** Thresholds between the 1, 2, 5 and 10 steps: the geometric means √2, √10 and √50. */
    private static final double E2 = Math.sqrt(2);
    private static final double E5 = Math.sqrt(10);
    private static final double E10 = Math.sqrt(50);
    /**
     * Index arithmetic snaps to the nearest integer within this distance (in steps), or within the
     * rounding error of a large index: v / step is off by a few ulps, never by a billionth of a step.
     */
    private static final double SNAP = 1e-9;
    private static final double SNAP_RELATIVE = 1e-14;
    /** No axis needs more ticks than this; more means the step was wrong. */
    private static final int MAX_TICKS = 1_000;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Ticks() {}

    /** A tick step: factor · 10^power with factor 1, 2 or 5. */
    record Step(int factor, int power) {
        /** How many steps v is from 0; for negative powers computed as v · 10^−power / factor, which is exact more often. */
        double units(double v) {
            double u = power < 0 ? v * Math.pow(10, -power) / factor : v / (factor * Math.pow(10, power));
            double r = Math.rint(u);
            return Math.abs(u - r) <= Math.max(SNAP, SNAP_RELATIVE * Math.abs(u)) ? r : u;
        }

        /** index · step as an exact decimal. */
        BigDecimal at(long index) {
            return BigDecimal.valueOf(index * factor).scaleByPowerOfTen(power);
        }
    }

    /** The step for about {@code count} ticks over [start, stop] (start < stop). */
    static Step step(double start, double stop, int count) {
        double raw = (stop - start) / Math.max(1, count);
        int power = (int) Math.floor(Math.log10(raw));
        double error = raw / Math.pow(10, power);
        if (error >= E10) return new Step(1, power + 1);
        if (error >= E5) return new Step(5, power);
        if (error >= E2) return new Step(2, power);
        return new Step(1, power);
    }

    /**
     * [min, max] widened outwards to multiples of the tick step, as d3's {@code nice}: [−0.3, 2.7]
     * becomes [−0.5, 3] for 5 ticks. An empty interval is first widened by 10% of its value (or by 1
     * around 0) so that it has a step at all.
     */
    public static double[] nice(double min, double max, int count) {
        double[] d = ordered(min, max);
        double lo = d[0];
        double hi = d[1];
        Step previous = null;
        for (int i = 0; i < 10; i++) {
            Step s = step(lo, hi, count);
            if (s.equals(previous)) break;
            double niceLo = s.at((long) Math.floor(s.units(lo))).doubleValue();
            double niceHi = s.at((long) Math.ceil(s.units(hi))).doubleValue();
            if (!Double.isFinite(niceLo) || !Double.isFinite(niceHi)) break; // near the largest double: keep the last bounds
            lo = niceLo;
            hi = niceHi;
            previous = s;
        }
        return new double[] {lo, hi};
    }

    /** About {@code count} round values inside [min, max], with labels. */
    public static List<Scale.Tick> linear(double min, double max, int count) {
        return linear(min, max, count, false);
    }

    /** The same; with {@code integers}, never a step below 1 (for counts such as step numbers). */
    public static List<Scale.Tick> linear(double min, double max, int count, boolean integers) {
        double[] d = ordered(min, max);
        Step s = step(d[0], d[1], count);
        if (integers && s.power() < 0) s = new Step(1, 0);
        long first = (long) Math.ceil(s.units(d[0]));
        long last = (long) Math.floor(s.units(d[1]));
        if (last - first > MAX_TICKS) throw new IllegalArgumentException("too many ticks for [" + min + ", " + max + "]");
        List<BigDecimal> values = new ArrayList<>();
        for (long i = first; i <= last; i++) values.add(s.at(i));
        return labelled(values);
    }

    /** [min, max] widened to whole powers of ten; both must be positive. */
    public static double[] niceLog(double min, double max) {
        if (!(min > 0) || !(max > 0) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("a log axis needs positive finite bounds, not [" + min + ", " + max + "]");
        }
        int lo = (int) Math.floor(snap(Math.log10(Math.min(min, max))));
        int hi = (int) Math.ceil(snap(Math.log10(Math.max(min, max))));
        if (hi == lo) hi++;
        return new double[] {BigDecimal.ONE.scaleByPowerOfTen(lo).doubleValue(), BigDecimal.ONE.scaleByPowerOfTen(hi).doubleValue()};
    }

    /**
     * Ticks for a log axis over positive [min, max]: 1, 2 and 5 times each power of ten when the
     * axis spans at most two decades, every power of ten when there are at most {@code count}
     * decades, and beyond that every power of ten divisible by k (10⁻⁴, 10⁻², 10⁰, …).
     */
    public static List<Scale.Tick> log(double min, double max, int count) {
        double[] d = niceLog(min, max);
        int lo = (int) Math.round(Math.log10(d[0]));
        int hi = (int) Math.round(Math.log10(d[1]));
        int decades = hi - lo;
        int[] factors = decades <= 2 ? new int[] {1, 2, 5} : new int[] {1};
        int every = decades <= Math.max(1, count) ? 1 : (int) Math.ceil((double) decades / Math.max(1, count));
        List<BigDecimal> values = new ArrayList<>();
        for (int p = lo; p <= hi; p++) {
            if (Math.floorMod(p, every) != 0) continue;
            for (int f : factors) {
                BigDecimal v = BigDecimal.valueOf(f).scaleByPowerOfTen(p);
                double x = v.doubleValue();
                if (x >= min * (1 - SNAP) && x <= max * (1 + SNAP)) values.add(v);
            }
        }
        return labelled(values);
    }

    /**
     * Labels for a set of ticks: plain decimals when every non-zero tick's size is in [10⁻⁴, 10⁶)
     * (the same range as the page's numbers), otherwise m×10ⁿ for all of them.
     */
    static List<Scale.Tick> labelled(List<BigDecimal> values) {
        boolean plain = true;
        for (BigDecimal v : values) {
            double a = Math.abs(v.doubleValue());
            if (a != 0 && (a < 1e-4 || a >= 1e6)) plain = false;
        }
        List<Scale.Tick> ticks = new ArrayList<>();
        for (BigDecimal v : values) ticks.add(new Scale.Tick(v.doubleValue(), plain ? plain(v) : scientific(v)));
        return ticks;
    }

    /** A decimal without trailing zeros and with a true minus sign: "−0.5", "2", "0.0001". */
    public static String plain(BigDecimal v) {
        if (v.signum() == 0) return "0";
        return NumberText.shown(NumberText.plain(v));
    }

    /** m×10ⁿ with superscript digits, or just 10ⁿ when m is 1: "5×10¹¹", "10⁻⁶", "−2.5×10⁷". */
    public static String scientific(BigDecimal v) {
        if (v.signum() == 0) return "0";
        BigDecimal s = v.stripTrailingZeros();
        int exponent = s.precision() - s.scale() - 1;
        BigDecimal mantissa = s.movePointLeft(exponent).stripTrailingZeros();
        String power = "10" + superscript(exponent);
        String m = mantissa.abs().toPlainString();
        String sign = v.signum() < 0 ? String.valueOf(NumberText.MINUS) : "";
        return sign + (m.equals("1") ? power : m + "×" + power);
    }

    /** A value's label alone, as {@link #labelled} would write it. */
    public static String label(double value) {
        return labelled(List.of(new BigDecimal(Double.toString(value)))).get(0).label();
    }

    private static String superscript(int n) {
        StringBuilder out = new StringBuilder();
        if (n < 0) out.append('⁻');
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) out.append(SUPERSCRIPTS.charAt(c - '0'));
        return out.toString();
    }

    private static double snap(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) <= SNAP * Math.max(1, Math.abs(v)) ? r : v;
    }

    /** [min, max] checked, put in order, and widened when empty. */
    private static double[] ordered(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("axis bounds must be finite, not [" + min + ", " + max + "]");
        }
        double lo = Math.min(min, max);
        double hi = Math.max(min, max);
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        return new double[] {lo, hi};
    }
}
