package io.stepwise.lesson;

/**
 * Reads single query values for a {@link StateCodec}. The web layer adapts its query reader to
 * this, so every number a lesson reads from a URL goes through one place, with one set of rules
 * and messages; the codec itself parses nothing.
 */
public interface FieldReader {
    /** A finite number within [min, max]; the fallback when absent. */
    double number(String name, String label, double fallback, double min, double max);

    /** A number above 0 and at most max; the fallback when absent. */
    double positive(String name, String label, double fallback, double max);

    /** A whole number from 0 to max; the fallback when absent. */
    int count(String name, String label, int fallback, int max);

    /** "1" or "0"; off when absent. */
    boolean flag(String name, String label);

    /** A short token of letters, digits and dashes; the fallback when absent. */
    String text(String name, String fallback);
}
