package io.stepwise.exercise;

import io.stepwise.lesson.StateCodec;
import java.util.List;

/**
 * What exercises need of a lesson, declared beside it: the id exercise files name it by, its
 * state's field table (whose presettable fields are the start values a set may give), the
 * quantities it can ask, and its question source, which reads the lesson's view.
 *
 * @param quantities every quantity the lesson can ask, in the order its built-in set asks them
 * @param <V> the lesson's view
 */
public record ExerciseLesson<V>(String id, StateCodec codec, List<Quantity> quantities, Questions<V> questions) {

    /** The "Your turn" question about the state a view shows, or null when there is none to ask. */
    @FunctionalInterface
    public interface Questions<V> {
        Exercise ask(V view, ExerciseSet set, Long seed);
    }

    public ExerciseLesson {
        quantities = List.copyOf(quantities);
    }

    /** The question for this view from a set of this lesson. */
    public Exercise ask(V view, ExerciseSet set, Long seed) {
        if (set.lesson() != this) throw new IllegalArgumentException("the set " + set.id() + " is for the " + set.lesson().id() + " lesson");
        return questions.ask(view, set, seed);
    }
}
