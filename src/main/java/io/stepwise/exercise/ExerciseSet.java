package io.stepwise.exercise;

import java.util.List;
import java.util.Map;

/**
 * Which quantities a lesson asks for, how close answers must be, and optionally where the lesson
 * starts. Each lesson has a built-in set; an instructor can add more in exercise files.
 *
 * @param id the name used in URLs (set=…); "" for a lesson's built-in set
 * @param quantities asked in turn, one per step (or in a seeded order)
 * @param start lesson settings used when the URL does not give them, by field name (the lesson's
 *              {@link io.stepwise.lesson.StateCodec} reads and checks them); empty for none
 * @param source where the set was defined, for messages ("built in" or a file name)
 */
public record ExerciseSet(String id, String title, ExerciseLesson<?> lesson, List<Quantity> quantities, Tolerance tolerance,
                          Map<String, Object> start, String source) {

    public ExerciseSet {
        quantities = List.copyOf(quantities);
        start = Map.copyOf(start);
        if (quantities.isEmpty()) throw new IllegalArgumentException("a set needs at least one quantity");
        for (Quantity q : quantities) {
            if (!lesson.quantities().contains(q)) throw new IllegalArgumentException(lesson.id() + " cannot ask " + q.id());
        }
    }

    /** A lesson's built-in set: every quantity it can ask, the default tolerance, no preset. */
    public static ExerciseSet builtIn(ExerciseLesson<?> lesson) {
        return new ExerciseSet("", "Every quantity in turn", lesson, lesson.quantities(), Tolerance.DEFAULT, Map.of(), "built in");
    }

    public boolean isBuiltIn() { return id.isEmpty(); }
}
