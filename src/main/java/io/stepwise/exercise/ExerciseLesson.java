package io.stepwise.exercise;

import java.util.List;

/** The lessons that ask exercises, by the id used in exercise files, and what each can ask. */
public enum ExerciseLesson {
    LAST_BIAS("last-bias", List.of(Quantity.RESIDUAL, Quantity.SLOPE, Quantity.STEP_SIZE, Quantity.NEW_VALUE)),
    ALL_PARAMETERS("all-parameters", List.of(Quantity.CHAIN_FACTOR, Quantity.GRADIENT, Quantity.STEP_SIZE, Quantity.NEW_VALUE)),
    DYNAMIC_PROGRAMMING("dynamic-programming", List.of(Quantity.DELTA));

    private final String id;
    private final List<Quantity> quantities;

    ExerciseLesson(String id, List<Quantity> quantities) {
        this.id = id;
        this.quantities = quantities;
    }

    public String id() { return id; }

    /** Every quantity this lesson can ask, in the order its built-in set asks them. */
    public List<Quantity> quantities() { return quantities; }

    public static ExerciseLesson fromId(String id) {
        for (ExerciseLesson l : values()) if (l.id.equals(id)) return l;
        return null;
    }
}
