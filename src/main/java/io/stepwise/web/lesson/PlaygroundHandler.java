package io.stepwise.web.lesson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Network;
import io.stepwise.engine.Trace;
import io.stepwise.playground.FieldError;
import io.stepwise.playground.HistoryCsv;
import io.stepwise.playground.PlaygroundSetup;
import io.stepwise.playground.PlaygroundState;
import io.stepwise.playground.PlaygroundUrl;
import io.stepwise.playground.SetupForm;
import io.stepwise.playground.TrainSet;
import io.stepwise.web.Paths;
import io.stepwise.web.api.DescentApi;
import io.stepwise.web.api.JsonBody;
import io.stepwise.web.http.BadRequest;
import io.stepwise.web.http.Framed;
import io.stepwise.web.http.Framing;
import io.stepwise.web.http.Htmx;
import io.stepwise.web.http.Settings;
import io.stepwise.web.http.Status;
import io.stepwise.web.http.Views;
import java.util.List;
import java.util.Map;

/**
 * The playground: GET /playground shows a permalinked state (a fragment for htmx; a page like a
 * lesson's, so it is cached by URL the same way: a class opening the link its teacher shared
 * computes it once); POST
 * /playground reads the setup form and sends the browser to the new setup's permalink, or shows
 * the form again with a message at each field that cannot be used; the two exports answer the
 * same query as the page.
 */
public final class PlaygroundHandler {
    private final Views views;
    private final Settings settings;

    public PlaygroundHandler(Views views, Settings settings) {
        this.views = views;
        this.settings = settings;
    }

    /**
     * The permalinked state: the page, or with HX-Request the region a step changes; a link that
     * cannot be used gets the form back with each mistake next to its field (400; 200 for htmx,
     * which swaps it in as the answer it is).
     */
    public CharSequence render(Context ctx) {
        boolean fragment = Htmx.wantsFragment(ctx);
        PlaygroundUrl.Decoded decoded = PlaygroundUrl.decode(query(ctx));
        if (!decoded.ok()) {
            PlaygroundPage page = PlaygroundPage.invalid(SetupForm.of(decoded));
            if (!fragment) {
                ctx.status(HttpStatus.BAD_REQUEST);
                return views.html("pages/playground.jte", new Framed<>(Lessons.frame(ctx, settings), page));
            }
            ctx.header("HX-Retarget", "#" + Paths.ID_PLAYGROUND).header("HX-Reswap", "outerHTML");
            return workspace(page);
        }
        PlaygroundPage page = PlaygroundPage.of(decoded.state());
        if (!fragment) return views.html("pages/playground.jte", new Framed<>(Lessons.frame(ctx, settings), page));
        return Lessons.fragment(views, ctx, settings,
                views.html("fragments/playgroundState.jte", page, "fragments/status.jte", Status.outOfBand(page.announcement())));
    }

    /** The setup form: a good setup goes to its permalink (pushed by htmx), a bad one comes back marked. */
    public void apply(Context ctx) {
        boolean fragment = Htmx.wantsFragment(ctx);
        SetupForm.Submission submission = SetupForm.read(name -> ctx.formParams(name));
        if (!submission.ok()) {
            PlaygroundPage page = PlaygroundPage.invalid(submission.form());
            if (fragment) {
                // 200: the marked form is the answer htmx swaps in, not a failed request for the console to report
                ctx.header("HX-Push-Url", "false");
                ctx.html(workspace(page));
            } else {
                ctx.status(HttpStatus.BAD_REQUEST);
                ctx.html(views.render("pages/playground.jte", new Framed<>(Lessons.frame(ctx, settings), page)));
            }
            return;
        }
        String url = PlaygroundPage.url(submission.state());
        if (fragment) {
            ctx.header("HX-Push-Url", url);
            ctx.html(workspace(PlaygroundPage.of(submission.state())));
        } else {
            ctx.redirect(url, HttpStatus.SEE_OTHER);
        }
    }

    private String workspace(PlaygroundPage page) {
        return views.render("fragments/playgroundWorkspace.jte", page, "fragments/status.jte", Status.outOfBand(page.announcement()));
    }

    /** GET /playground/export.csv: the step history from step 0 to the permalink's step. */
    public void csv(Context ctx) {
        PlaygroundState state = exportable(ctx, "CSV");
        ctx.header("Content-Disposition", "attachment; filename=\"playground-steps.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(HistoryCsv.of(state));
    }

    /**
     * GET /playground/export.json: the run up to the permalink's step (the steps the CSV holds) as
     * a request to POST /api/v1/descent, that API's response to it, and the absolute permalink.
     */
    public void json(Context ctx) {
        PlaygroundState state = exportable(ctx, "JSON");
        ObjectNode root = JsonBody.MAPPER.createObjectNode();
        root.put("permalink", Framing.origin(ctx, settings) + PlaygroundPage.url(state));
        ObjectNode request = request(state);
        root.set("request", request);
        root.set("response", response(state.setup(), request));
        ctx.header("Content-Disposition", "attachment; filename=\"playground.json\"");
        JsonBody.send(ctx, root);
    }

    /**
     * The setup as the descent API's request body, start values written out even when they came
     * from a seed, taking as many updates as the permalink shows: maxSteps is its step, and the
     * tolerance is left out when that step lies past the converged one (the API would stop there).
     */
    static ObjectNode request(PlaygroundState state) {
        PlaygroundSetup s = state.setup();
        Trace shown = s.replay(Descent.Plan.upTo(state.steps(), 1));
        int steps = shown.current() == null ? 0 : shown.current().index();
        ObjectNode body = request(s);
        body.put("maxSteps", steps);
        if (shown.convergedAt() >= 0 && shown.convergedAt() < steps) body.remove("tolerance");
        return body;
    }

    /** The setup as the descent API's request body: start values written out, even when they came from a seed. */
    static ObjectNode request(PlaygroundSetup s) {
        Architecture arch = s.architecture();
        Network start = s.startNetwork();
        ObjectNode body = JsonBody.MAPPER.createObjectNode();
        ObjectNode network = body.putObject("network");
        ArrayNode layers = network.putArray("layers");
        for (int size : arch.sizes()) layers.add(size);
        network.put("hiddenActivation", s.hidden().id());
        network.put("outputActivation", s.output().id());
        network.set("weights", JsonBody.numbers(start.weights()));
        network.set("biases", JsonBody.numbers(start.biases()));
        ObjectNode data = body.putObject("data");
        data.set("inputs", JsonBody.numbers(s.data().inputs()));
        data.set("targets", JsonBody.numbers(s.data().targets()));
        body.put("loss", s.loss().id());
        body.put("learningRate", s.learningRate());
        ArrayNode train = body.putArray("train");
        if (s.train().kind() == TrainSet.Kind.CHOSEN) s.train().names().forEach(train::add);
        else train.add(s.train().encode());
        body.put("maxSteps", s.maxSteps());
        body.put("tolerance", s.tolerance());
        return body;
    }

    /**
     * What POST /api/v1/descent answers for the request, the same run, except that every state up
     * to the permalink's step is listed (the API lists at most its first 1,000), so that the JSON
     * holds the steps the CSV holds; both exports share the CSV's size limit.
     */
    static ObjectNode response(PlaygroundSetup s, ObjectNode request) {
        Architecture arch = s.architecture();
        int[] trained = s.trained();
        int listLimit = request.get("maxSteps").asInt() + 1;
        Double tolerance = request.has("tolerance") ? request.get("tolerance").asDouble() : null;
        Trace trace = Descent.run(s.startNetwork(), s.data(),
                Descent.Settings.plain(s.loss(), s.learningRate(), trained, request.get("maxSteps").asInt(), tolerance), listLimit);
        return DescentApi.response(trace, trained, arch);
    }

    /** The permalink's state if its history is small enough to export; refused with a message otherwise. */
    private static PlaygroundState exportable(Context ctx, String format) {
        PlaygroundState state = valid(ctx);
        if (!HistoryCsv.exportable(state)) {
            throw new BadRequest(io.stepwise.playground.Fields.STEPS, "This history is too large to export as " + format + " ("
                    + HistoryCsv.numbers(state) + " numbers, at most " + HistoryCsv.MAX_NUMBERS + "). Export fewer steps.");
        }
        return state;
    }

    /** The permalink's state; an export of a setup that cannot be used is refused with its first problem. */
    private static PlaygroundState valid(Context ctx) {
        PlaygroundUrl.Decoded decoded = PlaygroundUrl.decode(query(ctx));
        if (!decoded.ok()) {
            FieldError first = decoded.errors().get(0);
            throw new BadRequest(first.field(), first.message());
        }
        return decoded.state();
    }

    private static PlaygroundUrl.Query query(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        return name -> params.getOrDefault(name, List.of());
    }
}
