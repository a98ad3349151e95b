package io.stepwise.web;

import io.javalin.http.Context;
import io.stepwise.exercise.ExerciseCatalog;
import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.exercise.ExerciseSet;
import io.stepwise.input.Ranges;
import io.stepwise.tutorial.LastBiasLesson;
import io.stepwise.tutorial.LastBiasState;

/** GET /tutorials/last-bias: the whole lesson, or with HX-Request only the region a step changes. */
final class LastBiasHandler {
    private final Views views;
    private final ExerciseCatalog exercises;

    LastBiasHandler(Views views) { this(views, ExerciseCatalog.BUILT_IN); }

    LastBiasHandler(Views views, ExerciseCatalog exercises) {
        this.views = views;
        this.exercises = exercises;
    }

    /** The page, or with HX-Request the region a step changes and the status line. */
    String render(Context ctx) {
        ExerciseRequest exercise = ExerciseRequest.parse(ctx, exercises, ExerciseLesson.LAST_BIAS);
        LastBiasPage page = LastBiasPage.of(LastBiasLesson.view(parse(ctx, exercise.set().start())),
                new QueryParams(ctx).flag(Paths.Q_LOG_LOSS, "Log scale"), exercise);
        if (Htmx.wantsFragment(ctx)) {
            return views.render("fragments/lastBiasState.jte", page)
                    + views.render("fragments/status.jte", Status.outOfBand(page.announcement()));
        } else {
            return views.render("pages/lastBias.jte", page);
        }
    }

    static LastBiasState parse(Context ctx) { return parse(ctx, ExerciseSet.Start.NONE); }

    /** @param preset an exercise set's starting b3 and learning rate, used when the URL gives none */
    static LastBiasState parse(Context ctx, ExerciseSet.Start preset) {
        QueryParams q = new QueryParams(ctx);
        LastBiasState d = LastBiasState.DEFAULT;
        return new LastBiasState(
                q.number(Paths.Q_B3, "Starting b3", preset.b3() != null ? preset.b3() : d.startB3(), Ranges.START_B3.min(), Ranges.START_B3.max()),
                q.positive(Paths.Q_LEARNING_RATE, "Learning rate", preset.learningRate() != null ? preset.learningRate() : d.learningRate(), Ranges.LEARNING_RATE.max()),
                q.positive(Paths.Q_TOLERANCE, "Tolerance", d.tolerance(), Ranges.TOLERANCE.max()),
                q.count(Paths.Q_STEPS, "Steps", d.steps(), LastBiasState.MAX_STEPS));
    }
}
