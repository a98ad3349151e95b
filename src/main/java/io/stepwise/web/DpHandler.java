package io.stepwise.web;

import io.javalin.http.Context;
import io.stepwise.exercise.ExerciseCatalog;
import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.engine.Parameter;
import io.stepwise.tutorial.DpExample;
import io.stepwise.tutorial.DpState;
import io.stepwise.tutorial.DynamicProgrammingLesson;
import java.util.List;

/** GET /tutorials/dynamic-programming: the δ table and the path sums, whole or as the region a step changes. */
final class DpHandler {
    private final Views views;
    private final ExerciseCatalog exercises;

    DpHandler(Views views) { this(views, ExerciseCatalog.BUILT_IN); }

    DpHandler(Views views, ExerciseCatalog exercises) {
        this.views = views;
        this.exercises = exercises;
    }

    /** The page, or with HX-Request the region a step changes and the status line. */
    String render(Context ctx) {
        ExerciseRequest exercise = ExerciseRequest.parse(ctx, exercises, ExerciseLesson.DYNAMIC_PROGRAMMING);
        DpPage page = DpPage.of(DynamicProgrammingLesson.view(parse(ctx, exercise.set().start().shape())), exercise);
        if (Htmx.wantsFragment(ctx)) {
            return views.render("fragments/dpState.jte", page)
                    + views.render("fragments/status.jte", Status.outOfBand(page.exerciseAnnouncement() != null ? page.exerciseAnnouncement() : announcement(page)));
        } else {
            return views.render("pages/dynamicProgramming.jte", page);
        }
    }

    static String announcement(DpPage page) {
        var v = page.view();
        if (v.newestLayer() < 0) return "The δ table is empty. " + v.maxFilled() + " layers to fill.";
        return "Filled " + v.columns().get(v.newestLayer()).title().toLowerCase(java.util.Locale.ROOT)
                + (v.complete() ? ". The table is full: every gradient can be read off." : ". " + (v.maxFilled() - v.state().filled()) + " layers left.");
    }

    static DpState parse(Context ctx) { return parse(ctx, null); }

    /** @param presetShape an exercise set's network shape, used when the URL gives none; null for the default */
    static DpState parse(Context ctx, String presetShape) {
        QueryParams q = new QueryParams(ctx);
        String id = q.text(Paths.Q_SHAPE, presetShape != null ? presetShape : DpState.DEFAULT.example());
        DpExample example = DpExample.byId(id);
        if (example == null) {
            List<String> ids = DpExample.ALL.stream().map(DpExample::id).toList();
            throw new BadRequest(Paths.Q_SHAPE, "Network shape must be one of " + String.join(", ", ids) + ", not “" + id + "”.");
        }
        int layers = example.network().architecture().layerCount();
        int filled = q.count(Paths.Q_FILLED, "Filled layers", 0, layers - 1);
        String name = q.text(Paths.Q_PARAMETER, "w1");
        if (Parameter.parse(example.network().architecture(), name) == null) {
            var arch = example.network().architecture();
            throw new BadRequest(Paths.Q_PARAMETER, "Parameter must be one of w1…w" + arch.weightCount() + " or b1…b"
                    + arch.biasCount() + " for this network, not “" + name + "”.");
        }
        int samples = example.data().size();
        int sample = q.count(Paths.Q_SAMPLE, "Sample", DpState.DEFAULT.sample() + 1, samples);
        if (sample < 1) throw new BadRequest(Paths.Q_SAMPLE, "Sample must be from 1 to " + samples + ".");
        return new DpState(id, filled, name, sample - 1);
    }
}
