package io.stepwise.exercise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in sets and the instructor's, by id. Immutable. */
public final class ExerciseCatalog {
    /** Only the built-in sets: what the server uses when no exercise directory is given. */
    public static final ExerciseCatalog BUILT_IN = new ExerciseCatalog(Map.of());

    private final Map<String, ExerciseSet> sets;

    /** @param sets instructor-defined sets by id, in the order they were read */
    public ExerciseCatalog(Map<String, ExerciseSet> sets) {
        this.sets = Collections.unmodifiableMap(new LinkedHashMap<>(sets));
    }

    /** The set with this id, or null. */
    public ExerciseSet find(String id) { return sets.get(id); }

    public ExerciseSet builtIn(ExerciseLesson<?> lesson) { return ExerciseSet.builtIn(lesson); }

    /** Instructor-defined sets, in the order they were read. */
    public Map<String, ExerciseSet> sets() { return sets; }
}
