package io.stepwise.chart;

/** Pixel coordinates as the SVG gets them: rounded to 0.1 px, written without float noise. */
public final class Px {
    private Px() {}

    /** To the nearest 0.1; never −0. */
    public static double round(double v) {
        return Math.round(v * 10) / 10.0 + 0.0;
    }

    /** "12", "12.3", "-4.5": plain ASCII, as SVG attributes want. */
    public static String text(double v) {
        double r = round(v);
        long whole = (long) r;
        return r == whole ? Long.toString(whole) : Double.toString(r);
    }
}
