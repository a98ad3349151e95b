package io.stepwise.web.http;

import io.javalin.http.Context;
import io.stepwise.input.Count;
import io.stepwise.input.InputError;
import io.stepwise.input.Names;
import io.stepwise.input.NumberText;
import io.stepwise.input.Range;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a lesson's query string through the one number and name reader ({@link io.stepwise.input}),
 * refusing anything a lesson cannot use with the same message the playground, the API and
 * exercise files give. A blank or absent parameter takes its default.
 */
public final class QueryParams {
    private final Context ctx;

    public QueryParams(Context ctx) { this.ctx = ctx; }

    /** A finite number within [min, max]; the default when the parameter is absent. */
    public double number(String name, String label, double fallback, double min, double max) {
        return read(name, fallback, raw -> new Range(label, min, false, max).read(name, raw));
    }

    /** A number greater than 0 and at most max. */
    public double positive(String name, String label, double fallback, double max) {
        return read(name, fallback, raw -> new Range(label, 0, true, max).read(name, raw));
    }

    /** A whole number from 0 to max. */
    public int count(String name, String label, int fallback, int max) {
        return read(name, fallback, raw -> new Count(label, max).read(name, raw));
    }

    /** An on/off switch: "1" or "0", off when absent. */
    public boolean flag(String name, String label) {
        return read(name, false, raw -> switch (raw) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new InputError(name, label + " must be 1 (on) or 0 (off), not “" + NumberText.shorten(raw) + "”.");
        });
    }

    /** A short token of letters, digits and dashes; the default when absent. */
    public String text(String name, String fallback) {
        return read(name, fallback, raw -> Names.token(name, raw));
    }

    private <T> T read(String name, T fallback, java.util.function.Function<String, T> reader) {
        String raw = single(name);
        return raw == null ? fallback : refusing(() -> reader.apply(raw));
    }

    /** The reader's value; its {@link InputError} as this layer's {@link BadRequest}. */
    public static <T> T refusing(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InputError e) {
            throw new BadRequest(e.field(), e.getMessage());
        }
    }

    private String single(String name) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) return null;
        if (values.size() > 1) throw new BadRequest(name, "“" + name + "” is given " + values.size() + " times; give it once.");
        String raw = values.get(0).strip();
        return raw.isEmpty() ? null : raw;
    }
}
