package io.stepwise.web.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick paths must write exactly what Double.toString and String.getBytes would. */
class HtmlOutputTest {

    private static String written(double v) {
        HtmlOutput out = new HtmlOutput(16);
        out.writeUserContent(v);
        return out.toString();
    }

    @Test
    void every_tenth_up_to_a_hundred_thousand_is_written_as_double_to_string_writes_it() {
        for (long t = -1_000_000; t <= 1_000_000; t++) {
            double v = t / 10.0;
            if (!written(v).equals(Double.toString(v))) assertEquals(Double.toString(v), written(v), "tenths " + t);
        }
    }

    @Test
    void other_doubles_are_written_as_double_to_string_writes_them() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextGaussian() * 1e3;
                case 1 -> Math.round(random.nextGaussian() * 1e5) / 10.0 + 1e-9;
                case 2 -> Math.round(random.nextDouble() * 2e9 - 1e9) / 10.0;
                default -> Double.longBitsToDouble(random.nextLong());
            };
            // Beyond 10^16 or so Java 17 may write a digit more; the page writes the shortest, as Java 19 does.
            assertEquals(i % 4 == 3 ? io.stepwise.input.ShortestDecimal.of(v) : Double.toString(v), written(v), "for " + v);
        }
        for (double v : new double[] {0.0, -0.0, 0.05, 1e-4, 9_999_999.9, 1e7, -1e7, 0.1 + 0.2, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE}) {
            assertEquals(Double.toString(v), written(v), "for " + v);
        }
    }

    @Test
    void text_and_whole_numbers_are_written_as_they_are() {
        HtmlOutput out = new HtmlOutput(0);
        out.writeContent("<p>");
        out.writeContent("x=1;", 2, 3);
        out.writeUserContent(-42);
        out.writeUserContent(7_000_000_000L);
        out.writeContent(" −δ→ ".repeat(10));
        assertEquals("<p>1-427000000000" + " −δ→ ".repeat(10), out.toString());
    }

    @Test
    void pages_are_encoded_as_get_bytes_would_encode_them() {
        for (String s : new String[] {"", "plain ascii", "café", "x − y → δ₃ “q”", "emoji 😀 and a lone \uD83D surrogate", "\uDE00 low first", "end\uD83D"}) {
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s), s);
        }
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[random.nextInt(i % 100 == 0 ? 700 : 40)]; // some longer than the copy buffer
            for (int j = 0; j < chars.length; j++) chars[j] = (char) random.nextInt(random.nextBoolean() ? 0x100 : 0x10000);
            String s = new String(chars);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s), () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
            HtmlOutput out = new HtmlOutput(1);
            out.writeContent(s);
            out.writeContent(s);
            assertArrayEquals((s + s).getBytes(StandardCharsets.UTF_8), Utf8.encode(out), () -> "from the buffer, for " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void fixed_text_comes_as_bytes_and_a_pair_split_between_writes_is_joined() {
        HtmlOutput out = new HtmlOutput(1);
        out.writeBinaryContent("<p>x − y</p>".getBytes(StandardCharsets.UTF_8));
        out.writeContent("a\uD83D");
        out.writeContent("\uDE00b");
        out.writeContent("c\uD83D");
        out.writeBinaryContent("→".getBytes(StandardCharsets.UTF_8));
        out.writeContent("\uD83D");
        out.writeUserContent(12.5);
        out.writeContent("\uD83D");
        String expected = "<p>x − y</p>a\uD83D\uDE00bc\uD83D→\uD83D12.5\uD83D";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Utf8.encode(out));
        assertEquals(new String(expected.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), out.toString());
    }

    @Test
    void fixed_text_that_starts_a_line_loses_its_indentation_and_blank_lines_and_no_other_space() {
        HtmlOutput out = new HtmlOutput(1);
        out.writeBinaryContent(bytes("<ul>\n"));
        for (String item : new String[] {"a", "b"}) {
            out.writeBinaryContent(bytes("\n    <li>"));
            out.writeUserContent(item);
            out.writeBinaryContent(bytes(" item</li>\n"));
        }
        out.writeUserContent("x\n");
        out.writeBinaryContent(bytes("\t  y "));
        out.writeUserContent(3);
        out.writeBinaryContent(bytes("  z"));
        assertEquals("<ul>\n<li>a item</li>\n<li>b item</li>\nx\ny 3  z", out.toString());
    }

    private static byte[] bytes(String text) { return text.getBytes(StandardCharsets.UTF_8); }

    @Test
    void values_are_escaped_for_their_place_as_jte_escapes_them() {
        String[][] places = {{null, null}, {"p", null}, {"td", "title"}, {"polyline", "points"}, {"a", "href"}, {"button", "onclick"},
            {"script", null}, {"input", "value"}};
        Random random = new Random(11);
        String alphabet = "ab1.- <>&\"'=/:;−→é😀";
        for (int i = 0; i < 6_000; i++) {
            StringBuilder v = new StringBuilder(i % 50 == 0 ? " JavaScript:alert(1)" : "");
            for (int n = random.nextInt(60); n > 0; n--) v.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            String[] place = places[i % places.length];
            HtmlOutput out = new HtmlOutput(4);
            gg.jte.output.StringOutput expected = new gg.jte.output.StringOutput();
            gg.jte.html.OwaspHtmlTemplateOutput jte = new gg.jte.html.OwaspHtmlTemplateOutput(expected);
            out.setContext(place[0], place[1]);
            jte.setContext(place[0], place[1]);
            out.writeUserContent(v.toString());
            jte.writeUserContent(v.toString());
            assertEquals(expected.toString(), out.toString(), () -> "in " + String.join(" ", java.util.Arrays.asList(place)) + " for " + v);
        }
    }

    @Test
    void a_finished_page_keeps_its_bytes_when_the_next_render_takes_its_buffer() {
        HtmlOutput first = new HtmlOutput(64);
        first.writeContent("first − page");
        byte[] firstBytes = Utf8.encodeLast(first);
        HtmlOutput second = new HtmlOutput(8);
        second.writeContent("second");
        assertArrayEquals("first − page".getBytes(StandardCharsets.UTF_8), firstBytes);
        assertArrayEquals("second".getBytes(StandardCharsets.UTF_8), Utf8.encodeLast(second));
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> first.writeContent("late"));
    }
}
