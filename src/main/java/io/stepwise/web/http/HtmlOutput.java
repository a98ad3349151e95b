package io.stepwise.web.http;

import gg.jte.Content;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.runtime.StringUtils;
import io.stepwise.input.ShortestDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a template is rendered: its UTF-8 bytes, in a buffer sized from the template's last
 * output, with a quick path for the numbers that fill a chart's SVG. The bytes are exactly what
 * jte's own output would give, encoded as {@code String.getBytes(UTF_8)} would. The templates'
 * fixed text comes already encoded (jte's binary static content), so most of a page is copied,
 * not encoded; what the model supplies is escaped and encoded in one pass, as it is written.
 */
final class HtmlOutput implements HtmlTemplateOutput, CharSequence {
    /** Below this, whole tenths are written from a long: |v| < 10⁷ is where Double.toString uses no exponent. */
    private static final long MAX_TENTHS = 100_000_000L;

    private byte[] buffer;
    private int length;
    /** A high surrogate that ended the last text written, waiting to see whether a low one follows; or 0. */
    private char high;
    /** The text, once asked for as characters. */
    private String text;
    /** The element and attribute being written, as the template last said; null outside either. */
    private String tagName;
    private String attributeName;
    /** jte's own escaping output, writing here, for the rare places this one leaves to it. */
    private OwaspHtmlTemplateOutput owasp;

    /**
     * Each thread's buffer from its last finished page, for its next: a page's buffer is tens of
     * kilobytes, allocated and cleared for every render otherwise. Larger ones are not kept.
     */
    private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();
    private static final int MAX_SPARE = 256 << 10;

    HtmlOutput(int capacity) {
        byte[] spare = SPARE.get();
        if (spare != null && spare.length >= capacity) {
            SPARE.set(null);
            buffer = spare;
        } else {
            buffer = new byte[Math.max(capacity, 16)];
        }
    }

    @Override
    public void writeContent(String value) { write(value, 0, value.length(), null); }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) { write(value, beginIndex, endIndex, null); }

    /**
     * Where the template is: jte says so before each value it writes, and a value is escaped for
     * its place, as jte's {@link OwaspHtmlTemplateOutput} would escape it (that output does what
     * this one does not: script blocks, event handlers and content passed to an attribute).
     */
    @Override
    public void setContext(String tagName, String attributeName) {
        this.tagName = tagName;
        this.attributeName = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) return;
        boolean attribute = tagName != null && attributeName != null;
        if (attribute ? attributeName.startsWith("on") : "script".equals(tagName)) {
            owasp().writeUserContent(value);
        } else if (attribute && tagName.equals("a") && attributeName.equals("href")) {
            // As jte's output: a javascript: link is dropped, any other escaped as an attribute.
            if (!StringUtils.startsWithIgnoringCaseAndWhitespaces(value, "javascript:")) write(value, 0, value.length(), ATTRIBUTE);
        } else {
            write(value, 0, value.length(), attribute ? ATTRIBUTE : CONTENT);
        }
    }

    @Override
    public void writeUserContent(Content content) {
        if (content == null) return;
        if (tagName != null && attributeName != null) owasp().writeUserContent(content);
        else content.writeTo(this);
    }

    private OwaspHtmlTemplateOutput owasp() {
        if (owasp == null) owasp = new OwaspHtmlTemplateOutput(this);
        owasp.setContext(tagName, attributeName);
        return owasp;
    }

    /** Entities by character, as jte's Escape writes them: in an attribute value, and in text. */
    private static final byte[][] ATTRIBUTE = entities("'", "&#39;", "\"", "&#34;", "&", "&amp;", "<", "&lt;");
    private static final byte[][] CONTENT = entities("&", "&amp;", "<", "&lt;", ">", "&gt;");

    private static byte[][] entities(String... pairs) {
        byte[][] table = new byte[0x80][];
        for (int i = 0; i < pairs.length; i += 2) table[pairs[i].charAt(0)] = pairs[i + 1].getBytes(StandardCharsets.US_ASCII);
        return table;
    }

    /** Bit c set for each character c (all below 64) that has an entity in the table. */
    private static long mask(byte[][] escapes) {
        long mask = 0;
        for (int c = 0; c < escapes.length; c++) if (escapes[c] != null) mask |= 1L << c;
        return mask;
    }

    private static final long ATTRIBUTE_MASK = mask(ATTRIBUTE);
    private static final long CONTENT_MASK = mask(CONTENT);
    /** From this length, a whole text is encoded at once and then scanned as bytes: several times quicker than char by char. */
    private static final int BULK = 24;

    /** Chars begin to end of value as UTF-8, each ASCII one with an entity in {@code escapes} (if given) as that entity. */
    private void write(String value, int beginIndex, int endIndex, byte[][] escapes) {
        if (beginIndex == endIndex) return;
        if (endIndex - beginIndex >= BULK && beginIndex == 0 && endIndex == value.length() && high == 0
                && !Character.isHighSurrogate(value.charAt(endIndex - 1))) {
            writeBulk(value.getBytes(StandardCharsets.UTF_8), escapes);
            return;
        }
        room(endIndex - beginIndex + 4);
        byte[] b = buffer;
        int o = length;
        int i = beginIndex;
        if (high != 0) {
            char c = value.charAt(i);
            if (Character.isLowSurrogate(c)) {
                o = fourBytes(b, o, Character.toCodePoint(high, c));
                i++;
            } else {
                b[o++] = '?';
            }
            high = 0;
        }
        for (; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                byte[] entity = escapes == null ? null : escapes[c];
                if (entity == null) {
                    b[o++] = (byte) c;
                    continue;
                }
                if (o + entity.length + endIndex - i > b.length) {
                    length = o;
                    room(entity.length + endIndex - i);
                    b = buffer;
                }
                System.arraycopy(entity, 0, b, o, entity.length);
                o += entity.length;
                continue;
            }
            if (o + 4 + endIndex - i > b.length) { // room for this character's bytes and one for each after it
                length = o;
                room(4 + endIndex - i);
                b = buffer;
            }
            if (c < 0x800) {
                b[o++] = (byte) (0xC0 | c >> 6);
                b[o++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[o++] = (byte) (0xE0 | c >> 12);
                b[o++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[o++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == endIndex) {
                    high = c; // its pair may begin the next text
                } else if (Character.isLowSurrogate(value.charAt(i + 1))) {
                    o = fourBytes(b, o, Character.toCodePoint(c, value.charAt(++i)));
                } else {
                    b[o++] = '?';
                }
            } else {
                b[o++] = '?';
            }
        }
        length = o;
        text = null;
    }

    /**
     * A whole text's UTF-8 bytes (as getBytes gives them: a lone surrogate is '?', as here), with
     * the entities of {@code escapes}. Bytes of characters past ASCII are never escaped.
     */
    private void writeBulk(byte[] bytes, byte[][] escapes) {
        long mask = escapes == ATTRIBUTE ? ATTRIBUTE_MASK : escapes == CONTENT ? CONTENT_MASK : 0;
        int n = bytes.length;
        int plain = 0; // the bytes before the first one to escape, copied at once
        while (plain < n && !escaped(mask, bytes[plain])) plain++;
        room(n);
        System.arraycopy(bytes, 0, buffer, length, plain);
        length += plain;
        for (int i = plain; i < n; i++) {
            int x = bytes[i];
            if (!escaped(mask, x)) {
                buffer[length++] = (byte) x;
                continue;
            }
            byte[] entity = escapes[x];
            room(entity.length + n - i - 1); // the room made above counted one byte for it
            System.arraycopy(entity, 0, buffer, length, entity.length);
            length += entity.length;
        }
        text = null;
    }

    /** Whether a byte is an ASCII character with its bit set in the mask (a byte past ASCII is negative). */
    private static boolean escaped(long mask, int x) { return (x & ~63) == 0 && (mask >>> x & 1) != 0; }

    private static int fourBytes(byte[] b, int o, int cp) {
        b[o++] = (byte) (0xF0 | cp >> 18);
        b[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[o++] = (byte) (0x80 | cp & 0x3F);
        return o;
    }

    /**
     * A template's fixed text, already UTF-8. The build drops the indentation after each line break
     * within a part; a part that starts a line (after a loop's or condition's line, say) keeps its
     * indentation and blank lines, so they are dropped here when what came before ends the line.
     * (The build checks that no part of a pre's or textarea's text starts so, where it would show.)
     */
    @Override
    public void writeBinaryContent(byte[] value) {
        settle();
        int from = 0;
        if (length > 0 && buffer[length - 1] == '\n') {
            while (from < value.length && (value[from] == ' ' || value[from] == '\t' || value[from] == '\n')) from++;
        }
        int n = value.length - from;
        room(n);
        System.arraycopy(value, from, buffer, length, n);
        length += n;
        text = null;
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
            writeContent(ShortestDecimal.of(value));
            return;
        }
        settle();
        room(11);
        if (tenths < 0) buffer[length++] = '-';
        long abs = Math.abs(tenths);
        long whole = abs / 10;
        int digits = 1;
        for (long w = whole; w >= 10; w /= 10) digits++;
        for (int i = length + digits - 1; i >= length; i--, whole /= 10) buffer[i] = (byte) ('0' + whole % 10);
        length += digits;
        buffer[length++] = '.';
        buffer[length++] = (byte) ('0' + abs % 10);
        text = null;
    }

    /** A high surrogate left waiting with no low one after it is written as getBytes writes it: '?'. */
    private void settle() {
        if (high == 0) return;
        room(1);
        buffer[length++] = '?';
        high = 0;
    }

    private void room(int more) {
        if (length + more > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }

    /** How many bytes were written: the next render of the template starts with room for about as many. */
    int size() {
        settle();
        return length;
    }

    @Override
    public int length() { return toString().length(); }

    @Override
    public char charAt(int index) { return toString().charAt(index); }

    @Override
    public CharSequence subSequence(int start, int end) { return toString().substring(start, end); }

    /** The text's UTF-8 bytes. */
    byte[] utf8() {
        settle();
        return Arrays.copyOf(buffer, length);
    }

    /**
     * The text's UTF-8 bytes, as the last use of this output: its buffer goes to this thread's next
     * render, and writing or reading here afterwards fails (unless the text was read before).
     */
    byte[] finish() {
        byte[] out = utf8();
        if (buffer.length <= MAX_SPARE) SPARE.set(buffer);
        buffer = null;
        return out;
    }

    @Override
    public String toString() {
        if (text != null) return text;
        settle();
        text = new String(buffer, 0, length, StandardCharsets.UTF_8);
        return text;
    }
}
