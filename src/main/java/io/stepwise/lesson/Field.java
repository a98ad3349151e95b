package io.stepwise.lesson;

import io.stepwise.input.NumberText;
import java.util.List;

/**
 * One field of a lesson's state, declared once: its query name, what
 * it holds, its default and limits, and its label for messages and forms. Read with
 * {@link #read}, written with {@link #text}; a {@link StateCodec} lists a lesson's fields in URL order.
 *
 * @param unit shown after the input, or ""
 * @param fallback the value when the query gives none
 * @param minExclusive whether min itself is refused (decimals only)
 * @param tokens the accepted values of a choice; empty for any short token
 * @param whenChanged written in URLs only when it differs from its default (flags only when on)
 * @param check a rule that needs the fields read before it, or null
 * @param inputId the id of its input in the lesson's settings form, or null when the form does not show it
 * @param preset its name in exercise files, where a set may give the lesson's start value; null when a set cannot
 * @param fallbackFrom the value when the query gives none, worked out from the fields read before it; null to use {@code fallback}
 * @param <T> Double, Integer, Boolean or String, as the kind says
 */
public record Field<T>(String name, Kind kind, String label, String unit, T fallback,
                       double min, double max, boolean minExclusive, List<String> tokens, boolean whenChanged, Check<T> check,
                       String inputId, String preset, java.util.function.Function<Values, T> fallbackFrom) {

    public enum Kind { DECIMAL, WHOLE, FLAG, CHOICE }

    /** A rule on a value given the fields before it: the problem, or null when the value can be used. */
    @FunctionalInterface
    public interface Check<T> {
        String problem(Values earlier, T value);
    }

    /** The attributes of the field's number input. */
    public record Input(String min, String max, String step) {}

    public Field {
        tokens = List.copyOf(tokens);
    }

    public static Field<Double> decimal(String name, String label, double fallback, double min, double max) {
        return new Field<>(name, Kind.DECIMAL, label, "", fallback, min, max, false, List.of(), false, null, null, null, null);
    }

    public static Field<Integer> whole(String name, String label, int fallback, int min, int max) {
        return new Field<>(name, Kind.WHOLE, label, "", fallback, min, max, false, List.of(), false, null, null, null, null);
    }

    /** An on/off switch, off by default and written only when on. */
    public static Field<Boolean> flag(String name, String label) {
        return new Field<>(name, Kind.FLAG, label, "", false, 0, 1, false, List.of(), true, null, null, null, null);
    }

    /** One of a list of tokens; with no tokens, any short token (a check may then judge it). */
    public static Field<String> choice(String name, String label, String fallback, List<String> tokens) {
        return new Field<>(name, Kind.CHOICE, label, "", fallback, 0, 0, false, tokens, false, null, null, null, null);
    }

    /** Refuses min itself: the value must be above it. */
    public Field<T> aboveMin() { return new Field<>(name, kind, label, unit, fallback, min, max, true, tokens, whenChanged, check, inputId, preset, fallbackFrom); }

    public Field<T> unit(String text) { return new Field<>(name, kind, label, text, fallback, min, max, minExclusive, tokens, whenChanged, check, inputId, preset, fallbackFrom); }

    /** Left out of URLs while it has its default. */
    public Field<T> writtenWhenChanged() { return new Field<>(name, kind, label, unit, fallback, min, max, minExclusive, tokens, true, check, inputId, preset, fallbackFrom); }

    public Field<T> check(Check<T> rule) { return new Field<>(name, kind, label, unit, fallback, min, max, minExclusive, tokens, whenChanged, rule, inputId, preset, fallbackFrom); }

    /** Shown in the lesson's settings form, as the input with this id. */
    public Field<T> input(String id) { return new Field<>(name, kind, label, unit, fallback, min, max, minExclusive, tokens, whenChanged, check, id, preset, fallbackFrom); }

    /** An exercise set may preset it, under this name in exercise files (e.g. "learningRate" for lr). */
    public Field<T> preset(String fileName) {
        return new Field<>(name, kind, label, unit, fallback, min, max, minExclusive, tokens, whenChanged, check, inputId, fileName, fallbackFrom);
    }

    /** A default that depends on the fields read before it, e.g. a sample that suits the chosen network. */
    public Field<T> fallbackFrom(java.util.function.Function<Values, T> rule) {
        return new Field<>(name, kind, label, unit, fallback, min, max, minExclusive, tokens, whenChanged, check, inputId, preset, rule);
    }

    /** The value when the query gives none, after the fields before it were read as {@code earlier}. */
    T fallback(Values earlier) { return fallbackFrom == null ? fallback : fallbackFrom.apply(earlier); }

    /** The value the query gives, or the fallback; refused with a message when unusable. */
    T read(FieldReader q, Values earlier, T orElse) { return readAt(name, q, earlier, orElse); }

    /** The value under this name, by the field's one rule; an exercise file reads its preset name this way. */
    @SuppressWarnings("unchecked")
    T readAt(String at, FieldReader q, Values earlier, T orElse) {
        Object value = switch (kind) {
            case DECIMAL -> {
                double v = minExclusive && min == 0 ? q.positive(at, label, (Double) orElse, max) : q.number(at, label, (Double) orElse, min, max);
                if (minExclusive && v == min) throw new InvalidField(at, label + " must be greater than " + NumberText.plain(min) + ".");
                yield v;
            }
            case WHOLE -> q.count(at, label, (Integer) orElse, (int) max);
            case FLAG -> q.flag(at, label);
            case CHOICE -> {
                String v = q.text(at, (String) orElse);
                if (!tokens.isEmpty() && !tokens.contains(v)) {
                    throw new InvalidField(at, label + " must be one of " + String.join(", ", tokens) + ", not “" + v + "”.");
                }
                yield v;
            }
        };
        T typed = (T) value;
        String problem = check == null ? null : check.problem(earlier, typed);
        if (problem != null) throw new InvalidField(at, problem);
        if (kind == Kind.WHOLE && (Integer) value < min) {
            throw new InvalidField(at, label + " must be a whole number from " + (int) min + " to " + (int) max + ".");
        }
        return typed;
    }

    /** The value as URLs write it: numbers so that they read back as the same double. */
    public String text(T value) {
        return switch (kind) {
            case DECIMAL -> NumberText.plain((Double) value);
            case WHOLE -> Integer.toString((Integer) value);
            case FLAG -> (Boolean) value ? "1" : "0";
            case CHOICE -> (String) value;
        };
    }

    /** Whether a URL of this value names the field. */
    boolean written(T value) {
        if (kind == Kind.FLAG) return (Boolean) value;
        return !whenChanged || !value.equals(fallback);
    }

    /** min, max and step for the field's number input. */
    public Input input() {
        return kind == Kind.WHOLE ? new Input(Integer.toString((int) min), Integer.toString((int) max), "1")
                : new Input(NumberText.plain(min), NumberText.plain(max), "any");
    }
}
