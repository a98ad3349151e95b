package io.stepwise.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurveTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void samples_at_evenly_spaced_x_including_both_ends() {
        List<Point> points = Curve.sample(x -> x * x, 0, 1, 5);
        assertEquals(5, points.size());
        double[] xs = {0, 0.25, 0.5, 0.75, 1};
        for (int i = 0; i < xs.length; i++) {
            assertEquals(xs[i], points.get(i).x(), TOLERANCE);
            assertEquals(xs[i] * xs[i], points.get(i).y(), TOLERANCE);
        }
        assertEquals(1, points.get(4).x(), 0, "the last x is the end itself, not a sum of steps");
    }

    @Test
    void a_hundred_and_one_samples_over_the_dosage_range_land_on_hundredths() {
        List<Point> points = Curve.sample(x -> 1, 0, 1, 101);
        assertEquals(101, points.size());
        for (int i = 0; i <= 100; i++) assertEquals(i / 100.0, points.get(i).x(), TOLERANCE);
    }

    @Test
    void points_where_the_function_is_not_finite_are_skipped() {
        List<Point> points = Curve.sample(x -> 1 / x, -1, 1, 5);
        assertEquals(List.of(-1.0, -0.5, 0.5, 1.0), points.stream().map(Point::x).toList(), "1/0 is left out");
        List<Point> logs = Curve.sample(Math::log, -1, 3, 5);
        assertEquals(List.of(1.0, 2.0, 3.0), logs.stream().map(Point::x).toList(), "log of 0 and of −1 are left out");
        assertEquals(0, Curve.sample(x -> Double.NaN, 0, 1, 10).size());
    }

    @Test
    void needs_two_points_and_a_finite_interval() {
        assertThrows(IllegalArgumentException.class, () -> Curve.sample(x -> x, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Curve.sample(x -> x, 0, Double.POSITIVE_INFINITY, 10));
    }

    @Test
    void pixels_are_rounded_to_a_tenth_and_written_without_float_noise() {
        LinearScale x = new LinearScale(0, 3, 0, 100);
        LinearScale y = new LinearScale(0, 1, 50, 0);
        List<Point> pixels = Curve.toPixels(List.of(new Point(0, 0), new Point(1, 0.5), new Point(3, 1)), x, y);
        assertEquals(new Point(0, 50), pixels.get(0));
        assertEquals(new Point(33.3, 25), pixels.get(1));
        assertEquals("0,50 33.3,25 100,0", Curve.polyline(pixels));
    }

    @Test
    void values_a_log_scale_cannot_place_are_left_out_of_the_pixels() {
        LogScale y = new LogScale(0.01, 100, 100, 0);
        LinearScale x = new LinearScale(0, 2, 0, 100);
        List<Point> pixels = Curve.toPixels(List.of(new Point(0, 1), new Point(1, 0), new Point(2, 10)), x, y);
        assertEquals(List.of(new Point(0, 50), new Point(100, 25)), pixels);
    }

    @Test
    void px_never_writes_a_negative_zero() {
        assertEquals("0", Px.text(-0.01));
        assertEquals("-4.5", Px.text(-4.5));
        assertEquals("12", Px.text(12.04));
        assertEquals(12.3, Px.round(12.345), 0);
    }

    @Test
    void a_straight_run_simplifies_to_its_ends() {
        List<Point> line = new java.util.ArrayList<>();
        for (int i = 0; i <= 100; i++) line.add(new Point(i, 2 * i + 1));
        assertEquals(List.of(new Point(0, 1), new Point(100, 201)), Curve.simplify(line, 0.1));
    }

    @Test
    void every_point_left_out_lies_within_the_tolerance_of_the_simplified_line() {
        java.util.Random random = new java.util.Random(3);
        for (int run = 0; run < 50; run++) {
            List<Point> path = new java.util.ArrayList<>();
            double x = 0, y = 100;
            for (int i = 0; i < 2000; i++) {
                // Half the runs move steadily right (a history), half wander both ways (a path of steps).
                x += run % 2 == 0 ? 0.3 : random.nextGaussian();
                y += random.nextGaussian() * (run % 5) * 0.2;
                path.add(new Point(Px.round(x), Px.round(y)));
            }
            List<Point> simple = Curve.simplify(path, 0.1);
            assertEquals(path.get(0), simple.get(0));
            assertEquals(path.get(path.size() - 1), simple.get(simple.size() - 1));
            assertTrue(path.containsAll(simple));
            for (Point p : path) {
                double nearest = Double.POSITIVE_INFINITY;
                for (int k = 1; k < simple.size(); k++) nearest = Math.min(nearest, Curve.distance(p, simple.get(k - 1), simple.get(k)));
                assertTrue(nearest <= 0.1 + 1e-9, "point " + p + " is " + nearest + " px away");
            }
        }
    }

    @Test
    void a_long_smooth_history_keeps_a_small_share_of_its_points() {
        List<Point> decay = new java.util.ArrayList<>();
        for (int i = 0; i <= 2000; i++) decay.add(new Point(Px.round(60 + i * 0.28), Px.round(20 + 300 * (1 - Math.exp(-i / 40.0)))));
        int kept = Curve.simplify(decay, 0.1).size();
        assertTrue(kept < 150, kept + " of 2001 points kept");
    }

    @Test
    void a_path_that_turns_back_keeps_its_turning_point() {
        List<Point> back = List.of(new Point(0, 0), new Point(10, 0), new Point(5, 0));
        assertEquals(back, Curve.simplify(back, 0.1));
    }
}
