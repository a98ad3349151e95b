package io.stepwise.input;

/**
 * The rule for one real quantity, such as the learning rate: its name in sentences and its range.
 * Every reader of the quantity (query strings, forms, the JSON API, exercise files) checks it
 * here, so a value is accepted or refused alike everywhere, with the same words.
 *
 * @param label the quantity's name at the start of a sentence, e.g. "Learning rate"
 * @param aboveMin the range excludes {@code min}
 */
public record Range(String label, double min, boolean aboveMin, double max) {

    /** Reads text (see {@link NumberText}) and checks the range. */
    public double read(String field, String raw) {
        return check(field, NumberText.decimal(raw).orThrow(field, label));
    }

    /** Checks a number already read (from JSON, say) against the range. */
    public double check(String field, double value) {
        if (!Double.isFinite(value)) throw new InputError(field, label + " is too large to compute with.");
        if (value < min || (aboveMin && value == min) || value > max) {
            throw new InputError(field, label + " must be a number " + range() + ", not “" + NumberText.compact(value) + "”.");
        }
        return value;
    }

    /** "from 0 (exclusive) to 100", "from -1000 to 1000" */
    public String range() {
        return "from " + NumberText.plain(min) + (aboveMin ? " (exclusive)" : "") + " to " + NumberText.plain(max);
    }
}
