package io.stepwise.chart;

import java.util.List;

/**
 * A finished chart, ready for {@code templates/fragments/chart.jte} to draw: every position is in
 * SVG user units (pixels of the viewBox), rounded to 0.1, so the template only prints.
 *
 * @param id unique on the page; the SVG's title and description ids derive from it
 * @param title the accessible name, also shown as the caption
 * @param description what the chart shows, in words and numbers, for screen readers
 * @param plot the plotting area inside the axes
 * @param series polylines such as a curve or a history
 * @param segments straight lines such as a tangent or residuals
 * @param markers points, drawn in the order listed (the last on top)
 * @param legend what each line style and marker shape means
 */
public record Chart(String id, int width, int height, String title, String description, Frame plot,
                    Axis xAxis, Axis yAxis, List<Series> series, List<Segment> segments, List<Marker> markers,
                    List<LegendEntry> legend) {

    public Chart {
        series = List.copyOf(series);
        segments = List.copyOf(segments);
        markers = List.copyOf(markers);
        legend = List.copyOf(legend);
    }

    public String viewBox() { return "0 0 " + width + " " + height; }

    public String titleId() { return id + "-title"; }

    public String descriptionId() { return id + "-desc"; }

    public String clipId() { return id + "-clip"; }

    /** For {@code aria-labelledby}: the title, then the description. */
    public String labelledBy() { return titleId() + " " + descriptionId(); }

    /**
     * The gridlines across the plot as one SVG path: those at 0 ({@code zero}, drawn stronger) or
     * all the others. Empty when there are none. One path draws what a line element per tick would.
     */
    public String gridPath(boolean zero) {
        StringBuilder d = new StringBuilder(400);
        for (Axis axis : List.of(xAxis, yAxis)) {
            for (Tick t : axis.ticks()) {
                if (t.zero() == zero) moveAndLine(d, t.gridX1(), t.gridY1(), t.gridX2(), t.gridY2());
            }
        }
        return d.toString();
    }

    /** Both axis lines and every tick mark on them, as one SVG path. */
    public String tickPath() {
        StringBuilder d = new StringBuilder(400);
        for (Axis axis : List.of(xAxis, yAxis)) {
            moveAndLine(d, axis.x1(), axis.y1(), axis.x2(), axis.y2());
            for (Tick t : axis.ticks()) moveAndLine(d, t.markX1(), t.markY1(), t.markX2(), t.markY2());
        }
        return d.toString();
    }

    /** "M x1 y1" and a line to (x2, y2): H or V when it is level or upright, as every axis line is. */
    private static void moveAndLine(StringBuilder d, double x1, double y1, double x2, double y2) {
        Px.append(d.append('M'), x1).append(' ');
        Px.append(d, y1);
        if (y1 == y2) Px.append(d.append('H'), x2);
        else if (x1 == x2) Px.append(d.append('V'), y2);
        else Px.append(Px.append(d.append('L'), x2).append(' '), y2);
    }

    /** The first marker with this CSS class, or null. */
    public Marker marker(String cssClass) {
        for (Marker m : markers) if (m.cssClass().equals(cssClass)) return m;
        return null;
    }

    /** The first segment with this CSS class, or null. */
    public Segment segment(String cssClass) {
        for (Segment s : segments) if (s.cssClass().equals(cssClass)) return s;
        return null;
    }

    /** A rectangle. */
    public record Frame(double x, double y, double width, double height) {
        public double right() { return x + width; }

        public double bottom() { return y + height; }
    }

    /**
     * One axis: its line, its ticks and its label.
     *
     * @param vertical true for the y axis, whose tick labels sit left of it
     */
    public record Axis(boolean vertical, String label, double labelX, double labelY,
                       double x1, double y1, double x2, double y2, List<Tick> ticks) {
        public Axis {
            ticks = List.copyOf(ticks);
        }
    }

    /**
     * One tick: its label's anchor point, a short mark on the axis and a gridline across the plot.
     *
     * @param zero whether this is the line at 0, drawn stronger
     */
    public record Tick(String label, double labelX, double labelY, double markX1, double markY1, double markX2, double markY2,
                       double gridX1, double gridY1, double gridX2, double gridY2, boolean zero) {}

    /** A polyline: its CSS class names, its SVG points attribute and what it shows. */
    public record Series(String cssClass, String points, String label) {}

    /** A straight line between two points. */
    public record Segment(String cssClass, double x1, double y1, double x2, double y2, String label) {}

    /** How a marker is drawn. Each kind of point gets its own shape, so colour is never the only difference. */
    public enum Shape { CIRCLE, SQUARE, DIAMOND, TRIANGLE }

    /**
     * A point.
     *
     * @param size the radius of a circle, half the side of a square, half the diagonal of a diamond
     * @param label what the point is, with its numbers (the hover tooltip)
     * @param note short text drawn next to it, such as a step number, or null
     */
    public record Marker(Shape shape, String cssClass, double x, double y, double size, String label,
                         String note, double noteX, double noteY) {
        public boolean isCircle() { return shape == Shape.CIRCLE; }

        public boolean isSquare() { return shape == Shape.SQUARE; }

        public boolean hasNote() { return note != null; }

        /** The square's corner and side. */
        public double left() { return Px.round(x - size); }

        public double top() { return Px.round(y - size); }

        public double side() { return Px.round(2 * size); }

        /** The diamond's or triangle's corners as an SVG points attribute. */
        public String polygon() {
            List<Point> corners = shape == Shape.TRIANGLE
                    ? List.of(new Point(x, y - size * 1.15), new Point(x + size, y + size * 0.6), new Point(x - size, y + size * 0.6))
                    : List.of(new Point(x, y - size * 1.25), new Point(x + size * 1.25, y), new Point(x, y + size * 1.25), new Point(x - size * 1.25, y));
            return Curve.polyline(corners.stream().map(p -> new Point(Px.round(p.x()), Px.round(p.y()))).toList());
        }
    }

    /**
     * A legend line: a small picture (a line in the series' style, or the marker's shape) and its text.
     * Exactly one of {@code line} and {@code marker} is set, in the swatch's own 28 × 16 box.
     */
    public record LegendEntry(String label, Segment line, Marker marker) {
        public static final int SWATCH_WIDTH = 28;
        public static final int SWATCH_HEIGHT = 16;

        public static LegendEntry line(String cssClass, String label) {
            return new LegendEntry(label, new Segment(cssClass, 2, 8, 26, 8, label), null);
        }

        public static LegendEntry marker(Shape shape, String cssClass, String label) {
            return new LegendEntry(label, null, new Marker(shape, cssClass, 14, 8, 5, label, null, 0, 0));
        }

        public boolean isLine() { return line != null; }

        public String swatchViewBox() { return "0 0 " + SWATCH_WIDTH + " " + SWATCH_HEIGHT; }
    }
}
