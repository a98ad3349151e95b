package io.stepwise.web.page;

import io.stepwise.input.Ranges;
import io.stepwise.lesson.Field;
import io.stepwise.web.Paths;

/** Fields several lessons share: the same query names and labels, each lesson with its own limits. */
public final class LessonFields {
    /** "1" draws the SSR history on a log scale. */
    public static final Field<Boolean> LOG_LOSS = Field.flag(Paths.Q_LOG_LOSS, "Log scale");

    private LessonFields() {}

    /** The learning rate, within the one range every lesson, the playground and the API share. */
    public static Field<Double> learningRate(double fallback) {
        return Field.decimal(Paths.Q_LEARNING_RATE, "Learning rate", fallback, 0, Ranges.LEARNING_RATE.max()).aboveMin().input("learning-rate")
                .preset("learningRate");
    }

    public static Field<Double> tolerance(double fallback) {
        return Field.decimal(Paths.Q_TOLERANCE, "Tolerance", fallback, 0, Ranges.TOLERANCE.max()).aboveMin().input("tolerance");
    }

    /** How many updates have been taken. */
    public static Field<Integer> steps(int max) { return Field.whole(Paths.Q_STEPS, "Steps", 0, 0, max); }
}
