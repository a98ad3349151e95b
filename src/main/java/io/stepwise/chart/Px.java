package io.stepwise.chart;

/** Pixel coordinates as the SVG gets them: rounded to 0.1 px, written without float noise. */
public final class Px {
    private Px() {}

    /** To the nearest 0.1; never −0. */
    public static double round(double v) {
        return Math.round(v * 10) / 10.0 + 0.0;
    }

    /**
     * The texts of the tenths from 0 up to 819.1 px, each made the first time it is asked for: a
     * chart is 400 px wide, and every one of its hundreds of coordinates is among them. Strings
     * are immutable, so threads share the slots without locking.
     */
    private static final String[] KEPT = new String[1 << 13];

    /** "12", "12.3", "-4.5": plain ASCII, as SVG attributes want, never in E notation. */
    public static String text(double v) {
        long tenths = Math.round(v * 10);
        return tenths >= 0 && tenths < KEPT.length ? kept((int) tenths) : write(new StringBuilder(8), tenths).toString();
    }

    /** {@link #text} written onto {@code out}. */
    public static StringBuilder append(StringBuilder out, double v) {
        // Whole tenths in a long: cheaper than formatting a double, and exact.
        long tenths = Math.round(v * 10);
        return tenths >= 0 && tenths < KEPT.length ? out.append(kept((int) tenths)) : write(out, tenths);
    }

    private static String kept(int tenths) {
        String t = KEPT[tenths];
        if (t == null) KEPT[tenths] = t = write(new StringBuilder(8), tenths).toString();
        return t;
    }

    private static StringBuilder write(StringBuilder out, long tenths) {
        if (tenths < 0) out.append('-');
        long abs = Math.abs(tenths);
        out.append(abs / 10);
        if (abs % 10 != 0) out.append('.').append(abs % 10);
        return out;
    }
}
