package io.stepwise.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TicksTest {
    private static final double TOLERANCE = 1e-12;

    private static List<String> labels(List<Scale.Tick> ticks) {
        return ticks.stream().map(Scale.Tick::label).toList();
    }

    private static double[] values(List<Scale.Tick> ticks) {
        return ticks.stream().mapToDouble(Scale.Tick::value).toArray();
    }

    @Nested
    class Nice {
        @Test
        void widens_a_domain_that_crosses_zero_to_halves() {
            assertArrayEquals(new double[] {-0.5, 3}, Ticks.nice(-0.3, 2.7, 5), TOLERANCE);
            assertEquals(List.of("−0.5", "0", "0.5", "1", "1.5", "2", "2.5", "3"), labels(Ticks.linear(-0.5, 3, 5)));
        }

        @Test
        void keeps_a_domain_that_is_already_round() {
            assertArrayEquals(new double[] {0, 1}, Ticks.nice(0, 1, 5), TOLERANCE);
            assertArrayEquals(new double[] {0, 30}, Ticks.nice(0, 29.3, 5), TOLERANCE);
        }

        @Test
        void is_idempotent() {
            Random random = new Random(3);
            for (int i = 0; i < 500; i++) {
                double a = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6);
                double b = a + random.nextDouble() * Math.pow(10, random.nextInt(12) - 6);
                double[] once = Ticks.nice(a, b, 5);
                assertArrayEquals(once, Ticks.nice(once[0], once[1], 5), 0, "nice(nice([" + a + ", " + b + "]))");
                double slack = 1e-9 * Math.max(Math.max(Math.abs(a), Math.abs(b)), b - a);
                assertFalse(once[0] > a + slack || once[1] < b - slack, "[" + a + ", " + b + "] inside " + once[0] + ", " + once[1]);
            }
        }

        @Test
        void widens_an_empty_domain_so_it_has_ticks() {
            double[] d = Ticks.nice(5, 5, 5);
            assertFalse(d[0] >= 5 || d[1] <= 5);
            double[] zero = Ticks.nice(0, 0, 5);
            assertArrayEquals(new double[] {-1, 1}, zero, TOLERANCE);
        }

        @Test
        void refuses_bounds_that_are_not_finite() {
            assertThrows(IllegalArgumentException.class, () -> Ticks.nice(0, Double.POSITIVE_INFINITY, 5));
            assertThrows(IllegalArgumentException.class, () -> Ticks.linear(Double.NaN, 1, 5));
        }
    }

    @Nested
    class Linear {
        @Test
        void steps_are_one_two_or_five_times_a_power_of_ten() {
            assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), labels(Ticks.linear(0, 1, 5)));
            assertEquals(List.of("0", "5", "10", "15", "20", "25", "30"), labels(Ticks.linear(0, 30, 6)));
            assertEquals(List.of("0", "10", "20", "30"), labels(Ticks.linear(0, 30, 3)));
            assertEquals(List.of("0", "1", "2", "3", "4"), labels(Ticks.linear(0, 4, 4)));
        }

        @Test
        void negative_domains_get_a_true_minus_sign() {
            assertEquals(List.of("−40", "−30", "−20", "−10"), labels(Ticks.linear(-47, -3, 4)));
            assertEquals(List.of("−1", "−0.5", "0", "0.5", "1"), labels(Ticks.linear(-1, 1, 4)));
        }

        @Test
        void labels_carry_no_float_noise() {
            List<Scale.Tick> ticks = Ticks.linear(0.1, 0.7, 6);
            assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"), labels(ticks));
            assertEquals(0.3, ticks.get(2).value(), 0, "the double nearest to 0.3, not 0.1 + 0.2");
            assertEquals(0.7, ticks.get(6).value(), 0);
        }

        @Test
        void tiny_domains_stay_plain_down_to_one_ten_thousandth() {
            assertEquals(List.of("0.0002", "0.0003", "0.0004"), labels(Ticks.linear(0.00012, 0.00047, 3)));
            assertEquals(List.of("0", "2×10⁻⁶", "4×10⁻⁶", "6×10⁻⁶"), labels(Ticks.linear(0, 6.5e-6, 4)));
        }

        @Test
        void huge_domains_use_powers_of_ten() {
            assertEquals(List.of("0", "10¹²", "2×10¹²", "3×10¹²"), labels(Ticks.linear(0, 3.2e12, 3)));
            assertEquals(List.of("−10⁸", "−5×10⁷", "0"), labels(Ticks.linear(-1e8, 0, 2)));
            assertEquals(List.of("0", "200000", "400000", "600000"), labels(Ticks.linear(0, 6e5, 3)));
        }

        @Test
        void every_tick_lies_in_the_domain_and_the_steps_are_equal() {
            Random random = new Random(11);
            for (int i = 0; i < 500; i++) {
                double a = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(10) - 4);
                double b = a + random.nextDouble() * Math.pow(10, random.nextInt(10) - 4) + 1e-9;
                double[] v = values(Ticks.linear(a, b, 5));
                // Sub-pixel slack: a bound within a billionth of a step of a tick counts as on it.
                double rounding = 1e-12 * Math.max(Math.abs(a), Math.abs(b)) + 1e-9 * (b - a);
                for (double t : v) assertFalse(t < a - rounding || t > b + rounding, t + " in [" + a + ", " + b + "]");
                for (int j = 2; j < v.length; j++) assertEquals(v[1] - v[0], v[j] - v[j - 1], rounding);
            }
        }

        @Test
        void counts_never_get_a_fractional_step() {
            assertEquals(List.of("0", "1", "2", "3"), labels(Ticks.linear(0, 3, 6, true)));
            assertEquals(List.of("0", "0.5", "1", "1.5", "2", "2.5", "3"), labels(Ticks.linear(0, 3, 6, false)));
            assertEquals(List.of("0", "200", "400", "600", "800", "1000"), labels(Ticks.linear(0, 1000, 6, true)));
        }
    }

    @Nested
    class Log {
        @Test
        void many_decades_get_one_tick_per_decade() {
            assertEquals(List.of("10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹", "10²"), labels(Ticks.log(1e-5, 100, 8)));
        }

        @Test
        void only_ticks_inside_the_domain_are_kept_and_plain_labels_are_used_when_all_fit() {
            assertEquals(List.of("0.0001", "0.001", "0.01", "0.1", "1", "10"), labels(Ticks.log(3e-5, 20.4, 8)));
        }

        @Test
        void more_decades_than_ticks_keep_every_kth_power_aligned_to_one() {
            assertEquals(List.of("10⁻⁸", "10⁻⁶", "10⁻⁴", "10⁻²", "10⁰", "10²"), labels(Ticks.log(1e-9, 200, 6)));
        }

        @Test
        void a_short_range_gets_one_two_five_within_the_domain() {
            assertEquals(List.of("0.1", "0.2", "0.5", "1", "2", "5", "10"), labels(Ticks.log(0.1, 10, 8)));
            assertEquals(List.of("0.2", "0.5", "1", "2", "5"), labels(Ticks.log(0.15, 8, 8)));
        }

        @Test
        void values_are_exact_powers_of_ten() {
            double[] v = values(Ticks.log(1e-3, 1e3, 8));
            assertArrayEquals(new double[] {0.001, 0.01, 0.1, 1, 10, 100, 1000}, v, 0);
            assertEquals(List.of("0.001", "0.01", "0.1", "1", "10", "100", "1000"), labels(Ticks.log(1e-3, 1e3, 8)));
        }

        @Test
        void nice_log_widens_to_whole_decades() {
            assertArrayEquals(new double[] {1e-5, 100}, Ticks.niceLog(3e-5, 20.4), 1e-20);
            assertArrayEquals(new double[] {1, 10}, Ticks.niceLog(1, 1), 0);
            assertThrows(IllegalArgumentException.class, () -> Ticks.niceLog(0, 1));
        }
    }

    @Test
    void scientific_and_plain_labels() {
        assertEquals("−2.5×10⁷", Ticks.scientific(new BigDecimal("-25000000")));
        assertEquals("10⁻⁶", Ticks.scientific(new BigDecimal("0.000001")));
        assertEquals("0", Ticks.scientific(BigDecimal.ZERO));
        assertEquals("−0.5", Ticks.plain(new BigDecimal("-0.50")));
        assertEquals("1200", Ticks.plain(new BigDecimal("1.2E+3")));
        assertEquals("2.61", Ticks.label(2.61));
    }
}
