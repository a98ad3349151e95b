package io.stepwise.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Network;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersAndStartTest {
    static final long SEED = 20_251_123L;

    @Test
    void compact_text_reads_back_as_the_same_double() {
        Random random = new Random(SEED);
        for (int i = 0; i < 10_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextGaussian();
                case 1 -> Double.longBitsToDouble(random.nextLong());
                case 2 -> Math.round(random.nextGaussian() * 1000) / 1000.0;
                default -> random.nextGaussian() * Math.pow(10, random.nextInt(600) - 300);
            };
            if (!Double.isFinite(v)) continue;
            String text = Numbers.compact(v);
            Numbers.Read back = Numbers.read(text);
            assertTrue(back.ok(), text);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(back.value()), text);
        }
    }

    @Test
    void compact_text_is_plain_for_everyday_numbers() {
        assertEquals("0.1", Numbers.compact(0.1));
        assertEquals("0.001", Numbers.compact(0.001));
        assertEquals("3", Numbers.compact(3.0));
        assertEquals("-2.5", Numbers.compact(-2.5));
        assertEquals("-0", Numbers.compact(-0.0));
        assertEquals("1e-7", Numbers.compact(1e-7));
        assertEquals("1.5e20", Numbers.compact(1.5e20));
        assertEquals("0.30000000000000004", Numbers.compact(0.1 + 0.2));
    }

    @Test
    void only_plain_finite_decimals_are_read() {
        for (String bad : new String[] {"NaN", "Infinity", "-inf", "0x1p3", "1d", "1f", "1,5", "1e", ".", "--1", "1e99999"}) {
            assertFalse(Numbers.read(bad).ok(), bad);
        }
        assertEquals(-2, Numbers.read("\u22122").value());
        assertEquals(0.5, Numbers.read(" .5 ").value());
        assertEquals(1000, Numbers.read("+1E3").value());
    }

    @Test
    void a_seed_always_draws_the_same_glorot_uniform_weights_and_zero_biases() {
        Architecture arch = new Architecture(new int[] {2, 3, 1}, Activation.TANH, Activation.IDENTITY);
        Network a = new Start.Seeded(7).network(arch);
        Network b = new Start.Seeded(7).network(arch);
        assertEquals(a, b);
        assertNotEquals(a, new Start.Seeded(8).network(arch));
        double hiddenLimit = Math.sqrt(6.0 / (2 + 3));
        double outputLimit = Math.sqrt(6.0 / (3 + 1));
        double[] w = a.weights();
        for (int i = 0; i < 6; i++) assertTrue(Math.abs(w[i]) <= hiddenLimit + 0.005, "w" + (i + 1) + " = " + w[i]);
        for (int i = 6; i < 9; i++) assertTrue(Math.abs(w[i]) <= outputLimit + 0.005, "w" + (i + 1) + " = " + w[i]);
        for (double v : w) assertEquals(Math.round(v * 100) / 100.0, v, 0, "two decimals: " + v);
        for (double v : a.biases()) assertEquals(0, v);
    }

    @Test
    void the_first_seeded_weight_is_the_documented_draw() {
        Architecture arch = new Architecture(new int[] {1, 2, 1}, Activation.SOFTPLUS, Activation.IDENTITY);
        double u = new Random(3).nextDouble() * 2 - 1;
        double expected = Math.round(u * Math.sqrt(6.0 / 3) * 100) / 100.0;
        assertEquals(expected, new Start.Seeded(3).network(arch).weights()[0]);
    }
}
