package io.stepwise.web;

import io.javalin.http.Context;
import java.util.List;

/** Reads numbers from a query string, refusing anything a lesson cannot use with a clear message. */
final class QueryParams {
    private static final int MAX_LENGTH = 40;

    private final Context ctx;

    QueryParams(Context ctx) { this.ctx = ctx; }

    /** A finite number within [min, max]; the default when the parameter is absent. */
    double number(String name, String label, double fallback, double min, double max) {
        String raw = single(name);
        if (raw == null) return fallback;
        double value;
        try {
            value = Double.parseDouble(raw.replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            throw new BadRequest(name, label + " must be a number, not “" + raw + "”.");
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new BadRequest(name, label + " must be a number from " + plain(min) + " to " + plain(max) + ", not “" + raw + "”.");
        }
        return value;
    }

    /** A number that must be greater than min (exclusive) and at most max. */
    double positive(String name, String label, double fallback, double max) {
        double value = number(name, label, fallback, 0, max);
        if (value == 0) throw new BadRequest(name, label + " must be greater than 0.");
        return value;
    }

    int count(String name, String label, int fallback, int max) {
        String raw = single(name);
        if (raw == null) return fallback;
        if (!raw.matches("\\d{1,9}")) throw new BadRequest(name, label + " must be a whole number from 0 to " + max + ", not “" + raw + "”.");
        int value = Integer.parseInt(raw);
        if (value > max) throw new BadRequest(name, label + " must be at most " + max + ", not " + value + ".");
        return value;
    }

    /** An on/off switch: "1" or "0", off when absent. */
    boolean flag(String name, String label) {
        String raw = single(name);
        if (raw == null || raw.equals("0")) return false;
        if (raw.equals("1")) return true;
        throw new BadRequest(name, label + " must be 1 (on) or 0 (off), not “" + raw + "”.");
    }

    /** A short token of letters, digits and dashes; the default when absent. */
    String text(String name, String fallback) {
        String raw = single(name);
        if (raw == null) return fallback;
        if (!raw.matches("[A-Za-z0-9-]{1,20}")) throw new BadRequest(name, "“" + name + "” must be a short name, not “" + raw + "”.");
        return raw;
    }

    private String single(String name) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) return null;
        if (values.size() > 1) throw new BadRequest(name, "“" + name + "” is given " + values.size() + " times; give it once.");
        String raw = values.get(0).strip();
        if (raw.isEmpty()) return null;
        if (raw.length() > MAX_LENGTH) throw new BadRequest(name, "“" + name + "” is too long (at most " + MAX_LENGTH + " characters).");
        return raw;
    }

    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
