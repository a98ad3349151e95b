package io.stepwise.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumTest {
    /** Rounding to three significant figures moves a value by at most half a unit in the third figure. */
    static final double TOLERANCE = 5e-3;

    static final char MINUS = '\u2212';

    /** The display text read back as a number. */
    static double parse(String display) {
        return Double.parseDouble(display.replace(MINUS, '-'));
    }

    /**
     * Significant digits in plain or scientific display text. In a whole number such as "1590" the
     * trailing zeros only hold places, so they count only up to the third figure.
     */
    static int significantDigits(String display) {
        String unsigned = display.replace(String.valueOf(MINUS), "");
        boolean whole = !unsigned.contains(".") && !unsigned.contains("e");
        String digits = unsigned.split("e")[0].replace(".", "").replaceFirst("^0+", "");
        if (!whole) return digits.length();
        int figures = digits.replaceFirst("0+$", "").length();
        return Math.min(Math.max(figures, 3), digits.length());
    }

    @Nested
    class PlainNotation {
        @ParameterizedTest(name = "{0} shows as {1}")
        @CsvSource({
            "-2.6036652, −2.60",
            "-1.6090193, −1.61",
            "20.4235977, 20.4",
            "1.5655108, 1.57",
            "-15.655108, −15.7",
            "-0.6262043, −0.626",
            "2.1917152, 2.19",
            "0.000912, 0.000912",
            "0.00091249, 0.000912",
            "123456, 123000",
            "-98765.4, −98800",
            "0.0001234, 0.000123",
        })
        void three_significant_figures(double value, String expected) {
            assertEquals(expected, Num.display(value));
        }

        @Test
        void zero_is_a_bare_zero_whatever_its_sign() {
            assertEquals("0", Num.display(0.0));
            assertEquals("0", Num.display(-0.0));
        }

        @Test
        void negative_values_use_a_true_minus_sign() {
            String text = Num.display(-2.6);
            assertEquals(MINUS, text.charAt(0));
            assertFalse(text.contains("-"));
        }

        @Test
        void trailing_zeros_that_are_significant_are_kept() {
            assertEquals("−2.60", Num.display(-2.6036652));
            assertEquals("1.00", Num.display(0.99999));
        }

        @Test
        void exact_ties_round_to_even() {
            assertEquals("1.12", Num.display(1.125));
            assertEquals("1.38", Num.display(1.375));
        }
    }

    @Nested
    class ScientificNotation {
        @ParameterizedTest(name = "{0} shows as {1}")
        @CsvSource({
            "1.2345e-7, 1.23e−7",
            "-1.2345e-7, −1.23e−7",
            "9.99e-5, 9.99e−5",
            "3.0e-12, 3.00e−12",
            "1.5e9, 1.50e9",
            "-2.5e6, −2.50e6",
            "6.02214e23, 6.02e23",
            "1.0e-300, 1.00e−300",
        })
        void tiny_and_huge_values(double value, String expected) {
            assertEquals(expected, Num.display(value));
        }

        @Test
        void values_that_round_up_to_a_million_switch_to_scientific() {
            assertEquals("1.00e6", Num.display(999_999.0));
            assertEquals("999000", Num.display(999_000.0));
        }

        @Test
        void values_that_round_up_to_the_lower_bound_stay_plain() {
            assertEquals("0.000100", Num.display(0.000099996));
        }

        @Test
        void the_exponent_has_neither_plus_sign_nor_leading_zeros() {
            String text = Num.display(4.56e-8);
            assertEquals("4.56e−8", text);
            assertFalse(text.contains("+"));
            assertFalse(text.contains("e−0"));
        }
    }

    @Nested
    class NotFinite {
        @Test
        void infinities_and_nan_have_words_or_symbols() {
            assertEquals("∞", Num.display(Double.POSITIVE_INFINITY));
            assertEquals("−∞", Num.display(Double.NEGATIVE_INFINITY));
            assertEquals("not a number", Num.display(Double.NaN));
        }
    }

    @Nested
    class RandomValues {
        @Test
        void display_is_within_rounding_of_the_value_with_three_figures_and_no_hyphen() {
            Random random = new Random(61);
            for (int n = 0; n < 2000; n++) {
                double value = (random.nextBoolean() ? 1 : -1) * Math.pow(10, -12 + 24 * random.nextDouble());
                String text = Num.display(value);
                assertFalse(text.contains("-"), text);
                assertEquals(value < 0, text.charAt(0) == MINUS, text);
                assertEquals(3, significantDigits(text), value + " as " + text);
                double back = parse(text);
                assertTrue(Math.abs(back - value) <= TOLERANCE * Math.abs(back), value + " as " + text);
            }
        }
    }

    @Nested
    class Scientific {
        /** What "%.2e" of the rounded value writes, exponent without padding: the reference the display must match. */
        static String formatted(double value) {
            java.math.BigDecimal shortest = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
            java.math.BigDecimal rounded = shortest.precision() <= 3 ? shortest
                    : shortest.round(new java.math.MathContext(3, java.math.RoundingMode.HALF_EVEN));
            String sci = String.format(java.util.Locale.ROOT, "%.2e", rounded.doubleValue());
            int e = sci.indexOf('e');
            return (sci.substring(0, e) + "e" + Integer.parseInt(sci.substring(e + 1))).replace('-', MINUS);
        }

        @ParameterizedTest(name = "{0} shows as {1}")
        @CsvSource({
            "6.786206752042864E-30, 6.79e−30",
            "-0.00005, −5.00e−5",
            "0.0000999, 9.99e−5",
            "1.0E-5, 1.00e−5",
            "12345678, 1.23e7",
            "-1.0E300, −1.00e300",
            "4.9E-324, 4.90e−324",
        })
        void very_small_and_very_large_values(double value, String expected) {
            assertEquals(expected, Num.display(value));
        }

        @Test
        void agrees_with_the_formatter_across_every_magnitude() {
            Random random = new Random(11);
            for (int i = 0; i < 200_000; i++) {
                double value = (random.nextBoolean() ? 1 : -1) * random.nextDouble() * Math.pow(10, random.nextInt(80) - 40);
                if (value == 0) continue;
                if (!Num.display(value).contains("e")) continue; // plain notation: another branch
                assertEquals(formatted(value), Num.display(value), "for " + value);
            }
        }
    }

    @Nested
    class AgainstBigDecimal {
        /** The display as it was first written, through BigDecimal: the reference the digit-by-digit path must match. */
        static String reference(double value) {
            if (value == 0) return "0";
            java.math.BigDecimal shortest = new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros();
            java.math.BigDecimal rounded = shortest.precision() <= 3 ? shortest
                    : shortest.round(new java.math.MathContext(3, java.math.RoundingMode.HALF_EVEN));
            double magnitude = Math.abs(rounded.doubleValue());
            if (magnitude >= 1e-4 && magnitude < 1e6) return rounded.toPlainString().replace('-', MINUS);
            StringBuilder digits = new StringBuilder(rounded.unscaledValue().abs().toString());
            while (digits.length() < 3) digits.append('0');
            int exponent = rounded.precision() - rounded.scale() - 1;
            return ((rounded.signum() < 0 ? "-" : "") + digits.charAt(0) + "." + digits.charAt(1) + digits.charAt(2) + "e" + exponent)
                    .replace('-', MINUS);
        }

        @Test
        void random_doubles_across_every_magnitude() {
            Random random = new Random(23);
            for (int i = 0; i < 300_000; i++) {
                double value = (random.nextBoolean() ? 1 : -1) * random.nextDouble() * Math.pow(10, random.nextInt(631) - 322);
                assertEquals(reference(value), Num.display(value), "for " + value);
            }
        }

        @Test
        void random_bit_patterns() {
            Random random = new Random(29);
            for (int i = 0; i < 200_000; i++) {
                double value = Double.longBitsToDouble(random.nextLong());
                if (!Double.isFinite(value)) continue;
                assertEquals(reference(value), Num.display(value), "for " + value);
            }
        }

        /** Short decimals, ties and near-ties, nines that carry: where rounding on the digits is easiest to get wrong. */
        @Test
        void short_decimals_ties_and_carries() {
            Random random = new Random(31);
            for (int i = 0; i < 300_000; i++) {
                int figures = 1 + random.nextInt(7);
                long digits = random.nextInt(4) == 0 ? (long) Math.pow(10, figures) - 1 - random.nextInt(3)
                        : (long) (random.nextDouble() * Math.pow(10, figures));
                if (random.nextInt(3) == 0) digits = digits / 10 * 10 + 5;
                double value = (random.nextBoolean() ? 1 : -1) * digits * Math.pow(10, random.nextInt(24) - 14);
                assertEquals(reference(value), Num.display(value), "for " + value);
            }
            for (double value : new double[] {1.125, 1.135, 0.99999, 999.5, 999.4999, 99950, 999_999.0, 0.000099996, 0.00009995,
                    0.000099949, 1e-4, 1e6, 999_500, 1.0E-5, 4.9E-324, Double.MAX_VALUE, -Double.MIN_NORMAL, 100.0, 0.1, 120.0}) {
                assertEquals(reference(value), Num.display(value), "for " + value);
            }
        }
    }

    @Nested
    class Of {
        @Test
        void keeps_the_full_double_beside_the_display() {
            Num num = Num.of(1.5655108380577747);
            assertEquals("1.57", num.display());
            assertEquals("1.5655108380577747", num.full());
        }

        @Test
        void integers_show_in_full() {
            Num num = Num.of(471);
            assertEquals("471", num.display());
            assertEquals("471", num.full());
            assertEquals("12345", Num.of(12345).display());
        }
    }

    /** A number shown whole needs no hover for its digits, so the page writes it without a data element. */
    @Nested
    class Exact {
        @ParameterizedTest
        @CsvSource({"0.5", "-1.13", "2.0", "0.36", "-3", "0.0", "1.0E-300"})
        void a_short_value_is_its_own_display_except_in_exponent_form(double value) {
            Num n = Num.of(value);
            assertEquals(!n.full().contains("E"), n.exact(), n.display() + " for " + n.full());
            if (n.exact()) assertEquals(value, parse(n.display()));
        }

        @ParameterizedTest
        @CsvSource({"0.34594544122427834", "-1.163227637742329", "2.6075", "-0.0"})
        void a_rounded_value_or_a_negative_zero_is_not(double value) {
            assertFalse(Num.of(value).exact(), Num.of(value).full());
        }

        @Test
        void whole_numbers_are() {
            assertTrue(Num.of(3).exact());
            assertTrue(Num.of(-12).exact());
        }

        @Test
        void over_random_values_exact_means_shown_in_full() {
            Random random = new Random(7);
            for (int i = 0; i < 100_000; i++) {
                double value = Math.round(random.nextGaussian() * 1000) / Math.pow(10, random.nextInt(6));
                Num n = Num.of(value);
                if (n.exact()) assertEquals(value, parse(n.display()), n.full());
            }
        }
    }
}
