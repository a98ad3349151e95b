package io.stepwise.web;

import io.javalin.http.Context;
import io.stepwise.tutorial.AllParametersCharts;
import io.stepwise.tutorial.AllParametersLesson;
import io.stepwise.tutorial.AllParametersState;

/** GET /tutorials/all-parameters: the whole lesson, or with HX-Request only the region a step changes. */
final class AllParametersHandler {
    private final Views views;

    AllParametersHandler(Views views) { this.views = views; }

    void show(Context ctx) {
        AllParametersPage page = AllParametersPage.of(AllParametersLesson.view(parse(ctx)), focus(ctx),
                new QueryParams(ctx).flag(Paths.Q_LOG_LOSS, "Log scale"));
        if (Htmx.wantsFragment(ctx)) {
            ctx.html(views.render("fragments/allParametersState.jte", page)
                    + views.render("fragments/status.jte", Status.outOfBand(page.view().announcement())));
        } else {
            ctx.html(views.render("pages/allParameters.jte", page));
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

    static AllParametersState parse(Context ctx) {
        QueryParams q = new QueryParams(ctx);
        AllParametersState d = AllParametersState.DEFAULT;
        return new AllParametersState(
                q.positive(Paths.Q_LEARNING_RATE, "Learning rate", d.learningRate(), AllParametersState.MAX_LEARNING_RATE),
                q.positive(Paths.Q_TOLERANCE, "Tolerance", d.tolerance(), AllParametersState.MAX_TOLERANCE),
                q.count(Paths.Q_STEPS, "Steps", d.steps(), AllParametersState.MAX_STEPS));
    }
}
