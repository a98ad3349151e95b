package io.stepwise.web;

import io.javalin.http.Context;
import io.stepwise.exercise.ExerciseCatalog;
import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.exercise.ExerciseSet;
import io.stepwise.tutorial.AllParametersCharts;
import io.stepwise.tutorial.AllParametersLesson;
import io.stepwise.tutorial.AllParametersState;

/** GET /tutorials/all-parameters: the whole lesson, or with HX-Request only the region a step changes. */
final class AllParametersHandler {
    private final Views views;
    private final ExerciseCatalog exercises;

    AllParametersHandler(Views views) { this(views, ExerciseCatalog.BUILT_IN); }

    AllParametersHandler(Views views, ExerciseCatalog exercises) {
        this.views = views;
        this.exercises = exercises;
    }

    /** The page, or with HX-Request the region a step changes and the status line. */
    String render(Context ctx) {
        ExerciseRequest exercise = ExerciseRequest.parse(ctx, exercises, ExerciseLesson.ALL_PARAMETERS);
        AllParametersPage page = AllParametersPage.of(AllParametersLesson.view(parse(ctx, exercise.set().start())), focus(ctx),
                new QueryParams(ctx).flag(Paths.Q_LOG_LOSS, "Log scale"), exercise);
        if (Htmx.wantsFragment(ctx)) {
            return views.render("fragments/allParametersState.jte", page)
                    + views.render("fragments/status.jte", Status.outOfBand(page.announcement()));
        } else {
            return views.render("pages/allParameters.jte", page);
        }
    }

    /** The parameter the loss curve varies; one of the network's seven. */
    static String focus(Context ctx) {
        String name = new QueryParams(ctx).text(Paths.Q_FOCUS, AllParametersCharts.DEFAULT_FOCUS);
        if (!AllParametersCharts.isParameter(name)) {
            throw new BadRequest(Paths.Q_FOCUS, "The parameter to draw must be one of "
                    + String.join(", ", AllParametersCharts.parameterNames()) + ", not “" + name + "”.");
        }
        return name;
    }

    static AllParametersState parse(Context ctx) { return parse(ctx, ExerciseSet.Start.NONE); }

    /** @param preset an exercise set's learning rate, used when the URL gives none */
    static AllParametersState parse(Context ctx, ExerciseSet.Start preset) {
        QueryParams q = new QueryParams(ctx);
        AllParametersState d = AllParametersState.DEFAULT;
        return new AllParametersState(
                q.positive(Paths.Q_LEARNING_RATE, "Learning rate", preset.learningRate() != null ? preset.learningRate() : d.learningRate(),
                        AllParametersState.MAX_LEARNING_RATE),
                q.positive(Paths.Q_TOLERANCE, "Tolerance", d.tolerance(), AllParametersState.MAX_TOLERANCE),
                q.count(Paths.Q_STEPS, "Steps", d.steps(), AllParametersState.MAX_STEPS));
    }
}
