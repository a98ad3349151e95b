package io.stepwise.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** A function drawn as a polyline: sampled at evenly spaced x, then mapped to pixels. */
public final class Curve {
    private Curve() {}

    /**
     * f at n evenly spaced x from {@code from} to {@code to} (both included): x_i = from + i·(to − from)/(n − 1).
     * Points where f is not finite (an overflow, a log of 0) are left out.
     */
    public static List<Point> sample(DoubleUnaryOperator f, double from, double to, int n) {
        if (n < 2) throw new IllegalArgumentException("sample at least 2 points, not " + n);
        if (!Double.isFinite(from) || !Double.isFinite(to)) throw new IllegalArgumentException("the interval must be finite");
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = i == n - 1 ? to : from + i * (to - from) / (n - 1);
            double y = f.applyAsDouble(x);
            if (Double.isFinite(y)) points.add(new Point(x, y));
        }
        return points;
    }

    /** Data points in pixels, rounded to 0.1 px; points a scale cannot place (log of a value ≤ 0) are left out. */
    public static List<Point> toPixels(List<Point> data, Scale x, Scale y) {
        List<Point> out = new ArrayList<>(data.size());
        for (Point p : data) {
            double px = x.apply(p.x());
            double py = y.apply(p.y());
            if (Double.isFinite(px) && Double.isFinite(py)) out.add(new Point(Px.round(px), Px.round(py)));
        }
        return out;
    }

    /** An SVG {@code points} attribute: "x1,y1 x2,y2 …". */
    public static String polyline(List<Point> pixels) {
        StringBuilder out = new StringBuilder();
        for (Point p : pixels) {
            if (out.length() > 0) out.append(' ');
            out.append(Px.text(p.x())).append(',').append(Px.text(p.y()));
        }
        return out.toString();
    }
}
