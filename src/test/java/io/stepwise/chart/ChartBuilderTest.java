package io.stepwise.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.chart.ChartBuilder.AxisSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartBuilderTest {

    private static ChartBuilder lossChart() {
        return new ChartBuilder("loss", 440, 290, AxisSpec.linear("b₃", -0.3, 2.7, 6), AxisSpec.linear("SSR", 0, 29, 5));
    }

    @Test
    void axes_run_from_tick_to_tick_over_the_plot_and_carry_their_labels() {
        Chart c = lossChart().build("SSR against b3", "A parabola.");
        assertEquals("0 0 440 290", c.viewBox());
        assertEquals("loss-title loss-desc", c.labelledBy());
        List<Chart.Tick> xs = c.xAxis().ticks();
        assertEquals("−0.5", xs.get(0).label());
        assertEquals("3", xs.get(xs.size() - 1).label());
        assertEquals(c.plot().x(), xs.get(0).labelX(), 0.05, "the domain starts on a tick");
        assertEquals(c.plot().right(), xs.get(xs.size() - 1).labelX(), 0.05, "and ends on one");
        assertEquals(List.of("0", "5", "10", "15", "20", "25", "30"), c.yAxis().ticks().stream().map(Chart.Tick::label).toList());
        assertEquals(c.plot().bottom(), c.yAxis().ticks().get(0).gridY1(), 0.05);
        assertTrue(c.yAxis().ticks().get(0).zero(), "the line at 0 is marked");
        assertEquals("SSR", c.yAxis().label());
        assertEquals("b₃", c.xAxis().label());
    }

    @Test
    void everything_fits_inside_the_view_box() {
        Chart c = new ChartBuilder("wide", 440, 290, AxisSpec.linear("x", -1.5e12, 2e12, 6),
                AxisSpec.linear("y", -0.00012, 0.00047, 5)).build("t", "d");
        for (Chart.Tick t : c.xAxis().ticks()) {
            double half = t.label().length() * ChartBuilder.CHAR_WIDTH / 2;
            assertTrue(t.labelX() - half >= 0 && t.labelX() + half <= 440, t.label() + " at " + t.labelX());
        }
        for (Chart.Tick t : c.yAxis().ticks()) {
            assertTrue(t.labelX() - t.label().length() * ChartBuilder.CHAR_WIDTH >= 0, t.label() + " fits left of the axis");
        }
        assertTrue(c.plot().bottom() + 40 <= 290);
    }

    @Test
    void the_left_margin_grows_with_the_longest_y_label() {
        Chart narrow = lossChart().build("t", "d");
        Chart wide = new ChartBuilder("w", 440, 290, AxisSpec.linear("x", 0, 1, 5), AxisSpec.linear("y", 0, 0.00047, 5)).build("t", "d");
        assertTrue(wide.plot().x() >= narrow.plot().x() + 2 * ChartBuilder.CHAR_WIDTH, narrow.plot().x() + " vs " + wide.plot().x());
    }

    @Test
    void markers_and_lines_sit_where_the_scales_put_them() {
        ChartBuilder b = lossChart();
        b.line("curve", Curve.sample(v -> 3 * v * v, -0.5, 3, 11), "curve");
        b.marker(Chart.Shape.CIRCLE, "current", new Point(2.19, 0.523), 6, "now", "2");
        b.segment("residual", new Point(0, 0), new Point(0, 10), "r");
        Chart c = b.build("t", "d");
        Chart.Marker m = c.marker("current");
        assertEquals(Px.round(b.x().apply(2.19)), m.x(), 0);
        assertEquals(Px.round(b.y().apply(0.523)), m.y(), 0);
        assertEquals(11, c.series().get(0).points().split(" ").length);
        Chart.Segment s = c.segment("residual");
        assertEquals(s.x1(), s.x2(), 0, "vertical");
        assertEquals(c.plot().bottom(), s.y1(), 0.05);
    }

    @Test
    void overlapping_notes_are_dropped_and_the_latest_marker_keeps_its_own() {
        ChartBuilder b = lossChart();
        b.marker(Chart.Shape.SQUARE, "step", new Point(0, 20), 3.5, "step 0", "0");
        b.marker(Chart.Shape.SQUARE, "step", new Point(2.60, 0.01), 3.5, "step 7", "7");
        b.marker(Chart.Shape.SQUARE, "step", new Point(2.605, 0.005), 3.5, "step 8", "8");
        b.marker(Chart.Shape.CIRCLE, "current", new Point(2.61, 0.001), 6, "now", "9");
        List<Chart.Marker> ms = b.build("t", "d").markers();
        assertEquals("0", ms.get(0).note(), "far from the others");
        assertNull(ms.get(1).note());
        assertNull(ms.get(2).note());
        assertEquals("9", ms.get(3).note(), "the current step wins");
        assertTrue(ms.get(3).noteX() > ms.get(3).x());
    }

    @Test
    void shapes_differ_and_polygons_surround_their_point() {
        Chart.Marker diamond = new Chart.Marker(Chart.Shape.DIAMOND, "next", 100, 50, 4, "next", null, 0, 0);
        assertEquals("100,45 105,50 100,55 95,50", diamond.polygon());
        Chart.Marker square = new Chart.Marker(Chart.Shape.SQUARE, "step", 100, 50, 3.5, "s", null, 0, 0);
        assertEquals(96.5, square.left(), 0);
        assertEquals(7, square.side(), 0);
        assertTrue(new Chart.Marker(Chart.Shape.CIRCLE, "c", 1, 1, 1, "c", null, 0, 0).isCircle());
        Chart.Marker triangle = new Chart.Marker(Chart.Shape.TRIANGLE, "t", 10, 10, 4, "t", null, 0, 0);
        assertEquals(3, triangle.polygon().split(" ").length);
    }

    @Test
    void a_log_axis_places_decades_evenly() {
        ChartBuilder b = new ChartBuilder("h", 440, 290, AxisSpec.counts("step", 0, 9, 6), AxisSpec.log("SSR", 6e-5, 20.4, 8));
        Chart c = b.build("t", "d");
        List<Chart.Tick> ys = c.yAxis().ticks();
        assertEquals("10⁻⁵", ys.get(0).label());
        assertEquals("10²", ys.get(ys.size() - 1).label());
        double gap = ys.get(0).labelY() - ys.get(1).labelY();
        for (int i = 1; i < ys.size(); i++) assertEquals(gap, ys.get(i - 1).labelY() - ys.get(i).labelY(), 0.11);
        assertFalse(c.xAxis().ticks().stream().anyMatch(t -> t.label().contains(".")), "whole steps only");
    }

    @Test
    void legend_swatches_draw_the_line_style_or_the_marker_shape() {
        Chart c = lossChart().legendLine("tangent", "tangent").legendMarker(Chart.Shape.DIAMOND, "next", "next").build("t", "d");
        assertTrue(c.legend().get(0).isLine());
        assertEquals("tangent", c.legend().get(0).line().cssClass());
        assertNotNull(c.legend().get(1).marker());
        assertEquals(Chart.Shape.DIAMOND, c.legend().get(1).marker().shape());
    }
}
