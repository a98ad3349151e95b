package io.stepwise.exercise;

import io.stepwise.input.NumberText;
import java.math.BigDecimal;

/**
 * A typed answer, read by the one number reader ({@link NumberText}: surrounding spaces dropped, a
 * true minus sign (U+2212) counts as a minus, a leading + and an exponent (1.5e-3) are allowed),
 * with messages addressed to the student. A decimal comma is refused with a message, since "1,500"
 * could be one and a half or fifteen hundred.
 *
 * @param value the number, or NaN when the text is not one
 * @param text the text as typed, trimmed
 * @param problem why it is not a number, or null
 * @param decimals how many decimals were typed: 4 for "2.6075", 0 for "3", −2 for "3e2" (0 when not a number).
 *                 A typed number stands for every value that rounds to it at this precision.
 */
public record Answer(double value, String text, String problem, int decimals) {
    public static final int MAX_LENGTH = NumberText.MAX_LENGTH;

    public boolean isNumber() { return problem == null; }

    public static Answer parse(String raw) {
        NumberText.Read read = NumberText.decimal(raw);
        String text = read.text();
        if (read.ok()) return new Answer(read.value(), text, null, new BigDecimal(read.ascii()).scale());
        return switch (read.problem()) {
            case EMPTY -> unreadable(text, "Type a number first.");
            case TOO_LONG -> unreadable(text.substring(0, MAX_LENGTH) + "…", "That answer is too long: at most " + MAX_LENGTH + " characters.");
            case COMMA -> {
                // "1,5" surely means 1.5; "1,500" might mean fifteen hundred, so it gets no suggestion.
                String ascii = read.ascii();
                boolean decimal = ascii.matches("[+-]?\\d*,\\d+") && !ascii.matches("[+-]?\\d{1,3},\\d{3}");
                String suggestion = decimal ? " Write " + ascii.replace(',', '.').replace('-', '\u2212') + "." : "";
                yield unreadable(text, "Use a point as the decimal separator, not a comma; commas are not accepted." + suggestion);
            }
            case NOT_A_NUMBER, NOT_FINITE -> unreadable(text, "“" + text + "” is not a number. Type a number such as 2.61 or −0.5 (a true minus sign − works too).");
            case TOO_LARGE -> unreadable(text, "“" + text + "” is too large to be an answer here.");
        };
    }

    private static Answer unreadable(String text, String problem) {
        return new Answer(Double.NaN, text, problem, 0);
    }
}
