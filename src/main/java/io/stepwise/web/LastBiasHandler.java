package io.stepwise.web;

import io.javalin.http.Context;
import io.stepwise.tutorial.LastBiasLesson;
import io.stepwise.tutorial.LastBiasState;

/** GET /tutorials/last-bias: the whole lesson, or with HX-Request only the region a step changes. */
final class LastBiasHandler {
    private final Views views;

    LastBiasHandler(Views views) { this.views = views; }

    void show(Context ctx) {
        LastBiasPage page = LastBiasPage.of(LastBiasLesson.view(parse(ctx)));
        if (Htmx.wantsFragment(ctx)) {
            ctx.html(views.render("fragments/lastBiasState.jte", page)
                    + views.render("fragments/status.jte", Status.outOfBand(page.view().announcement())));
        } else {
            ctx.html(views.render("pages/lastBias.jte", page));
        }
    }

    static LastBiasState parse(Context ctx) {
        QueryParams q = new QueryParams(ctx);
        LastBiasState d = LastBiasState.DEFAULT;
        return new LastBiasState(
                q.number(Paths.Q_B3, "Starting b3", d.startB3(), -1_000, 1_000),
                q.positive(Paths.Q_LEARNING_RATE, "Learning rate", d.learningRate(), 10),
                q.positive(Paths.Q_TOLERANCE, "Tolerance", d.tolerance(), 1_000),
                q.count(Paths.Q_STEPS, "Steps", d.steps(), LastBiasState.MAX_STEPS));
    }
}
