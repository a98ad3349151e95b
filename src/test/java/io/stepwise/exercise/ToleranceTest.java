package io.stepwise.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToleranceTest {
    static final Tolerance T = new Tolerance(0.001, 0.01);

    @Test
    void the_absolute_part_accepts_up_to_and_including_its_bound() {
        assertTrue(T.accepts(0.001, 0));
        assertTrue(T.accepts(-0.001, 0));
        assertFalse(T.accepts(0.0011, 0), "just outside, and 1 % of 0 is 0");
    }

    @Test
    void the_relative_part_accepts_up_to_and_including_its_share_of_the_expected_value() {
        assertTrue(T.accepts(101, 100), "1 % of 100 is exactly 1");
        assertTrue(T.accepts(99, 100));
        assertFalse(T.accepts(101.01, 100));
        assertTrue(T.accepts(-99, -100), "relative to |expected|");
        assertFalse(T.accepts(-98.9, -100));
    }

    @Test
    void either_part_is_enough() {
        // Near 0 the relative band is tiny but the absolute one still holds; far from 0 the reverse.
        assertTrue(T.accepts(0.0109, 0.01), "|gap| 0.0009 ≤ 0.001 although it is 9 % of 0.01");
        assertTrue(T.accepts(1_005, 1_000), "|gap| 5 ≤ 1 % of 1000 although it is far above 0.001");
        assertFalse(T.accepts(0.0125, 0.01), "outside both");
    }

    @Test
    void an_answer_just_outside_is_close_and_a_far_one_is_not() {
        assertTrue(T.isClose(103, 100));
        assertFalse(T.isClose(101, 100), "inside is not close but right");
        assertFalse(T.isClose(110, 100));
    }

    @Test
    void the_tolerance_is_described_as_the_student_sees_it() {
        assertEquals("±0.0005 or 1 %", Tolerance.DEFAULT.describe());
        assertEquals("±0.01", new Tolerance(0.01, 0).describe());
        assertEquals("2.5 %", new Tolerance(0, 0.025).describe());
    }

    @Test
    void impossible_tolerances_are_refused() {
        for (double[] t : List.of(new double[] {0, 0}, new double[] {-1, 0.01}, new double[] {0.1, 1}, new double[] {Double.NaN, 0.1},
                new double[] {Double.POSITIVE_INFINITY, 0.1}, new double[] {0.1, -0.01})) {
            assertThrows(IllegalArgumentException.class, () -> new Tolerance(t[0], t[1]), java.util.Arrays.toString(t));
        }
    }
}
