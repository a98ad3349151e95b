package io.stepwise.playground;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A submitted setup form: each field's text as typed, the network shape its tables were drawn
 * for, and the problems found while its sections read it.
 */
final class Submitted {
    private final PlaygroundUrl.Query in;
    final List<FieldError> errors = new ArrayList<>();
    /** The layer sizes the parameter and data tables were drawn for (a hidden field), or null. */
    final int[] shape;
    /** {@link #shape} as a network, or null. */
    final Architecture shapeArch;
    /** Set when a chosen preset changed the number of inputs or outputs the form gave. */
    boolean presetResized;

    Submitted(PlaygroundUrl.Query in) {
        this.in = in;
        this.shape = SetupForm.quietLayers(text(Fields.SHAPE));
        this.shapeArch = shape == null ? null : new Architecture(shape, Activation.SOFTPLUS, Activation.IDENTITY);
    }

    String text(String name) {
        List<String> values = in.values(name);
        if (values == null || values.isEmpty() || values.get(0) == null) return "";
        // Never cut: each field's own check refuses text that is too long, with a message.
        return values.get(0);
    }

    List<String> all(String name) {
        List<String> values = in.values(name);
        return values == null ? List.of() : values;
    }

    void error(String field, String message) { errors.add(new FieldError(field, message)); }

    /** Whether the start values came as the one-by-one table (rather than comma lists). */
    boolean parameterTable() { return !all("w1").isEmpty(); }

    /** Whether the tables were drawn for a network of these layer sizes. */
    boolean drawnFor(int[] layers) { return shape != null && Arrays.equals(shape, layers); }
}
