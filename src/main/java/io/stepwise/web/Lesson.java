package io.stepwise.web;

import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.exercise.ExerciseSet;
import io.stepwise.lesson.StateCodec;
import io.stepwise.lesson.Values;
import java.util.Map;

/**
 * A lesson, declared once: where it lives, what the home page says of it, its state's fields, its
 * exercises, how its page model is built and which templates show it. {@link LessonHandler}
 * serves every lesson from this; {@link Lessons} lists them.
 *
 * @param id the name exercise files use, e.g. "last-bias"
 * @param presets an exercise set's start values as the codec's defaults, by field name
 * @param template the whole page; it includes {@code fragment}, which htmx gets alone
 */
public record Lesson(String id, String path, String title, String summary, StateCodec codec, ExerciseLesson exercises,
                     Presets presets, Builder builder, String template, String fragment) {

    /** The page model of a parsed state with the request's exercise part. */
    @FunctionalInterface
    public interface Builder {
        LessonPage page(Values state, ExerciseRequest exercise);
    }

    @FunctionalInterface
    public interface Presets {
        Map<String, ?> of(ExerciseSet.Start start);

        Presets NONE = start -> Map.of();
    }

    /** The canonical permalink of a state, without the exercise part. */
    public String url(Values state) { return path + "?" + codec.query(state); }
}
