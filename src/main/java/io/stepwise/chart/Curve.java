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
        double[] xs = grid(from, to, n);
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) ys[i] = f.applyAsDouble(xs[i]);
        return points(xs, ys);
    }

    /** The x at which {@link #sample} evaluates f, for a caller that computes all of f at once. */
    public static double[] grid(double from, double to, int n) {
        if (n < 2) throw new IllegalArgumentException("sample at least 2 points, not " + n);
        if (!Double.isFinite(from) || !Double.isFinite(to)) throw new IllegalArgumentException("the interval must be finite");
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = i == n - 1 ? to : from + i * (to - from) / (n - 1);
        return xs;
    }

    /** (xs[i], ys[i]) for every i where ys[i] is finite, as {@link #sample} leaves out the rest. */
    public static List<Point> points(double[] xs, double[] ys) {
        List<Point> points = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(ys[i])) points.add(new Point(xs[i], ys[i]));
        }
        return points;
    }

    /** Data points in pixels, rounded to 0.1 px; points a scale cannot place (log of a value ≤ 0) are left out. */
    public static List<Point> toPixels(List<Point> data, Scale x, Scale y) {
        Pixels p = Pixels.of(data, x, y);
        List<Point> out = new ArrayList<>(p.n);
        for (int i = 0; i < p.n; i++) out.add(new Point(p.xs[i], p.ys[i]));
        return out;
    }

    /** An SVG {@code points} attribute: "x1,y1 x2,y2 …". */
    public static String polyline(List<Point> pixels) {
        StringBuilder out = new StringBuilder(pixels.size() * 12);
        for (Point p : pixels) point(out, p.x(), p.y());
        return out.toString();
    }

    private static void point(StringBuilder out, double x, double y) {
        if (out.length() > 0) out.append(' ');
        Px.append(out, x).append(',');
        Px.append(out, y);
    }

    /**
     * The data as a simplified polyline in pixels, as {@code polyline(simplify(toPixels(data, x, y), tolerance))}
     * gives it, without a point object for each sample; null when fewer than two points remain.
     */
    public static String path(List<Point> data, Scale x, Scale y, double tolerance) {
        Pixels p = Pixels.of(data, x, y);
        if (p.n < 2) return null;
        int[] kept = new int[p.n];
        int count = simplify(p.xs, p.ys, p.n, tolerance, kept);
        StringBuilder out = new StringBuilder(count * 12);
        for (int k = 0; k < count; k++) point(out, p.xs[kept[k]], p.ys[kept[k]]);
        return out.toString();
    }

    /** Points in pixels: the first n of xs and ys. */
    private record Pixels(double[] xs, double[] ys, int n) {
        static Pixels of(List<Point> data, Scale x, Scale y) {
            double[] xs = new double[data.size()], ys = new double[data.size()];
            int n = 0;
            for (Point p : data) {
                double px = x.apply(p.x());
                double py = y.apply(p.y());
                if (Double.isFinite(px) && Double.isFinite(py)) {
                    xs[n] = Px.round(px);
                    ys[n++] = Px.round(py);
                }
            }
            return new Pixels(xs, ys, n);
        }
    }

    /**
     * The polyline with the points left out that lie within {@code tolerance} pixels of it anyway,
     * ends kept: a run of 2,000 steps across 600 pixels needs far fewer points than it has, and
     * each costs bytes and drawing time.
     */
    public static List<Point> simplify(List<Point> pixels, double tolerance) {
        int n = pixels.size();
        if (n < 3) return pixels;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = pixels.get(i).x();
            ys[i] = pixels.get(i).y();
        }
        int[] kept = new int[n];
        int count = simplify(xs, ys, n, tolerance, kept);
        List<Point> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) out.add(pixels.get(kept[k]));
        return out;
    }

    /**
     * The indices of the points the simplified line keeps, into {@code kept}; returns how many. One
     * pass (a "sleeve" fit): from the last kept point, the directions a line could take and still
     * pass near every point since form a narrowing wedge; a point outside it, or one that turns
     * back, starts a new piece at the point before.
     */
    private static int simplify(double[] xs, double[] ys, int n, double tolerance, int[] kept) {
        if (n < 3) {
            for (int i = 0; i < n; i++) kept[i] = i;
            return n;
        }
        // Near every point along the ray and at most this far past the end: within tolerance of the segment.
        double t = tolerance / Math.sqrt(2);
        int count = 0;
        int anchor = 0;
        kept[count++] = anchor;
        boolean constrained = false; // has a point far enough from the anchor to narrow the wedge?
        double reference = 0, lo = 0, hi = 0, farthest = 0;
        int i = 1;
        while (i < n) {
            double dx = xs[i] - xs[anchor], dy = ys[i] - ys[anchor];
            double r = Math.hypot(dx, dy);
            boolean near = r <= t;
            double phi = 0;
            if (!near) {
                if (!constrained) reference = Math.atan2(dy, dx);
                phi = Math.atan2(dy, dx) - reference;
                if (phi > Math.PI) phi -= 2 * Math.PI;
                if (phi <= -Math.PI) phi += 2 * Math.PI;
            }
            // Once the wedge is set, a point that comes back near the anchor, falls back, or leaves
            // the wedge ends the piece.
            if (constrained && (near || r < farthest - t || phi < lo || phi > hi)) {
                anchor = i - 1;
                kept[count++] = anchor;
                constrained = false;
                continue; // the same point again, from the new anchor
            }
            if (!near) {
                double spread = Math.asin(t / r);
                lo = constrained ? Math.max(lo, phi - spread) : phi - spread;
                hi = constrained ? Math.min(hi, phi + spread) : phi + spread;
                farthest = constrained ? Math.max(farthest, r) : r;
                constrained = true;
            }
            i++;
        }
        if (kept[count - 1] != n - 1) kept[count++] = n - 1;
        return count;
    }

    /** From p to the segment a–b (not the line through them: a path may turn back on itself). */
    static double distance(Point p, Point a, Point b) {
        double dx = b.x() - a.x(), dy = b.y() - a.y();
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }
}
