package io.stepwise.chart;

/**
 * The tangent to a curve at a point: the line y = y₀ + slope · (x − x₀), cut to a stretch around
 * x₀ and then to the plot's box. Computed in data units, so that after mapping to pixels its
 * slope still reads as the gradient on the axes.
 */
public final class Tangent {
    private Tangent() {}

    /** A segment in data units, from (x1, y1) to (x2, y2) with x1 ≤ x2. */
    public record Line(double x1, double y1, double x2, double y2) {
        public double slope() { return (y2 - y1) / (x2 - x1); }
    }

    /**
     * The part of the line through (x0, y0) with the given slope that lies within halfWidth of x0
     * horizontally and inside the box [xMin, xMax] × [yMin, yMax]; null when none of it does.
     */
    public static Line through(double x0, double y0, double slope, double halfWidth,
                               double xMin, double xMax, double yMin, double yMax) {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(slope) && halfWidth > 0)) return null;
        double lo = Math.max(x0 - halfWidth, xMin);
        double hi = Math.min(x0 + halfWidth, xMax);
        if (slope != 0) {
            // y stays within [yMin, yMax] for x between the two crossings.
            double a = x0 + (yMin - y0) / slope;
            double b = x0 + (yMax - y0) / slope;
            lo = Math.max(lo, Math.min(a, b));
            hi = Math.min(hi, Math.max(a, b));
        } else if (y0 < yMin || y0 > yMax) {
            return null;
        }
        if (!(hi > lo)) return null;
        return new Line(lo, y0 + slope * (lo - x0), hi, y0 + slope * (hi - x0));
    }

    /** The same, with the box taken from two scales' domains. */
    public static Line through(Point at, double slope, double halfWidth, Scale x, Scale y) {
        return through(at.x(), at.y(), slope, halfWidth, x.domainMin(), x.domainMax(), y.domainMin(), y.domainMax());
    }
}
