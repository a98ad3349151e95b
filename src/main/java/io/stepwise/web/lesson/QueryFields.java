package io.stepwise.web.lesson;

import io.javalin.http.Context;
import io.stepwise.lesson.FieldReader;
import io.stepwise.web.http.QueryParams;

/** A request's query string as lessons' state codecs read it: every value by {@link QueryParams}' rules. */
record QueryFields(Context ctx) implements FieldReader {
    @Override public boolean has(String name) { return !ctx.queryParams(name).isEmpty(); }

    @Override public double number(String name, String label, double fallback, double min, double max) {
        return new QueryParams(ctx).number(name, label, fallback, min, max);
    }

    @Override public double positive(String name, String label, double fallback, double max) {
        return new QueryParams(ctx).positive(name, label, fallback, max);
    }

    @Override public int count(String name, String label, int fallback, int max) { return new QueryParams(ctx).count(name, label, fallback, max); }

    @Override public boolean flag(String name, String label) { return new QueryParams(ctx).flag(name, label); }

    @Override public String text(String name, String fallback) { return new QueryParams(ctx).text(name, fallback); }
}
