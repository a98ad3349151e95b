package io.stepwise.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lays out one chart and collects what goes on it, in data units; {@link #build} turns it all into
 * pixels. The layout: the y axis's label above the plot at the left, its tick labels left of the
 * plot (the margin grows with the longest label), the x axis's tick labels and label below.
 */
public final class ChartBuilder {
    /** Sizes in SVG user units; the stylesheet uses the same font sizes. */
    public static final double TICK_FONT = 12;
    public static final double NOTE_FONT = 11;
    /** Average width of a digit at {@link #TICK_FONT}, generous so that labels never touch. */
    static final double CHAR_WIDTH = 7;
    /**
     * Points of a line closer than this to the simplified line are left out: a tenth of the line's
     * width, too little to see, and each point left out saves its bytes in every page.
     */
    static final double SIMPLIFY_PX = 0.25;
    static final double TOP = 28;
    static final double BOTTOM = 44;
    static final double MIN_RIGHT = 14;

    /**
     * How an axis maps its data: the interval to show (widened to round numbers), linear or log,
     * and whether ticks must be whole numbers.
     */
    public record AxisSpec(String label, double min, double max, boolean log, int tickCount, boolean integers) {
        public static AxisSpec linear(String label, double min, double max, int tickCount) {
            return new AxisSpec(label, min, max, false, tickCount, false);
        }

        public static AxisSpec log(String label, double min, double max, int tickCount) {
            return new AxisSpec(label, min, max, true, tickCount, false);
        }

        /** A linear axis of counts, such as step numbers: ticks 0, 1, 2, … at the finest. */
        public static AxisSpec counts(String label, double min, double max, int tickCount) {
            return new AxisSpec(label, min, max, false, tickCount, true);
        }
    }

    private final String id;
    private final int width;
    private final int height;
    private final AxisSpec xSpec;
    private final AxisSpec ySpec;
    private final Scale x;
    private final Scale y;
    private final List<Scale.Tick> xTicks;
    private final List<Scale.Tick> yTicks;
    private final Chart.Frame plot;
    private final List<Chart.Series> series = new ArrayList<>();
    private final List<Chart.Segment> segments = new ArrayList<>();
    private final List<Chart.Marker> markers = new ArrayList<>();
    private final List<Chart.LegendEntry> legend = new ArrayList<>();

    public ChartBuilder(String id, int width, int height, AxisSpec xSpec, AxisSpec ySpec) {
        this.id = id;
        this.width = width;
        this.height = height;
        this.xSpec = xSpec;
        this.ySpec = ySpec;
        double[] xd = domain(xSpec);
        double[] yd = domain(ySpec);
        // Ticks depend only on the domain; the margins depend on the tick labels.
        this.yTicks = ticks(ySpec, yd, ySpec.tickCount());
        int longestY = 1;
        for (Scale.Tick t : yTicks) longestY = Math.max(longestY, t.label().length());
        // Fewer x ticks until their labels no longer touch (long labels such as 2.5×10¹⁵⁴).
        List<Scale.Tick> xs = null;
        Chart.Frame frame = null;
        Scale xScale = null;
        for (int count = xSpec.tickCount(); count >= 1; count--) {
            xs = ticks(xSpec, xd, count);
            double firstX = xs.isEmpty() ? 0 : xs.get(0).label().length() * CHAR_WIDTH;
            double lastX = xs.isEmpty() ? 0 : xs.get(xs.size() - 1).label().length() * CHAR_WIDTH;
            double left = Math.max(Math.max(36, 12 + longestY * CHAR_WIDTH), firstX / 2 + 4);
            double right = Math.max(MIN_RIGHT, lastX / 2 + 4);
            frame = new Chart.Frame(left, TOP, width - left - right, height - TOP - BOTTOM);
            xScale = scale(xSpec, xd, frame.x(), frame.right());
            if (labelsFit(xs, xScale)) break;
        }
        this.xTicks = xs;
        this.plot = frame;
        this.x = xScale;
        this.y = scale(ySpec, yd, plot.bottom(), plot.y());
    }

    private static List<Scale.Tick> ticks(AxisSpec spec, double[] d, int count) {
        TickKey key = new TickKey(spec.log(), d[0], d[1], count, spec.integers());
        List<Scale.Tick> ticks = TICKS.get(key);
        if (ticks == null) {
            ticks = List.copyOf(spec.log() ? Ticks.log(d[0], d[1], count) : Ticks.linear(d[0], d[1], count, spec.integers()));
            if (TICKS.size() >= MAX_KEPT_TICKS) TICKS.clear();
            TICKS.put(key, ticks);
        }
        return ticks;
    }

    /**
     * Ticks already worked out, by axis: labelling them takes exact decimals, and most charts of a
     * lesson share their x axis and many their y axis. Emptied when full; a miss only recounts.
     */
    private static final Map<TickKey, List<Scale.Tick>> TICKS = new ConcurrentHashMap<>();
    private static final int MAX_KEPT_TICKS = 4096;

    private record TickKey(boolean log, double min, double max, int count, boolean integers) {}

    /** Whether neighbouring x tick labels keep at least a few pixels apart. */
    private static boolean labelsFit(List<Scale.Tick> ticks, Scale scale) {
        for (int i = 1; i < ticks.size(); i++) {
            double gap = Math.abs(scale.apply(ticks.get(i).value()) - scale.apply(ticks.get(i - 1).value()));
            double needed = (ticks.get(i).label().length() + ticks.get(i - 1).label().length()) * CHAR_WIDTH / 2 + 6;
            if (gap < needed) return false;
        }
        return true;
    }

    private static double[] domain(AxisSpec spec) {
        return spec.log() ? Ticks.niceLog(spec.min(), spec.max()) : Ticks.nice(spec.min(), spec.max(), spec.tickCount());
    }

    private static Scale scale(AxisSpec spec, double[] d, double from, double to) {
        return spec.log() ? new LogScale(d[0], d[1], from, to) : new LinearScale(d[0], d[1], from, to);
    }

    public Scale x() { return x; }

    public Scale y() { return y; }

    public Chart.Frame plot() { return plot; }

    /** A polyline through data points; points the scales cannot place are left out. */
    public ChartBuilder line(String cssClass, List<Point> data, String label) {
        String points = Curve.path(data, x, y, SIMPLIFY_PX);
        if (points != null) series.add(new Chart.Series(cssClass, points, label));
        return this;
    }

    /** A straight line between two data points. */
    public ChartBuilder segment(String cssClass, Point from, Point to, String label) {
        double x1 = x.apply(from.x()), y1 = y.apply(from.y()), x2 = x.apply(to.x()), y2 = y.apply(to.y());
        if (Double.isFinite(x1) && Double.isFinite(y1) && Double.isFinite(x2) && Double.isFinite(y2)) {
            segments.add(new Chart.Segment(cssClass, Px.round(x1), Px.round(y1), Px.round(x2), Px.round(y2), label));
        }
        return this;
    }

    /**
     * The tangent through a data point with a slope in data units, reaching halfWidth (in x's data
     * units) either side and cut at the plot's edges. Returns the line drawn, or null.
     */
    public Tangent.Line tangent(String cssClass, Point at, double slope, double halfWidth, String label) {
        Tangent.Line line = Tangent.through(at, slope, halfWidth, x, y);
        if (line != null) segment(cssClass, new Point(line.x1(), line.y1()), new Point(line.x2(), line.y2()), label);
        return line;
    }

    /**
     * A marker at a data point, with an optional short note beside it. Notes that would overlap are
     * dropped, the latest added first kept: add the most important marker last.
     */
    public ChartBuilder marker(Chart.Shape shape, String cssClass, Point at, double size, String label, String note) {
        double px = x.apply(at.x());
        double py = y.apply(at.y());
        if (Double.isFinite(px) && Double.isFinite(py)) {
            markers.add(new Chart.Marker(shape, cssClass, Px.round(px), Px.round(py), size, label, note, 0, 0));
        }
        return this;
    }

    public ChartBuilder legendLine(String cssClass, String label) {
        legend.add(Chart.LegendEntry.line(cssClass, label));
        return this;
    }

    public ChartBuilder legendMarker(Chart.Shape shape, String cssClass, String label) {
        legend.add(Chart.LegendEntry.marker(shape, cssClass, label));
        return this;
    }

    public Chart build(String title, String description) {
        return new Chart(id, width, height, title, description, rounded(plot), xAxis(), yAxis(), series, segments,
                placeNotes(), legend);
    }

    private Chart.Axis xAxis() {
        double base = Px.round(plot.bottom());
        List<Chart.Tick> ticks = new ArrayList<>();
        for (Scale.Tick t : xTicks) {
            double px = Px.round(x.apply(t.value()));
            ticks.add(new Chart.Tick(t.label(), px, Px.round(base + 17), px, base, px, Px.round(base + 5),
                    px, Px.round(plot.y()), px, base, t.value() == 0));
        }
        return new Chart.Axis(false, xSpec.label(), Px.round(plot.x() + plot.width() / 2), height - 6,
                Px.round(plot.x()), base, Px.round(plot.right()), base, ticks);
    }

    private Chart.Axis yAxis() {
        double base = Px.round(plot.x());
        List<Chart.Tick> ticks = new ArrayList<>();
        for (Scale.Tick t : yTicks) {
            double py = Px.round(y.apply(t.value()));
            ticks.add(new Chart.Tick(t.label(), Px.round(base - 8), Px.round(py + 4), Px.round(base - 5), py, base, py,
                    base, py, Px.round(plot.right()), py, t.value() == 0));
        }
        return new Chart.Axis(true, ySpec.label(), 6, 16, base, Px.round(plot.y()), base, Px.round(plot.bottom()), ticks);
    }

    /**
     * Puts each note just above its marker (below it when that would leave the plot), keeping a
     * note only if its box overlaps no note kept before it; later markers go first.
     */
    private List<Chart.Marker> placeNotes() {
        List<double[]> taken = new ArrayList<>();
        Chart.Marker[] placed = markers.toArray(new Chart.Marker[0]);
        for (int i = placed.length - 1; i >= 0; i--) {
            Chart.Marker m = placed[i];
            if (m.note() == null) continue;
            double w = m.note().length() * NOTE_FONT * 0.62 + 2;
            double h = NOTE_FONT;
            double nx = m.x() + m.size() + 1;
            double ny = m.y() - m.size() - 2;
            if (ny - h < plot.y()) ny = m.y() + m.size() + h + 1;
            double[] box = {nx, ny - h, nx + w, ny};
            boolean free = box[2] <= width;
            for (double[] other : taken) {
                if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) free = false;
            }
            if (free) {
                taken.add(box);
                placed[i] = new Chart.Marker(m.shape(), m.cssClass(), m.x(), m.y(), m.size(), m.label(), m.note(),
                        Px.round(nx), Px.round(ny));
            } else {
                placed[i] = new Chart.Marker(m.shape(), m.cssClass(), m.x(), m.y(), m.size(), m.label(), null, 0, 0);
            }
        }
        return List.of(placed);
    }

    private static Chart.Frame rounded(Chart.Frame f) {
        return new Chart.Frame(Px.round(f.x()), Px.round(f.y()), Px.round(f.width()), Px.round(f.height()));
    }
}
