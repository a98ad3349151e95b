package io.stepwise.tutorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A short piece of maths such as dy₁/dx₁ or σ(x₁): text runs, each followed by an optional
 * subscript, so that templates can set subscripts as {@code <sub>} without unescaped HTML.
 */
public record Notation(List<Part> parts) {

    /** Text followed by a subscript ("" for none). */
    /** A parameter's name as a word: w or b and its number. */
    private static final Pattern PARAMETER = Pattern.compile("\\b([wb])(\\d+)\\b");

    public record Part(String text, String subscript) {}

    public Notation {
        parts = List.copyOf(parts);
    }

    /** Text as it is, without subscripts: names that come from a user, such as the playground's. */
    public static Notation text(String text) { return new Notation(List.of(new Part(text, ""))); }

    /**
     * Reads "_" followed by digits as a subscript: {@code "dy_1/dx_1"} becomes dy, sub 1, /dx, sub 1.
     * Any other character is text.
     */
    public static Notation of(String source) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int end = i + 1;
            while (end < source.length() && Character.isDigit(source.charAt(end))) end++;
            if (c == '_' && end > i + 1) {
                parts.add(new Part(text.toString(), source.substring(i + 1, end)));
                text.setLength(0);
                i = end;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0 || parts.isEmpty()) parts.add(new Part(text.toString(), ""));
        return new Notation(parts);
    }

    /**
     * Plain text such as a form label, in which a parameter's name (w or b and its number, as a
     * word) takes its number as a subscript: "Starting b3" becomes Starting b, sub 3.
     */
    public static Notation withParameterNames(String text) {
        return of(PARAMETER.matcher(text).replaceAll("$1_$2"));
    }

    /** The same text with subscripts run in, e.g. "dy1/dx1": for sentences read aloud and for tests. */
    public String plain() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) b.append(p.text()).append(p.subscript());
        return b.toString();
    }
}
