package io.stepwise.input;

/**
 * The rule for one whole-number quantity from 0 to {@code max} (steps, max steps, seeds), read
 * and worded the same way by every reader, like {@link Range}.
 *
 * @param label the quantity's name at the start of a sentence, e.g. "Steps"
 */
public record Count(String label, int max) {

    /** Reads digits (an optional leading +) and checks the range; any other text gets the range message. */
    public int read(String field, String raw) {
        NumberText.Read read = NumberText.whole(raw);
        if (read.problem() == NumberText.Problem.EMPTY || read.problem() == NumberText.Problem.TOO_LONG) read.orThrow(field, label);
        if (!read.ok() || read.value() > max) throw refused(field, read.text());
        return (int) read.value();
    }

    /** Checks a number already read (from JSON, say): whole and within the range. */
    public int check(String field, double value) {
        if (value != Math.rint(value) || value < 0 || value > max) throw refused(field, NumberText.compact(value));
        return (int) value;
    }

    private InputError refused(String field, String text) {
        return new InputError(field, label + " must be a whole number from 0 to " + max + ", not “" + NumberText.shorten(text) + "”.");
    }
}
