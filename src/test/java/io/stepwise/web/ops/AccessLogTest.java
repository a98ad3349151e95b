package io.stepwise.web.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccessLogTest {
    @Test
    void a_line_reads_as_the_documented_key_value_pairs() {
        assertEquals("method=GET route=/tutorials/last-bias status=200 ms=0.41 bytes=7012",
                AccessLog.line("GET", "/tutorials/last-bias", 200, 0.41f, 7012));
        assertEquals("method=HEAD route=unmatched status=404 ms=12.05 bytes=-1", AccessLog.line("HEAD", "unmatched", 404, 12.05f, -1));
        assertEquals("method=GET route=/healthz status=200 ms=0.00 bytes=2", AccessLog.line("GET", "/healthz", 200, 0.001f, 2));
    }

    @Test
    void the_time_has_two_decimals_as_a_formatter_would_give_them() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            float millis = random.nextInt(4) == 0 ? random.nextInt(100_000) / 100f : random.nextFloat() * (float) Math.pow(10, random.nextInt(6));
            String expected = String.format(Locale.ROOT, "%.2f", millis);
            String line = AccessLog.line("GET", "/", 200, millis, 0);
            String shown = line.substring(line.indexOf("ms=") + 3, line.indexOf(" bytes"));
            // Half-way cases may round either way between the float's decimal text and its exact value.
            assertEquals(Double.parseDouble(expected), Double.parseDouble(shown), 0.0100001, () -> millis + ": " + shown + " against " + expected);
            assertEquals(expected.length() - expected.indexOf('.'), shown.length() - shown.indexOf('.'), shown);
        }
    }
}
