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
        HtmlOutput out = new HtmlOutput(s.length());
        out.writeContent(s);
        return out.finish();
    }

    /** The same, as the text's last use: a render buffer goes back to its thread for the next page. */
    static byte[] encodeLast(CharSequence text) {
        return text instanceof HtmlOutput html ? html.finish() : encode(text);
    }
}
