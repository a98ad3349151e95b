package io.stepwise.lesson;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lesson's state as its fields hold it, in the order of its {@link StateCodec}. Immutable. */
public final class Values {
    private final Map<String, Object> byName;

    Values(Map<String, Object> byName) { this.byName = byName; }

    @SuppressWarnings("unchecked")
    public <T> T get(Field<T> field) {
        if (!byName.containsKey(field.name())) throw new IllegalArgumentException("no field " + field.name());
        return (T) byName.get(field.name());
    }

    /** The same state with one field changed. */
    public <T> Values with(Field<T> field, T value) {
        if (!byName.containsKey(field.name())) throw new IllegalArgumentException("no field " + field.name());
        Map<String, Object> next = new LinkedHashMap<>(byName);
        next.put(field.name(), value);
        return new Values(next);
    }

    @Override public boolean equals(Object o) { return o instanceof Values v && v.byName.equals(byName); }

    @Override public int hashCode() { return byName.hashCode(); }

    @Override public String toString() { return byName.toString(); }
}
