package io.stepwise.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lesson's fields, declared once in URL order. From the one table come the parsing of a query
 * (with a message for each unusable value), the canonical query string of a state, the hidden
 * fields of every form, and the limits of the settings inputs.
 */
public final class StateCodec {
    private final List<Field<?>> fields;

    private StateCodec(List<Field<?>> fields) { this.fields = List.copyOf(fields); }

    public static StateCodec of(Field<?>... fields) { return new StateCodec(List.of(fields)); }

    public List<Field<?>> fields() { return fields; }

    /** @param presets defaults that replace the declared ones (an exercise set's start), by field name */
    public Values parse(FieldReader q, Map<String, ?> presets) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (Field<?> f : fields) byName.put(f.name(), readInto(f, q, new Values(new LinkedHashMap<>(byName)), presets));
        return new Values(byName);
    }

    /** The fields an exercise set may preset, by their names in exercise files, in table order. */
    public Map<String, Field<?>> presettable() {
        Map<String, Field<?>> byFileName = new LinkedHashMap<>();
        for (Field<?> f : fields) if (f.preset() != null) byFileName.put(f.preset(), f);
        return byFileName;
    }

    /**
     * An exercise set's start values, read under the fields' exercise-file names by the same rules
     * (and messages) as a URL's: only the fields the reader gives, by field name, ready for
     * {@link #parse(FieldReader, Map)}. A field's check sees the defaults and the presets before it.
     */
    public Map<String, Object> presets(FieldReader q) {
        Map<String, Object> earlier = new LinkedHashMap<>();
        for (Field<?> f : fields) earlier.put(f.name(), f.fallback());
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field<?> f : fields) {
            if (f.preset() == null || !q.has(f.preset())) continue;
            Object value = readPreset(f, q, new Values(new LinkedHashMap<>(earlier)));
            earlier.put(f.name(), value);
            out.put(f.name(), value);
        }
        return out;
    }

    private static <T> T readPreset(Field<T> f, FieldReader q, Values earlier) {
        return f.readAt(f.preset(), q, earlier, f.fallback());
    }

    @SuppressWarnings("unchecked")
    private static <T> T readInto(Field<T> f, FieldReader q, Values earlier, Map<String, ?> presets) {
        Object preset = presets.get(f.name());
        return f.read(q, earlier, preset != null ? (T) preset : f.fallback(earlier));
    }

    /** The canonical query string, without "?": every field in table order, optional ones only when set. */
    public String query(Values state) {
        StringBuilder b = new StringBuilder();
        for (Param p : params(state)) {
            if (b.length() > 0) b.append('&');
            b.append(p.name()).append('=').append(p.value());
        }
        return b.toString();
    }

    /** The fields a URL of this state names, in order, leaving out the given ones (a form's own inputs). */
    public List<Param> params(Values state, Field<?>... except) {
        Set<String> skip = new java.util.HashSet<>();
        for (Field<?> f : except) skip.add(f.name());
        List<Param> out = new ArrayList<>();
        for (Field<?> f : fields) if (!skip.contains(f.name())) add(out, f, state);
        return out;
    }

    private static <T> void add(List<Param> out, Field<T> f, Values state) {
        T value = state.get(f);
        if (f.written(value)) out.add(new Param(f.name(), f.text(value)));
    }
}
