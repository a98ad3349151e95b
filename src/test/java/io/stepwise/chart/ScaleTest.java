package io.stepwise.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScaleTest {
    private static final double TOLERANCE = 1e-9;

    @Nested
    class Linear {
        @Test
        void maps_the_domain_ends_to_the_range_ends_and_the_middle_to_the_middle() {
            LinearScale x = new LinearScale(-1, 3, 40, 440);
            assertEquals(40, x.apply(-1), TOLERANCE);
            assertEquals(440, x.apply(3), TOLERANCE);
            assertEquals(240, x.apply(1), TOLERANCE);
            assertEquals(100, x.pixelsPerUnit(), TOLERANCE);
        }

        @Test
        void a_reversed_range_draws_upwards_as_a_y_axis_does() {
            LinearScale y = new LinearScale(0, 30, 250, 30);
            assertEquals(250, y.apply(0), TOLERANCE);
            assertEquals(30, y.apply(30), TOLERANCE);
            assertTrue(y.apply(20) < y.apply(10), "larger values are higher up");
            assertTrue(y.pixelsPerUnit() < 0);
        }

        @Test
        void invert_undoes_apply_for_random_values_in_and_outside_the_domain() {
            Random random = new Random(42);
            LinearScale s = new LinearScale(-0.5, 3, 250, 30);
            for (int i = 0; i < 1_000; i++) {
                double v = random.nextDouble() * 10 - 5;
                assertEquals(v, s.invert(s.apply(v)), TOLERANCE);
            }
            assertEquals(-0.5, s.invert(250), TOLERANCE);
            assertEquals(3, s.invert(30), TOLERANCE);
        }

        @Test
        void nice_widens_the_domain_to_round_numbers() {
            LinearScale s = LinearScale.nice(-0.3, 2.7, 5, 0, 100);
            assertEquals(-0.5, s.domainMin());
            assertEquals(3, s.domainMax());
        }

        @Test
        void an_empty_or_infinite_domain_is_refused() {
            assertThrows(IllegalArgumentException.class, () -> new LinearScale(1, 1, 0, 100));
            assertThrows(IllegalArgumentException.class, () -> new LinearScale(0, Double.POSITIVE_INFINITY, 0, 100));
            assertThrows(IllegalArgumentException.class, () -> new LinearScale(0, Double.NaN, 0, 100));
        }
    }

    @Nested
    class Log {
        @Test
        void each_power_of_ten_gets_the_same_distance() {
            LogScale y = new LogScale(1e-4, 1e2, 240, 0);
            assertEquals(240, y.apply(1e-4), TOLERANCE);
            assertEquals(0, y.apply(1e2), TOLERANCE);
            assertEquals(80, y.apply(1), TOLERANCE);
            assertEquals(y.apply(1e-3) - y.apply(1e-2), y.apply(10) - y.apply(100), TOLERANCE);
        }

        @Test
        void invert_undoes_apply() {
            Random random = new Random(7);
            LogScale s = new LogScale(1e-6, 1e3, 0, 300);
            for (int i = 0; i < 1_000; i++) {
                double v = Math.pow(10, random.nextDouble() * 9 - 6);
                assertEquals(1, s.invert(s.apply(v)) / v, TOLERANCE);
            }
        }

        @Test
        void values_that_are_not_positive_have_no_position() {
            LogScale s = new LogScale(0.01, 100, 0, 300);
            assertTrue(Double.isNaN(s.apply(-1)) || Double.isInfinite(s.apply(-1)));
            assertTrue(Double.isInfinite(s.apply(0)));
        }

        @Test
        void nice_widens_to_whole_powers_of_ten_and_a_domain_must_be_positive() {
            LogScale s = LogScale.nice(3e-5, 20.4, 0, 100);
            assertEquals(1e-5, s.domainMin(), 1e-20);
            assertEquals(100, s.domainMax(), TOLERANCE);
            assertThrows(IllegalArgumentException.class, () -> new LogScale(0, 10, 0, 100));
            assertThrows(IllegalArgumentException.class, () -> LogScale.nice(-1, 10, 0, 100));
        }
    }
}
