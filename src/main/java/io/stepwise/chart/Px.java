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
        // Whole tenths in a long: cheaper than formatting a double, and exact.
        long tenths = Math.round(v * 10);
        if (tenths == 0) return "0";
        long abs = Math.abs(tenths);
        String whole = (tenths < 0 ? "-" : "") + abs / 10;
        return abs % 10 == 0 ? whole : whole + "." + abs % 10;
    }
}
