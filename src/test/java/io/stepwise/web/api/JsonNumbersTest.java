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
}
