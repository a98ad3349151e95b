package io.stepwise.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The API's number arrays are exactly what Jackson's own conversion would give. */
class JsonNumbersTest {
    @Test
    void arrays_of_any_depth_match_jacksons_conversion_nulls_included() {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            double[][][] cube = new double[random.nextInt(4)][][];
            for (int a = 0; a < cube.length; a++) {
                if (random.nextInt(5) == 0) continue; // a null row, as the input layer's pre-activations are
                cube[a] = new double[random.nextInt(4)][];
                for (int b = 0; b < cube[a].length; b++) {
                    cube[a][b] = new double[random.nextInt(5)];
                    for (int c = 0; c < cube[a][b].length; c++) {
                        cube[a][b][c] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
                    }
                }
            }
            assertEquals(JsonBody.MAPPER.valueToTree(cube), JsonBody.numbers(cube));
            if (cube.length > 0) assertEquals(JsonBody.MAPPER.valueToTree(cube[0]), JsonBody.numbers(cube[0]));
        }
        assertEquals(JsonBody.MAPPER.valueToTree(new double[] {0.1, -0.0, 1e-300}), JsonBody.numbers(new double[] {0.1, -0.0, 1e-300}));
    }

    /** The API writes a double as the pages write it in full: the shortest decimal, also where Java 17's text is longer. */
    @Test
    void doubles_are_written_as_the_pages_write_them() throws Exception {
        Random random = new Random(8);
        for (int i = 0; i < 2_000; i++) {
            double v = i == 0 ? 1e23 : i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextGaussian();
            if (!Double.isFinite(v)) continue;
            String json = new String(JsonBody.MAPPER.writeValueAsBytes(JsonBody.numbers(new double[] {v})), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals("[" + io.stepwise.input.ShortestDecimal.of(v) + "]", json, "for " + v);
        }
    }
}
