package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LossTest {
    static final double TOLERANCE = 1e-9;

    /** Two samples, two outputs: residuals 1, 0, −2, 3, so Σ r² = 14 over 4 pairs. */
    static final double[][] TARGETS = {{1, 2}, {3, 4}};
    static final double[][] PREDICTIONS = {{0, 2}, {5, 1}};

    @Nested
    class Values {
        @Test
        void ssr_is_the_sum_of_squared_residuals() {
            assertEquals(14, Loss.SSR.value(TARGETS, PREDICTIONS), TOLERANCE);
        }

        @Test
        void half_sse_is_half_the_ssr() {
            assertEquals(7, Loss.HALF_SSE.value(TARGETS, PREDICTIONS), TOLERANCE);
        }

        @Test
        void mse_is_the_ssr_divided_by_the_number_of_sample_output_pairs() {
            assertEquals(3.5, Loss.MSE.value(TARGETS, PREDICTIONS), TOLERANCE);
        }

        @Test
        void single_output_example_by_hand() {
            double[][] y = {{0}, {1}, {0}};
            double[][] p = {{0.5}, {0.25}, {-1}};
            // residuals −0.5, 0.75, 1: squares 0.25 + 0.5625 + 1 = 1.8125
            assertEquals(1.8125, Loss.SSR.value(y, p), TOLERANCE);
            assertEquals(0.90625, Loss.HALF_SSE.value(y, p), TOLERANCE);
            assertEquals(1.8125 / 3, Loss.MSE.value(y, p), TOLERANCE);
        }

        @ParameterizedTest
        @EnumSource(Loss.class)
        void perfect_predictions_cost_nothing(Loss loss) {
            assertEquals(0, loss.value(TARGETS, TARGETS), 0.0);
        }

        @Test
        void relations_hold_on_random_data() {
            Random random = new Random(31);
            for (int n = 0; n < 50; n++) {
                int samples = 1 + random.nextInt(6);
                int outputs = 1 + random.nextInt(3);
                double[][] y = new double[samples][outputs];
                double[][] p = new double[samples][outputs];
                for (int s = 0; s < samples; s++) {
                    for (int o = 0; o < outputs; o++) {
                        y[s][o] = random.nextGaussian();
                        p[s][o] = random.nextGaussian();
                    }
                }
                double ssr = Loss.SSR.value(y, p);
                assertEquals(ssr / 2, Loss.HALF_SSE.value(y, p), TOLERANCE);
                assertEquals(ssr / (samples * outputs), Loss.MSE.value(y, p), TOLERANCE);
            }
        }
    }

    @Nested
    class Derivatives {
        @Test
        void ssr_derivative_is_minus_twice_the_residual() {
            assertEquals(-2 * (3 - 5), Loss.SSR.derivative(3, 5, 4), TOLERANCE);
            assertEquals(-2 * (1 - 0), Loss.SSR.derivative(1, 0, 99), TOLERANCE);
        }

        @Test
        void half_sse_derivative_is_minus_the_residual() {
            assertEquals(2, Loss.HALF_SSE.derivative(3, 5, 4), TOLERANCE);
            assertEquals(-1, Loss.HALF_SSE.derivative(1, 0, 99), TOLERANCE);
        }

        @Test
        void mse_derivative_is_minus_twice_the_residual_over_the_count() {
            assertEquals(-2 * (3 - 5) / 4.0, Loss.MSE.derivative(3, 5, 4), TOLERANCE);
            assertEquals(-2.0 / 3, Loss.MSE.derivative(1, 0, 3), TOLERANCE);
        }

        @ParameterizedTest
        @EnumSource(Loss.class)
        void derivative_equals_central_difference_of_the_value(Loss loss) {
            int count = 4;
            double h = 1e-6;
            for (int s = 0; s < 2; s++) {
                for (int o = 0; o < 2; o++) {
                    double[][] up = {PREDICTIONS[0].clone(), PREDICTIONS[1].clone()};
                    double[][] down = {PREDICTIONS[0].clone(), PREDICTIONS[1].clone()};
                    up[s][o] += h;
                    down[s][o] -= h;
                    double numeric = (loss.value(TARGETS, up) - loss.value(TARGETS, down)) / (2 * h);
                    assertEquals(numeric, loss.derivative(TARGETS[s][o], PREDICTIONS[s][o], count), 1e3 * TOLERANCE,
                            loss.id() + " at [" + s + "][" + o + "]");
                }
            }
        }
    }

    @Nested
    class Names {
        @Test
        void ids_and_descriptions() {
            assertEquals("ssr", Loss.SSR.id());
            assertEquals("half-sse", Loss.HALF_SSE.id());
            assertEquals("mse", Loss.MSE.id());
            assertEquals("sum of squared residuals", Loss.SSR.description());
        }

        @ParameterizedTest
        @EnumSource(Loss.class)
        void id_round_trips(Loss loss) {
            assertSame(loss, Loss.fromId(loss.id()));
        }

        @Test
        void unknown_ids_give_null() {
            assertNull(Loss.fromId("SSR"));
            assertNull(Loss.fromId("half_sse"));
            assertNull(Loss.fromId(""));
            assertNull(Loss.fromId(null));
        }
    }
}
