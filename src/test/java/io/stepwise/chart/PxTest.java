package io.stepwise.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PxTest {
    @Test
    void coordinates_are_written_to_a_tenth_without_float_noise_or_negative_zero() {
        assertEquals("12", Px.text(12.04));
        assertEquals("12.3", Px.text(12.26));
        assertEquals("-4.5", Px.text(-4.5));
        assertEquals("-0.1", Px.text(-0.06));
        assertEquals("0", Px.text(-0.04));
        assertEquals("0", Px.text(0));
        assertEquals("0.3", Px.text(0.1 + 0.2));
        assertEquals("25000000", Px.text(2.5e7), "never E notation");
    }

    @Test
    void the_text_reads_back_as_the_rounded_value() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(7));
            assertEquals(Px.round(v), Double.parseDouble(Px.text(v)), 1e-9, () -> "for " + v);
        }
    }
}
