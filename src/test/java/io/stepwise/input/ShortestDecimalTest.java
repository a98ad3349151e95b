package io.stepwise.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortestDecimalTest {
    @ParameterizedTest
    @ValueSource(doubles = {1.0, -1.0, 0.1, 0.5, 2.4433, -2.82e17, 1e7, 9999999.999999998, 1234567.0, 0.001,
        9.999999999999998E-4, 1e-5, 123.456, 1e21, 1e22, 4.5e15, 9007199254740992.0, 9007199254740994.0,
        Double.MAX_VALUE, Double.MIN_NORMAL, 1.0E-322, Double.MIN_VALUE, 0.0, -0.0, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.08373, 1.12e-6, 0.000649, 6.26e-34, 3.0E-3, 100.0})
    void writes_what_double_to_string_writes(double v) {
        assertEquals(Double.toString(v), ShortestDecimal.of(v));
    }

    /** Java 17's classic extra digit: 10²³ is written as 9.999999999999999E22 there, as 1.0E23 since Java 19 and here. */
    @Test
    void writes_the_shortest_where_java_17_does_not() {
        assertEquals("1.0E23", ShortestDecimal.of(1e23));
        assertEquals(1e23, Double.parseDouble(ShortestDecimal.of(1e23)));
        assertEquals("2.0093968484231964E18", ShortestDecimal.of(2.00939684842319642E18));
    }

    /** Every power of two a double holds: each has the narrower interval below it. */
    @Test
    void powers_of_two_read_back() {
        for (int e = -1074; e <= 1023; e++) {
            double v = Math.scalb(1.0, e);
            String text = ShortestDecimal.of(v);
            assertEquals(v, Double.parseDouble(text), text);
            assertTrue(text.length() <= Double.toString(v).length(), text + " against " + Double.toString(v));
        }
    }

    /**
     * Random doubles of every size read back as themselves, never longer than Java 17 writes them;
     * and between 10⁻¹⁰ and 10¹⁰, where the pages' numbers are, exactly as Java 17 writes them.
     */
    @Test
    void random_doubles_read_back_and_match_where_the_pages_numbers_are() {
        SplittableRandom random = new SplittableRandom(20261202);
        for (int i = 0; i < 400_000; i++) {
            double v = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble(-3, 3);
                case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-10, 11));
                default -> Math.round(random.nextDouble(-1e6, 1e6)) / Math.pow(10, random.nextInt(0, 9));
            };
            if (Double.isNaN(v)) continue;
            String text = ShortestDecimal.of(v);
            String java = Double.toString(v);
            assertEquals(v, Double.parseDouble(text), text);
            assertTrue(text.length() <= java.length(), text + " against " + java);
            double a = Math.abs(v);
            if (a >= 1e-10 && a <= 1e10) assertEquals(java, text);
        }
    }

    /** The floors of logarithms the method relies on, against exact arithmetic for every exponent a double has. */
    @Test
    void logarithm_floors_are_exact() {
        for (int q = -1080; q <= 1080; q++) {
            int k = ShortestDecimal.flog10pow2(q);
            assertTrue(atMost(k, BigDecimal.ONE, q) && !atMost(k + 1, BigDecimal.ONE, q), "log10 2^" + q);
            int k34 = ShortestDecimal.flog10threeQuartersPow2(q);
            BigDecimal threeQuarters = new BigDecimal("0.75");
            assertTrue(atMost(k34, threeQuarters, q) && !atMost(k34 + 1, threeQuarters, q), "log10 3/4·2^" + q);
        }
        for (int e = -400; e <= 400; e++) {
            int f = ShortestDecimal.flog2pow10(e);
            // 2^f ≤ 10^e < 2^(f+1)
            assertTrue(twoPowAtMostTenPow(f, e) && !twoPowAtMostTenPow(f + 1, e), "log2 10^" + e);
        }
    }

    /** 10^k ≤ m·2^q */
    private static boolean atMost(int k, BigDecimal m, int q) {
        BigDecimal tenPow = k >= 0 ? new BigDecimal(BigInteger.TEN.pow(k)) : BigDecimal.ONE.divide(new BigDecimal(BigInteger.TEN.pow(-k)));
        BigDecimal twoPow = q >= 0 ? new BigDecimal(BigInteger.TWO.pow(q)) : BigDecimal.ONE.divide(new BigDecimal(BigInteger.TWO.pow(-q)));
        return tenPow.compareTo(m.multiply(twoPow)) <= 0;
    }

    /** 2^f ≤ 10^e */
    private static boolean twoPowAtMostTenPow(int f, int e) {
        // Compare 2^f·10^−e with 1 in integers: 2^f·10^max(0,−e) ≤ 10^max(0,e)·2^max(0,−f)
        BigInteger left = BigInteger.TWO.pow(Math.max(0, f)).multiply(BigInteger.TEN.pow(Math.max(0, -e)));
        BigInteger right = BigInteger.TEN.pow(Math.max(0, e)).multiply(BigInteger.TWO.pow(Math.max(0, -f)));
        return left.compareTo(right) <= 0;
    }
}
