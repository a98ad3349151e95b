package io.stepwise.web.page;

import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.lesson.StateCodec;
import io.stepwise.lesson.Values;

/**
 * A lesson, declared once: where it lives, what the home page says of it, its exercises (with its
 * id and its state's fields), how its page model is built and which templates show it.
 * The one {@code web.lesson.LessonHandler} serves every lesson from this; the registry
 * {@code web.lesson.Lessons} lists them. Nothing here assumes a layered network: a lesson is a
 * state (its field table), a page model built from it and the templates that show it.
 *
 * @param exercises its id, field table, quantities and question source
 * @param template the whole page; it includes {@code fragment}, which htmx gets alone
 */
public record Lesson(String path, String title, String summary, ExerciseLesson<?> exercises, Builder builder,
                     String template, String fragment) {

    /** The page model of a parsed state with the request's exercise part. */
    @FunctionalInterface
    public interface Builder {
        LessonPage page(Values state, ExerciseRequest exercise);
    }

    /** The name exercise files use, e.g. "last-bias". */
    public String id() { return exercises.id(); }

    /** The state's fields: parsing, permalinks, hidden fields, input limits and exercise sets' start values. */
    public StateCodec codec() { return exercises.codec(); }

    /** The canonical permalink of a state, without the exercise part. */
    public String url(Values state) { return path + "?" + codec().query(state); }
}
