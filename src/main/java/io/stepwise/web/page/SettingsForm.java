package io.stepwise.web.page;

import io.stepwise.lesson.Field;
import io.stepwise.lesson.Param;
import io.stepwise.lesson.StateCodec;
import io.stepwise.lesson.Values;
import io.stepwise.tutorial.Notation;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's "Apply and start over" form, from its state codec: an input for each field the codec
 * shows in the form, with its limits, and every other field of the restarted state hidden.
 */
public record SettingsForm(String action, List<Input> inputs, List<Param> hidden) {

    /** Each field's label with its parameter names, made once: the labels are the lessons' fixed texts. */
    private static final java.util.Map<String, Notation> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A number input: its id, query name, label (parameter names with their subscripts), unit and limits, and the value as typed. */
    public record Input(String id, String name, Notation label, String unit, String min, String max, String step, String value) {}

    /**
     * @param current the state whose settings the inputs show
     * @param restart the state the form starts over from, e.g. at step 0
     * @param carried the exercise set and seed every form keeps
     */
    public static SettingsForm of(String path, StateCodec codec, Values current, Values restart, List<Param> carried) {
        List<Input> inputs = new ArrayList<>();
        List<Field<?>> shown = new ArrayList<>();
        for (Field<?> f : codec.fields()) {
            if (f.inputId() == null) continue;
            shown.add(f);
            Field.Input limits = f.input();
            inputs.add(new Input(f.inputId(), f.name(), LABELS.computeIfAbsent(f.label(), Notation::withParameterNames), f.unit(), limits.min(), limits.max(), limits.step(), text(f, current)));
        }
        List<Param> hidden = new ArrayList<>(codec.params(restart, shown.toArray(Field<?>[]::new)));
        hidden.addAll(carried);
        return new SettingsForm(path, List.copyOf(inputs), List.copyOf(hidden));
    }

    private static <T> String text(Field<T> f, Values state) { return f.text(state.get(f)); }
}
