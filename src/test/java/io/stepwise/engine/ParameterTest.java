package io.stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterTest {
    static final double TOLERANCE = 0.0;

    static final Architecture DOSAGE = Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1);
    static final Architecture WIDE = Architecture.of(Activation.TANH, Activation.SIGMOID, 2, 3, 2);

    @Nested
    class Parsing {
        @Test
        void every_weight_name_from_w1_to_the_last_parses() {
            for (int n = 1; n <= WIDE.weightCount(); n++) {
                Parameter p = Parameter.parse(WIDE, "w" + n);
                assertEquals(new Parameter(true, n - 1), p, "w" + n);
            }
        }

        @Test
        void every_bias_name_from_b1_to_the_last_parses() {
            for (int n = 1; n <= WIDE.biasCount(); n++) {
                Parameter p = Parameter.parse(WIDE, "b" + n);
                assertEquals(new Parameter(false, n - 1), p, "b" + n);
            }
        }

        @Test
        void names_with_two_digits_parse() {
            assertEquals(new Parameter(true, 11), Parameter.parse(WIDE, "w12"));
            assertEquals(new Parameter(true, 9), Parameter.parse(WIDE, "w10"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"w0", "b0", "w01", "b01", "x1", "w", "b", "", "W1", "B1", "1", "w-1", "w+1",
                "w1.0", "w 1", " w1", "w1 ", "wb1", "w5", "b4", "w99", "w999999", "w1000000000"})
        void malformed_or_out_of_range_names_are_rejected(String name) {
            assertNull(Parameter.parse(DOSAGE, name), name);
        }

        @ParameterizedTest
        @ValueSource(strings = {"w\u0661", "b\u0661", "w\uFF11", "w\u0967"})
        void names_with_digits_outside_ascii_are_rejected(String name) {
            // Arabic-Indic, full-width and Devanagari ones: Integer.parseInt reads them as 1.
            assertNull(Parameter.parse(DOSAGE, name), name);
        }

        @Test
        void null_is_rejected() {
            assertNull(Parameter.parse(DOSAGE, null));
        }

        @Test
        void the_last_name_of_each_kind_is_in_range_and_the_next_is_not() {
            assertEquals(new Parameter(true, 3), Parameter.parse(DOSAGE, "w4"));
            assertEquals(new Parameter(false, 2), Parameter.parse(DOSAGE, "b3"));
            assertNull(Parameter.parse(DOSAGE, "w5"));
            assertNull(Parameter.parse(DOSAGE, "b4"));
        }
    }

    @Nested
    class Naming {
        @Test
        void name_is_kind_and_one_based_number() {
            assertEquals("w1", new Parameter(true, 0).name());
            assertEquals("b3", new Parameter(false, 2).name());
            assertEquals("w12", new Parameter(true, 11).toString());
        }

        @Test
        void every_name_round_trips() {
            for (int flat = 0; flat < WIDE.parameterCount(); flat++) {
                Parameter p = Parameter.ofFlatIndex(WIDE, flat);
                assertEquals(p, Parameter.parse(WIDE, p.name()));
            }
        }
    }

    @Nested
    class FlatOrder {
        @Test
        void weights_come_first_then_biases() {
            assertEquals(0, Parameter.parse(DOSAGE, "w1").flatIndex(DOSAGE));
            assertEquals(3, Parameter.parse(DOSAGE, "w4").flatIndex(DOSAGE));
            assertEquals(4, Parameter.parse(DOSAGE, "b1").flatIndex(DOSAGE));
            assertEquals(6, Parameter.parse(DOSAGE, "b3").flatIndex(DOSAGE));
            assertEquals(12, Parameter.parse(WIDE, "b1").flatIndex(WIDE));
        }

        @Test
        void of_flat_index_inverts_flat_index() {
            for (int flat = 0; flat < WIDE.parameterCount(); flat++) {
                assertEquals(flat, Parameter.ofFlatIndex(WIDE, flat).flatIndex(WIDE));
            }
            assertEquals(new Parameter(false, 0), Parameter.ofFlatIndex(DOSAGE, 4));
            assertEquals(new Parameter(true, 3), Parameter.ofFlatIndex(DOSAGE, 3));
        }

        @Test
        void network_reads_each_parameter_by_name() {
            Network n = new Network(DOSAGE, new double[] {3.34, -3.53, -1.22, -2.30}, new double[] {-1.43, 0.57, 0});
            assertEquals(3.34, n.get(Parameter.parse(DOSAGE, "w1")), TOLERANCE);
            assertEquals(-3.53, n.get(Parameter.parse(DOSAGE, "w2")), TOLERANCE);
            assertEquals(-1.22, n.get(Parameter.parse(DOSAGE, "w3")), TOLERANCE);
            assertEquals(-2.30, n.get(Parameter.parse(DOSAGE, "w4")), TOLERANCE);
            assertEquals(-1.43, n.get(Parameter.parse(DOSAGE, "b1")), TOLERANCE);
            assertEquals(0.57, n.get(Parameter.parse(DOSAGE, "b2")), TOLERANCE);
            assertEquals(0, n.get(Parameter.parse(DOSAGE, "b3")), TOLERANCE);
            assertEquals(-1.22, n.weight(2, 0, 0), TOLERANCE);
            assertEquals(0.57, n.bias(1, 1), TOLERANCE);
        }
    }
}
