package io.stepwise.web;

import gg.jte.TemplateOutput;

/**
 * Where a template is rendered: a string builder sized from the template's last output (a 40 KB
 * fragment otherwise grows by doubling, copying itself ten times), and a quick path for the
 * numbers that fill a chart's SVG. The text is exactly what jte's own output would give.
 */
final class HtmlOutput implements TemplateOutput {
    /** Below this, whole tenths are written from a long: |v| < 10⁷ is where Double.toString uses no exponent. */
    private static final long MAX_TENTHS = 100_000_000L;

    private final StringBuilder out;

    HtmlOutput(int capacity) { out = new StringBuilder(capacity); }

    @Override
    public void writeContent(String value) { out.append(value); }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) { out.append(value, beginIndex, endIndex); }

    @Override
    public void writeUserContent(int value) { out.append(value); }

    @Override
    public void writeUserContent(long value) { out.append(value); }

    /**
     * As {@link Double#toString}: chart coordinates are rounded to 0.1 px, and for a double that is
     * the nearest one to a number of tenths t (and not 0), that text is t / 10 with one decimal
     * ("12.0", "-4.5"). Formatting a double the general way costs about as much as the rest of
     * writing the attribute; a chart has hundreds of them.
     */
    @Override
    public void writeUserContent(double value) {
        long tenths = Math.round(value * 10);
        if (tenths != 0 && tenths / 10.0 == value && Math.abs(tenths) < MAX_TENTHS) {
            if (tenths < 0) out.append('-');
            long abs = Math.abs(tenths);
            out.append(abs / 10).append('.').append((char) ('0' + abs % 10));
        } else {
            out.append(value);
        }
    }

    int length() { return out.length(); }

    @Override
    public String toString() { return out.toString(); }
}
