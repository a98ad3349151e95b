package io.stepwise.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.input.Count;
import io.stepwise.input.Range;
import io.stepwise.web.http.BadRequest;
import io.stepwise.web.http.QueryParams;
import java.util.Iterator;
import java.util.Set;

/** Typed reads from a JSON tree, each failing with the JSON path of the field and what is wrong. */
final class JsonFields {
    private JsonFields() {}

    static JsonNode object(JsonNode parent, String name, String path, Set<String> allowed) {
        JsonNode node = required(parent, name, path);
        if (!node.isObject()) throw new BadRequest(path, path + " must be an object.");
        onlyKnown(node, path, allowed);
        return node;
    }

    static void onlyKnown(JsonNode node, String path, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                String where = path.isEmpty() ? n : path + "." + n;
                throw new BadRequest(where, "Unknown field “" + shorten(n) + "”; the fields here are " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
        }
    }

    static JsonNode required(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) throw new BadRequest(path, path + " is missing.");
        return node;
    }

    static JsonNode array(JsonNode parent, String name, String path, int min, int max) {
        return array(required(parent, name, path), path, min, max);
    }

    static JsonNode array(JsonNode node, String path, int min, int max) {
        if (!node.isArray()) throw new BadRequest(path, path + " must be an array.");
        if (node.size() < min) throw new BadRequest(path, path + " must have at least " + min + " entries, not " + node.size() + ".");
        if (node.size() > max) throw new BadRequest(path, path + " must have at most " + max + " entries, not " + node.size() + ".");
        return node;
    }

    static double number(JsonNode node, String path) {
        if (node == null || !node.isNumber()) throw new BadRequest(path, path + " must be a number.");
        double v = node.doubleValue();
        if (!Double.isFinite(v)) throw new BadRequest(path, path + " must be a finite number.");
        return v;
    }

    /** A number within its quantity's range, refused with the same words as in a query string or form. */
    static double number(JsonNode node, String path, Range quantity) {
        double v = number(node, path);
        return QueryParams.refusing(() -> quantity.check(path, v));
    }

    /** A whole number within its quantity's range, refused with the same words as in a query string or form. */
    static int count(JsonNode node, String path, Count count) {
        if (node == null || !node.isNumber()) throw new BadRequest(path, path + " must be a whole number.");
        return QueryParams.refusing(() -> count.check(path, node.doubleValue()));
    }

    static double[] numbers(JsonNode parent, String name, String path, int length) {
        JsonNode node = array(parent, name, path, 0, Integer.MAX_VALUE);
        if (node.size() != length) throw new BadRequest(path, path + " must have " + length + " numbers for this network, not " + node.size() + ".");
        double[] values = new double[length];
        for (int i = 0; i < length; i++) values[i] = number(node.get(i), path + "[" + i + "]");
        return values;
    }

    static int integer(JsonNode node, String path, int min, int max) {
        if (node == null || !node.isIntegralNumber() && !(node.isNumber() && node.doubleValue() == Math.rint(node.doubleValue()))) {
            throw new BadRequest(path, path + " must be a whole number.");
        }
        double v = node.doubleValue();
        if (v < min || v > max) throw new BadRequest(path, path + " must be from " + min + " to " + max + ", not " + node.asText() + ".");
        return (int) v;
    }

    static String text(JsonNode node, String path) {
        if (node == null || !node.isTextual()) throw new BadRequest(path, path + " must be a string.");
        return node.asText();
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
