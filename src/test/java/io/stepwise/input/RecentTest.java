package io.stepwise.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A kept text is the one its own double makes, whichever doubles shared its slot before. */
class RecentTest {

    @Test
    void every_double_gets_its_own_text_through_collisions_and_repeats() {
        Recent<String> recent = new Recent<>(Double::toString);
        Random random = new Random(5);
        double[] pool = new double[20_000];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = switch (i % 3) {
                case 0 -> random.nextGaussian();
                case 1 -> Math.round(random.nextGaussian() * 1e4) / 1e3;
                default -> Double.longBitsToDouble(random.nextLong());
            };
        }
        for (int i = 0; i < 200_000; i++) {
            double v = pool[random.nextInt(pool.length)];
            assertEquals(Double.toString(v), recent.of(v), "for bits " + Double.doubleToRawLongBits(v));
        }
        assertEquals("0.0", recent.of(0.0));
        assertEquals("-0.0", recent.of(-0.0));
        assertEquals("0.0", recent.of(0.0));
    }

    @Test
    void kept_number_texts_match_freshly_made_ones() {
        Random random = new Random(9);
        for (int i = 0; i < 50_000; i++) {
            double v = i % 2 == 0 ? Math.round(random.nextGaussian() * 1e5) / 1e4 : random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15);
            String compact = NumberText.compact(v);
            String plain = NumberText.plain(v);
            assertEquals(compact, NumberText.compact(v));
            assertEquals(plain, NumberText.plain(v));
            assertEquals(new java.math.BigDecimal(plain).doubleValue(), v, 0.0, "plain reads back for " + v);
            assertEquals(Double.parseDouble(compact), v, 0.0, "compact reads back for " + v);
        }
    }
}
