package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationTest {
    /** Relative and absolute: |a − b| ≤ TOLERANCE · (1 + |b|). */
    static final double TOLERANCE = 1e-8;

    /** Central differences use h = STEP · max(1, |x|). */
    static final double STEP = 1e-6;

    /** ReLU has no derivative at 0; random points this close to it are skipped. */
    static final double KINK_MARGIN = 1e-3;

    static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * (1 + Math.abs(expected)),
                () -> what + ": expected " + expected + ", got " + actual);
    }

    static double centralDifference(Activation f, double x) {
        double h = STEP * Math.max(1, Math.abs(x));
        return (f.apply(x + h) - f.apply(x - h)) / (2 * h);
    }

    @Nested
    class Derivatives {
        @ParameterizedTest
        @EnumSource(Activation.class)
        void derivative_equals_central_difference_at_random_points(Activation f) {
            Random random = new Random(20 + f.ordinal());
            for (int n = 0; n < 200; n++) {
                double x = (2 * random.nextDouble() - 1) * 8;
                if (f == Activation.RELU && Math.abs(x) < KINK_MARGIN) continue;
                assertClose(centralDifference(f, x), f.derivative(x), f.id() + " at " + x);
            }
        }

        @ParameterizedTest
        @EnumSource(Activation.class)
        void derivative_equals_central_difference_at_chosen_points(Activation f) {
            for (double x : new double[] {-30, -5, -1, -0.25, 0.25, 1, 5, 30}) {
                assertClose(centralDifference(f, x), f.derivative(x), f.id() + " at " + x);
            }
        }

        @Test
        void softplus_derivative_is_the_sigmoid() {
            Random random = new Random(27);
            for (int n = 0; n < 100; n++) {
                double x = (2 * random.nextDouble() - 1) * 20;
                assertEquals(Activation.SIGMOID.apply(x), Activation.SOFTPLUS.derivative(x), 0.0);
            }
        }

        @Test
        void relu_derivative_at_the_kink_is_zero() {
            assertEquals(0.0, Activation.RELU.derivative(0), 0.0);
            assertEquals(0.0, Activation.RELU.derivative(-0.0), 0.0);
            assertEquals(1.0, Activation.RELU.derivative(Double.MIN_VALUE), 0.0);
        }

        @Test
        void identity_derivative_is_one_everywhere() {
            for (double x : new double[] {-1e300, -1, 0, 1, 1e300}) assertEquals(1.0, Activation.IDENTITY.derivative(x), 0.0);
        }
    }

    @Nested
    class Values {
        @Test
        void softplus_matches_its_definition_for_moderate_inputs() {
            for (double x : new double[] {-10, -2, -0.5, 0, 0.5, 2, 10}) {
                assertClose(Math.log(1 + Math.exp(x)), Activation.SOFTPLUS.apply(x), "softplus(" + x + ")");
            }
            assertClose(Math.log(2), Activation.SOFTPLUS.apply(0), "softplus(0)");
        }

        @Test
        void sigmoid_of_zero_is_one_half_and_its_slope_one_quarter() {
            assertEquals(0.5, Activation.SIGMOID.apply(0), 0.0);
            assertEquals(0.25, Activation.SIGMOID.derivative(0), 0.0);
        }

        @Test
        void sigmoid_is_symmetric() {
            Random random = new Random(28);
            for (int n = 0; n < 100; n++) {
                double x = (2 * random.nextDouble() - 1) * 40;
                assertClose(1 - Activation.SIGMOID.apply(x), Activation.SIGMOID.apply(-x), "σ(−" + x + ")");
            }
        }

        @Test
        void relu_clips_negative_inputs() {
            assertEquals(0.0, Activation.RELU.apply(-3.5), 0.0);
            assertEquals(0.0, Activation.RELU.apply(0), 0.0);
            assertEquals(2.25, Activation.RELU.apply(2.25), 0.0);
        }

        @Test
        void tanh_and_identity_match_their_definitions() {
            assertEquals(Math.tanh(0.7), Activation.TANH.apply(0.7), 0.0);
            assertClose(1 - Math.tanh(0.7) * Math.tanh(0.7), Activation.TANH.derivative(0.7), "tanh'");
            assertEquals(-4.5, Activation.IDENTITY.apply(-4.5), 0.0);
        }
    }

    @Nested
    class Extremes {
        @Test
        void softplus_of_large_positive_input_is_the_input() {
            assertEquals(800.0, Activation.SOFTPLUS.apply(800), 0.0);
            assertEquals(40.0, Activation.SOFTPLUS.apply(40), 0.0);
            assertEquals(1e300, Activation.SOFTPLUS.apply(1e300), 0.0);
        }

        @Test
        void softplus_of_large_negative_input_is_tiny_and_not_negative() {
            double v = Activation.SOFTPLUS.apply(-800);
            assertTrue(Double.isFinite(v));
            assertEquals(0.0, v, 0.0); // e^−800 is below the smallest double
            assertEquals(0.0, Activation.SOFTPLUS.apply(-1e300), 0.0);
        }

        @Test
        void softplus_keeps_its_digits_for_negative_inputs() {
            // ln(1 + eˣ) ≈ eˣ − e²ˣ/2 when eˣ is tiny; naive log(1 + exp(x)) would return 0 here.
            double x = -40;
            double e = Math.exp(x);
            assertClose(1, Activation.SOFTPLUS.apply(x) / (e - e * e / 2), "softplus(−40) / e^−40");
            assertClose(1, Activation.SOFTPLUS.apply(-700) / Math.exp(-700), "softplus(−700) / e^−700");
        }

        @Test
        void softplus_derivative_is_finite_at_extremes() {
            assertEquals(1.0, Activation.SOFTPLUS.derivative(800), 0.0);
            assertEquals(0.0, Activation.SOFTPLUS.derivative(-800), 0.0);
        }

        @Test
        void sigmoid_saturates_without_overflow_or_nan() {
            for (double x : new double[] {800, 1e300, Double.MAX_VALUE}) {
                assertEquals(1.0, Activation.SIGMOID.apply(x), 0.0);
                assertEquals(0.0, Activation.SIGMOID.derivative(x), 0.0);
            }
            for (double x : new double[] {-800, -1e300, -Double.MAX_VALUE}) {
                assertEquals(0.0, Activation.SIGMOID.apply(x), 0.0);
                assertEquals(0.0, Activation.SIGMOID.derivative(x), 0.0);
            }
        }

        @Test
        void sigmoid_keeps_its_digits_for_very_negative_inputs() {
            assertClose(1, Activation.SIGMOID.apply(-700) / Math.exp(-700), "σ(−700) / e^−700");
            assertClose(1, Activation.SIGMOID.derivative(-700) / Math.exp(-700), "σ'(−700) / e^−700");
        }

        @Test
        void tanh_saturates_without_nan() {
            assertEquals(1.0, Activation.TANH.apply(800), 0.0);
            assertEquals(-1.0, Activation.TANH.apply(-800), 0.0);
            assertEquals(0.0, Activation.TANH.derivative(800), 0.0);
            assertEquals(0.0, Activation.TANH.derivative(-800), 0.0);
        }

        @ParameterizedTest
        @EnumSource(Activation.class)
        void value_and_derivative_are_finite_for_finite_inputs(Activation f) {
            for (double x : new double[] {-1e300, -800, -1, 0, 1, 800, 1e300}) {
                assertTrue(Double.isFinite(f.apply(x)), f.id() + "(" + x + ")");
                assertTrue(Double.isFinite(f.derivative(x)), f.id() + "'(" + x + ")");
            }
        }
    }

    @Nested
    class Names {
        @ParameterizedTest
        @EnumSource(Activation.class)
        void id_round_trips(Activation f) {
            assertSame(f, Activation.fromId(f.id()));
        }

        @Test
        void ids_are_lower_case_names() {
            assertEquals("softplus", Activation.SOFTPLUS.id());
            assertEquals("relu", Activation.RELU.id());
            assertEquals("sigmoid", Activation.SIGMOID.id());
            assertEquals("tanh", Activation.TANH.id());
            assertEquals("identity", Activation.IDENTITY.id());
        }

        @Test
        void unknown_ids_give_null() {
            assertNull(Activation.fromId("SOFTPLUS"));
            assertNull(Activation.fromId("linear"));
            assertNull(Activation.fromId(""));
            assertNull(Activation.fromId(null));
        }
    }
}
