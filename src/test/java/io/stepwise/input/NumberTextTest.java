package io.stepwise.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest(name = "“{0}” is {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            0.1|0.1
            -2|-2
            .5|0.5
            5.|5
            1e-3|0.001
            1E+2|100
            +0.5|0.5
            −0.1|-0.1
            − 0.1|-0.1
             7 |7
            0|0
            """)
    void plain_decimals_and_scientific_notation_are_read(String raw, double value) {
        NumberText.Read read = NumberText.decimal(raw);
        assertTrue(read.ok(), read.phrase());
        assertEquals(value, read.value(), 0.0);
    }

    @ParameterizedTest(name = "“{0}”: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0x1p-3|NOT_A_NUMBER
            0x10|NOT_A_NUMBER
            1d|NOT_A_NUMBER
            1f|NOT_A_NUMBER
            1_000|NOT_A_NUMBER
            2 61|NOT_A_NUMBER
            e5|NOT_A_NUMBER
            --2|NOT_A_NUMBER
            Infinity|NOT_FINITE
            -inf|NOT_FINITE
            NaN|NOT_FINITE
            1,5|COMMA
            1e400|TOO_LARGE
            """)
    void what_double_parsing_would_take_is_refused_with_its_reason(String raw, NumberText.Problem problem) {
        assertEquals(problem, NumberText.decimal(raw).problem());
        assertTrue(Double.isNaN(NumberText.decimal(raw).value()));
    }

    @Test
    void empty_and_long_texts_are_refused_before_they_are_parsed() {
        assertEquals(NumberText.Problem.EMPTY, NumberText.decimal("  ").problem());
        assertEquals(NumberText.Problem.EMPTY, NumberText.decimal(null).problem());
        assertEquals(NumberText.Problem.TOO_LONG, NumberText.decimal("1".repeat(41)).problem());
        assertTrue(NumberText.decimal("1".repeat(40)).ok());
    }

    @Test
    void a_decimal_comma_is_told_to_use_a_point() {
        InputError e = assertThrows(InputError.class, () -> Ranges.LEARNING_RATE.read("lr", "0,1"));
        assertEquals("lr", e.field());
        assertEquals("Learning rate must use a point as the decimal separator, not a comma: “0,1”.", e.getMessage());
    }

    @Test
    void ranges_say_whether_the_bound_is_included() {
        assertEquals("Learning rate must be a number from 0 (exclusive) to 100, not “0”.",
                assertThrows(InputError.class, () -> Ranges.LEARNING_RATE.check("learningRate", 0)).getMessage());
        assertEquals("Starting b3 must be a number from -1000 to 1000, not “1001”.",
                assertThrows(InputError.class, () -> Ranges.START_B3.read("b3", "1001")).getMessage());
        assertEquals(-1000, Ranges.START_B3.read("b3", "−1000"));
        assertEquals(100, Ranges.LEARNING_RATE.read("lr", "1E2"));
        assertEquals("from 0 (exclusive) to 100", Ranges.LEARNING_RATE.range());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "1e3", "abc", "1,000", "100001"})
    void whole_numbers_outside_the_range_or_not_whole_get_one_message(String raw) {
        InputError e = assertThrows(InputError.class, () -> Ranges.MAX_STEPS.read("max", raw));
        assertEquals("Max steps must be a whole number from 0 to 100000, not “" + raw + "”.", e.getMessage());
    }

    @Test
    void whole_numbers_take_a_plus_and_leading_zeros_and_json_values_are_checked_alike() {
        assertEquals(7, Ranges.SEED.read("seed", "+007"));
        assertEquals(0, Ranges.SEED.read("seed", "0"));
        assertEquals(100_000, Ranges.MAX_STEPS.check("maxSteps", 100_000.0));
        assertThrows(InputError.class, () -> Ranges.MAX_STEPS.check("maxSteps", 2.5));
        assertThrows(InputError.class, () -> Ranges.SEED.read("seed", "9".repeat(30)));
    }

    @Test
    void the_step_cap_is_the_engines() {
        assertEquals(Limits.MAX_STEPS, Ranges.MAX_STEPS.max());
    }

    @Test
    void compact_text_reads_back_as_the_same_double() {
        for (double v : new double[] {0.1, -2.5, 1e-7, 1.5e20, 0.001, 3, 1 / 3.0}) {
            assertEquals(v, NumberText.decimal(NumberText.compact(v)).value(), 0.0);
        }
        assertEquals("0.001", NumberText.compact(0.001));
        assertEquals("1e-7", NumberText.compact(1e-7));
    }

    /**
     * compact and plain read most numbers off the shortest decimal; they must give what the
     * BigDecimal route gives from that same decimal.
     */
    @Test
    void compact_and_plain_text_are_the_big_decimal_texts() {
        java.util.Random random = new java.util.Random(11);
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.001, 0.00099, 9_999_999.0, 1e7, 100.0, 0.5, -0.1, 123.456, 1e-3 * 7));
        for (int i = 0; i < 20_000; i++) {
            values.add((random.nextBoolean() ? -1 : 1) * random.nextDouble() * Math.pow(10, random.nextInt(14) - 5));
            values.add(Math.round(random.nextGaussian() * 1000) / Math.pow(10, random.nextInt(6)));
            values.add(Double.longBitsToDouble(random.nextLong()));
        }
        for (double v : values) {
            if (!Double.isFinite(v) || v == 0) continue;
            java.math.BigDecimal exact = new java.math.BigDecimal(ShortestDecimal.of(v)).stripTrailingZeros();
            String plain = exact.toPlainString();
            String digits = exact.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String scientific = (v < 0 ? "-" : "") + mantissa + "e" + (digits.length() - 1 - exact.scale());
            assertEquals(scientific.length() + 2 < plain.length() ? scientific : plain, NumberText.compact(v), "compact " + v);
            assertEquals(plain, NumberText.plain(v), "plain " + v);
        }
    }

    @Test
    void plain_text_is_written_in_full_and_shown_with_a_true_minus() {
        assertEquals("0.0001", NumberText.plain(1e-4));
        assertEquals("1000", NumberText.plain(1e3));
        assertEquals("-2.5", NumberText.plain(-2.5));
        assertEquals("-0.5", NumberText.plain(new java.math.BigDecimal("-0.500")));
        assertEquals("\u22122.5", NumberText.shown(NumberText.plain(-2.5)));
    }

    @Test
    void short_names_are_letters_digits_and_dashes() {
        assertEquals("2-3-3-1", Names.token("shape", " 2-3-3-1 "));
        assertEquals("“shape” must be a short name, not “<b>”.", assertThrows(InputError.class, () -> Names.token("shape", "<b>")).getMessage());
        assertFalse(Names.commaList("w1, b3").contains(" b3"));
    }

    static java.util.List<LearningRateCases.Case> cases() { return LearningRateCases.ALL; }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_learning_rate_table_holds_for_the_reader_itself(LearningRateCases.Case c) {
        if (c.accepted()) {
            assertTrue(Ranges.LEARNING_RATE.read("lr", c.raw()) > 0);
        } else {
            assertEquals(c.message(), assertThrows(InputError.class, () -> Ranges.LEARNING_RATE.read("lr", c.raw())).getMessage());
        }
    }

    /** The hand-written scanners accept exactly what the patterns they replace match. */
    @Test
    void decimal_and_whole_scanners_match_their_patterns() {
        java.util.regex.Pattern decimal = java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
        java.util.regex.Pattern whole = java.util.regex.Pattern.compile("\\+?\\d+");
        String alphabet = "0123456789+-.eE x٣";
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString();
            assertEquals(decimal.matcher(s).matches(), NumberText.isDecimal(s), "decimal " + s);
            assertEquals(whole.matcher(s).matches(), NumberText.isWhole(s), "whole " + s);
        }
    }
}
