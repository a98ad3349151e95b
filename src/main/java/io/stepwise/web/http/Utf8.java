package io.stepwise.web.http;

/**
 * UTF-8 bytes of a page, allocated at their exact size. For text with any character past Latin-1
 * (every lesson has a “−”), {@code String.getBytes} first allocates three bytes a character and
 * then copies the result: 150 KB of garbage for a 40 KB fragment.
 */
final class Utf8 {
    private Utf8() {}

    /** The same bytes as {@code text.getBytes(UTF_8)}, a lone surrogate included (as '?'). */
    static byte[] encode(CharSequence text) {
        if (text instanceof HtmlOutput html) return html.utf8();
        String s = text.toString();
        return encode(s.toCharArray(), s.length());
    }

    /** The same, as the text's last use: a render buffer goes back to its thread for the next page. */
    static byte[] encodeLast(CharSequence text) {
        return text instanceof HtmlOutput html ? html.finish() : encode(text);
    }

    /** The first n chars of text as UTF-8. */
    static byte[] encode(char[] text, int n) {
        int size = 0;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c < 0x80) {
                size++;
            } else if (c < 0x800) {
                size += 2;
            } else if (!Character.isSurrogate(c)) {
                size += 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1])) {
                size += 4;
                i++;
            } else {
                size++;
            }
        }
        byte[] out = new byte[size];
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[o++] = (byte) (0xE0 | c >> 12);
                out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1])) {
                int cp = Character.toCodePoint(c, text[++i]);
                out[o++] = (byte) (0xF0 | cp >> 18);
                out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[o++] = '?';
            }
        }
        return out;
    }
}
