package io.stepwise.exercise;

import java.util.regex.Pattern;

/**
 * A typed answer, read leniently where that is safe and strictly where it is not: surrounding
 * spaces are dropped, a true minus sign (U+2212) counts as a minus, a leading + is allowed and
 * so is an exponent (1.5e-3). A decimal comma is refused with a message, since "1,500" could be
 * one and a half or fifteen hundred.
 *
 * @param value the number, or NaN when the text is not one
 * @param text the text as typed, trimmed
 * @param problem why it is not a number, or null
 */
public record Answer(double value, String text, String problem) {
    public static final int MAX_LENGTH = 40;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    public boolean isNumber() { return problem == null; }

    public static Answer parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) return unreadable(text, "Type a number first.");
        if (text.length() > MAX_LENGTH) {
            return unreadable(text.substring(0, MAX_LENGTH) + "…", "That answer is too long: at most " + MAX_LENGTH + " characters.");
        }
        // A space between the sign and the digits is harmless; one between digits is not ("2 61").
        String ascii = text.replace('\u2212', '-').replaceFirst("^([+-])\\s+", "$1");
        if (ascii.indexOf(',') >= 0) {
            // "1,5" surely means 1.5; "1,500" might mean fifteen hundred, so it gets no suggestion.
            boolean decimal = ascii.matches("[+-]?\\d*,\\d+") && !ascii.matches("[+-]?\\d{1,3},\\d{3}");
            String suggestion = decimal ? " Write " + ascii.replace(',', '.').replace('-', '\u2212') + "." : "";
            return unreadable(text, "Use a point as the decimal separator, not a comma; commas are not accepted." + suggestion);
        }
        if (!NUMBER.matcher(ascii).matches()) {
            return unreadable(text, "“" + text + "” is not a number. Type a number such as 2.61 or −0.5 (a true minus sign − works too).");
        }
        double value = Double.parseDouble(ascii);
        if (!Double.isFinite(value)) return unreadable(text, "“" + text + "” is too large to be an answer here.");
        return new Answer(value, text, null);
    }

    private static Answer unreadable(String text, String problem) {
        return new Answer(Double.NaN, text, problem);
    }
}
