package io.stepwise.playground;

import io.stepwise.input.NumberText;

/**
 * Numbers as the playground reads and writes them: read by the one number reader
 * ({@link NumberText}: plain decimals only, no NaN, infinities, hex or type suffixes), and written
 * back in the shortest form that reads back to the same double, so a permalink reproduces every
 * value exactly.
 */
public final class Numbers {
    /** Longer text is refused before it is parsed. */
    public static final int MAX_LENGTH = NumberText.MAX_LENGTH;

    private Numbers() {}

    /** The outcome of reading one number: the value, or what is wrong with the text in words. */
    public record Read(double value, String problem) {
        public boolean ok() { return problem == null; }
    }

    /**
     * Reads a finite decimal number. The problem, when there is one, completes a sentence that
     * starts with the field's name: "must be a number, not “abc”".
     */
    public static Read read(String raw) {
        NumberText.Read read = NumberText.decimal(raw);
        return new Read(read.ok() ? read.value() : 0, read.phrase());
    }

    /** {@link NumberText#compact}: the shortest text that reads back as exactly this double. */
    public static String compact(double v) {
        return NumberText.compact(v);
    }

    static String shorten(String s) {
        return NumberText.shorten(s);
    }
}
