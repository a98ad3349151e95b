package io.stepwise.input;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The same raw texts given as the learning rate to every reader (each lesson's query string, the
 * playground's query string and setup form, the API body, an exercise file): each is accepted by
 * all of them or refused by all of them with the same message.
 */
public final class LearningRateCases {
    /** JSON's number grammar: only these texts can be sent as a JSON number. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    /** @param message null when the text is accepted */
    public record Case(String raw, String message) {
        public boolean accepted() { return message == null; }

        public boolean isJsonNumber() { return JSON_NUMBER.matcher(raw).matches(); }

        @Override
        public String toString() { return "“" + raw + "”"; }
    }

    private static final String RANGE = "Learning rate must be a number from 0 (exclusive) to 100, not “";

    public static final List<Case> ALL = List.of(
            new Case("0x1p-3", "Learning rate must be a number, not “0x1p-3”."),
            new Case("1e-3", null),
            new Case("1E2", null),
            new Case("1E+2", null),
            new Case("+0.5", null),
            new Case("\u22120.1", RANGE + "-0.1”."),
            new Case("-0.1", RANGE + "-0.1”."),
            new Case(".5", null),
            new Case("5.", null),
            new Case("1_000", "Learning rate must be a number, not “1_000”."),
            new Case("1 0", "Learning rate must be a number, not “1 0”."),
            new Case("Infinity", "Learning rate must be a finite number, not “Infinity”."),
            new Case("NaN", "Learning rate must be a finite number, not “NaN”."),
            new Case("0.1d", "Learning rate must be a number, not “0.1d”."),
            new Case("1f", "Learning rate must be a number, not “1f”."),
            new Case("1,5", "Learning rate must use a point as the decimal separator, not a comma: “1,5”."),
            new Case("0.1234567890".repeat(5), "Learning rate is too long (at most 40 characters)."),
            new Case("0", RANGE + "0”."),
            new Case("10", null),
            new Case("10.0001", null),
            new Case("100", null),
            new Case("100.0001", RANGE + "100.0001”."));

    private LearningRateCases() {}
}
