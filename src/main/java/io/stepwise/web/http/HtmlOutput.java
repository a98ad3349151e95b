package io.stepwise.web.http;

import gg.jte.TemplateOutput;
import java.util.Arrays;

/**
 * Where a template is rendered: a char buffer sized from the template's last output, and a quick
 * path for the numbers that fill a chart's SVG. The text is exactly what jte's own output would
 * give. A StringBuilder would start a 40 KB fragment small and grow it by doubling, then switch
 * it to two bytes a character at the first “−”; this buffer is allocated once and copied once.
 */
final class HtmlOutput implements TemplateOutput, CharSequence {
    /** Below this, whole tenths are written from a long: |v| < 10⁷ is where Double.toString uses no exponent. */
    private static final long MAX_TENTHS = 100_000_000L;

    private char[] buffer;
    private int length;

    HtmlOutput(int capacity) { buffer = new char[Math.max(capacity, 16)]; }

    @Override
    public void writeContent(String value) { writeContent(value, 0, value.length()); }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        room(endIndex - beginIndex);
        value.getChars(beginIndex, endIndex, buffer, length);
        length += endIndex - beginIndex;
    }

    @Override
    public void writeUserContent(int value) { writeContent(Integer.toString(value)); }

    @Override
    public void writeUserContent(long value) { writeContent(Long.toString(value)); }

    /**
     * As {@link Double#toString}: chart coordinates are rounded to 0.1 px, and for a double that is
     * the nearest one to a number of tenths t (and not 0), that text is t / 10 with one decimal
     * ("12.0", "-4.5"). Formatting a double the general way costs about as much as the rest of
     * writing the attribute; a chart has hundreds of them.
     */
    @Override
    public void writeUserContent(double value) {
        long tenths = Math.round(value * 10);
        if (tenths == 0 || tenths / 10.0 != value || Math.abs(tenths) >= MAX_TENTHS) {
            writeContent(Double.toString(value));
            return;
        }
        room(11);
        if (tenths < 0) buffer[length++] = '-';
        long abs = Math.abs(tenths);
        long whole = abs / 10;
        int digits = 1;
        for (long w = whole; w >= 10; w /= 10) digits++;
        for (int i = length + digits - 1; i >= length; i--, whole /= 10) buffer[i] = (char) ('0' + whole % 10);
        length += digits;
        buffer[length++] = '.';
        buffer[length++] = (char) ('0' + abs % 10);
    }

    private void room(int more) {
        if (length + more > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }

    @Override
    public int length() { return length; }

    @Override
    public char charAt(int index) {
        if (index >= length) throw new IndexOutOfBoundsException(index);
        return buffer[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) { return toString().substring(start, end); }

    /** The text's UTF-8 bytes, encoded from the buffer without a String in between. */
    byte[] utf8() { return Utf8.encode(buffer, length); }

    @Override
    public String toString() { return new String(buffer, 0, length); }
}
