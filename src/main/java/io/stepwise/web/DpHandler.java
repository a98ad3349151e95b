package io.stepwise.web;

import io.javalin.http.Context;
import io.stepwise.engine.Parameter;
import io.stepwise.tutorial.DpExample;
import io.stepwise.tutorial.DpState;
import io.stepwise.tutorial.DynamicProgrammingLesson;
import java.util.List;

/** GET /tutorials/dynamic-programming: the δ table and the path sums, whole or as the region a step changes. */
final class DpHandler {
    private final Views views;

    DpHandler(Views views) { this.views = views; }

    void show(Context ctx) {
        DpPage page = DpPage.of(DynamicProgrammingLesson.view(parse(ctx)));
        if (Htmx.wantsFragment(ctx)) {
            ctx.html(views.render("fragments/dpState.jte", page)
                    + views.render("fragments/status.jte", Status.outOfBand(announcement(page))));
        } else {
            ctx.html(views.render("pages/dynamicProgramming.jte", page));
        }
    }

    static String announcement(DpPage page) {
        var v = page.view();
        if (v.newestLayer() < 0) return "The δ table is empty. " + v.maxFilled() + " layers to fill.";
        return "Filled " + v.columns().get(v.newestLayer()).title().toLowerCase(java.util.Locale.ROOT)
                + (v.complete() ? ". The table is full: every gradient can be read off." : ". " + (v.maxFilled() - v.state().filled()) + " layers left.");
    }

    static DpState parse(Context ctx) {
        QueryParams q = new QueryParams(ctx);
        String id = q.text(Paths.Q_SHAPE, DpState.DEFAULT.example());
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
