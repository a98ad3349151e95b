package io.stepwise.chart;

/** Pixel coordinates as the SVG gets them: rounded to 0.1 px, written without float noise. */
public final class Px {
    private Px() {}

    /** To the nearest 0.1; never −0. */
    public static double round(double v) {
        return Math.round(v * 10) / 10.0 + 0.0;
    }

    /** "12", "12.3", "-4.5": plain ASCII, as SVG attributes want, never in E notation. */
    public static String text(double v) {
        return append(new StringBuilder(8), v).toString();
    }

    /** {@link #text} written onto {@code out}, with nothing allocated on the way. */
    public static StringBuilder append(StringBuilder out, double v) {
        // Whole tenths in a long: cheaper than formatting a double, and exact.
        long tenths = Math.round(v * 10);
        if (tenths < 0) out.append('-');
        long abs = Math.abs(tenths);
        out.append(abs / 10);
        if (abs % 10 != 0) out.append('.').append(abs % 10);
        return out;
    }
}
