package io.stepwise.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TangentTest {
    private static final double TOLERANCE = 1e-9;

    /** The distance of (x0, y0) from the line through the segment, measured vertically. */
    private static double offLine(Tangent.Line line, double x0, double y0) {
        return Math.abs(line.y1() + line.slope() * (x0 - line.x1()) - y0);
    }

    @Test
    void passes_through_the_point_with_the_gradient_as_its_slope() {
        // SSR at b3 = 2.19 after two steps of the first lesson: slope −2.50.
        Tangent.Line line = Tangent.through(2.19, 0.523, -2.5, 0.7, -0.5, 3, 0, 30);
        assertNotNull(line);
        assertEquals(-2.5, line.slope(), TOLERANCE);
        assertEquals(0, offLine(line, 2.19, 0.523), TOLERANCE);
    }

    @Test
    void reaches_half_width_either_side_when_the_box_allows() {
        Tangent.Line line = Tangent.through(1, 10, 2, 0.5, 0, 3, 0, 30);
        assertEquals(0.5, line.x1(), TOLERANCE);
        assertEquals(9, line.y1(), TOLERANCE);
        assertEquals(1.5, line.x2(), TOLERANCE);
        assertEquals(11, line.y2(), TOLERANCE);
    }

    @Test
    void is_cut_where_it_leaves_the_plot() {
        // Steep and near the bottom: y would go below 0 left of x = 2.19 − 0.523 / 15.
        Tangent.Line line = Tangent.through(2.19, 0.523, 15, 1, -0.5, 3, 0, 30);
        assertEquals(2.19 - 0.523 / 15, line.x1(), TOLERANCE);
        assertEquals(0, line.y1(), TOLERANCE);
        assertEquals(3, line.x2(), TOLERANCE, "and at the right edge of the box");
        assertEquals(15, line.slope(), TOLERANCE);
        assertEquals(0, offLine(line, 2.19, 0.523), TOLERANCE);
    }

    @Test
    void stays_inside_the_box_for_random_points_and_slopes() {
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            double x0 = random.nextDouble() * 4 - 1, y0 = random.nextDouble() * 30;
            double slope = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(6) - 2);
            Tangent.Line line = Tangent.through(x0, y0, slope, 0.8, -1, 3, 0, 30);
            assertNotNull(line, "a point inside the box always has some tangent");
            for (double v : new double[] {line.x1(), line.x2()}) assertTrue(v >= -1 - TOLERANCE && v <= 3 + TOLERANCE);
            for (double v : new double[] {line.y1(), line.y2()}) assertTrue(v >= -TOLERANCE * 30 && v <= 30 + TOLERANCE * 30);
            assertTrue(line.x1() >= x0 - 0.8 - TOLERANCE && line.x2() <= x0 + 0.8 + TOLERANCE);
            assertEquals(0, offLine(line, x0, y0), 1e-7 * Math.max(1, Math.abs(slope)));
        }
    }

    @Test
    void a_flat_line_outside_the_box_has_nothing_to_draw() {
        assertNull(Tangent.through(1, 40, 0, 1, 0, 3, 0, 30));
        assertNull(Tangent.through(1, 1, Double.NaN, 1, 0, 3, 0, 30));
        Tangent.Line flat = Tangent.through(1, 5, 0, 1, 0, 3, 0, 30);
        assertEquals(5, flat.y1(), 0);
        assertEquals(5, flat.y2(), 0);
    }

    @Test
    void in_pixels_the_slope_is_the_gradient_times_the_ratio_of_the_axes_scales() {
        ChartBuilder b = new ChartBuilder("t", 440, 290, ChartBuilder.AxisSpec.linear("b", -0.5, 3, 6),
                ChartBuilder.AxisSpec.linear("SSR", 0, 30, 5));
        Point at = new Point(2.19, 0.523);
        Tangent.Line line = b.tangent("tangent", at, -2.5, 0.7, "tangent");
        Chart chart = b.build("t", "d");
        Chart.Segment s = chart.segment("tangent");
        LinearScale x = (LinearScale) b.x();
        LinearScale y = (LinearScale) b.y();
        double pixelSlope = (s.y2() - s.y1()) / (s.x2() - s.x1());
        assertEquals(-2.5 * y.pixelsPerUnit() / x.pixelsPerUnit(), pixelSlope, 0.01 * Math.abs(pixelSlope), "0.1 px rounding");
        assertEquals(x.apply(line.x1()), s.x1(), 0.05);
        assertEquals(y.invert(s.y1()), line.y1(), 0.05 / Math.abs(y.pixelsPerUnit()));
    }
}
