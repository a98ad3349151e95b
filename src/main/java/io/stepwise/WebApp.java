package io.stepwise;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.stepwise.lesson.InvalidField;
import io.stepwise.web.api.BackpropApi;
import io.stepwise.web.api.DescentApi;
import io.stepwise.web.api.JsonBody;
import io.stepwise.web.http.BadRequest;
import io.stepwise.web.http.Body;
import io.stepwise.web.http.CachePolicy;
import io.stepwise.web.http.ErrorView;
import io.stepwise.web.http.Framed;
import io.stepwise.web.http.Framing;
import io.stepwise.web.http.Htmx;
import io.stepwise.web.http.PageCache;
import io.stepwise.web.http.RenderGate;
import io.stepwise.web.http.ServerErrors;
import io.stepwise.web.http.Settings;
import io.stepwise.web.http.StaticFiles;
import io.stepwise.web.http.Status;
import io.stepwise.web.http.Views;
import io.stepwise.web.lesson.HomePage;
import io.stepwise.web.page.Lesson;
import io.stepwise.web.lesson.LessonHandler;
import io.stepwise.web.lesson.Lessons;
import io.stepwise.web.lesson.OEmbed;
import io.stepwise.web.lesson.PlaygroundHandler;
import io.stepwise.web.ops.Monitoring;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.stepwise.web.Paths;

/** Builds the unstarted web application: routes, static files, security headers and error pages. */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    /** How long a refused request is asked to wait: renders take milliseconds, a flood seconds. */
    public static final int BUSY_RETRY_SECONDS = 1;

    private WebApp() {}

    public static Javalin create() { return create(io.stepwise.exercise.ExerciseCatalog.BUILT_IN); }

    /** @param exercises the built-in exercise sets and the instructor's, read at start-up */
    public static Javalin create(io.stepwise.exercise.ExerciseCatalog exercises) { return create(exercises, Settings.DEFAULT); }

    /** @param settings where and how this instance is served (base path, embedding origins) */
    public static Javalin create(io.stepwise.exercise.ExerciseCatalog exercises, Settings settings) {
        return create(exercises, settings, Monitoring.NONE);
    }

    /** @param monitoring the metrics and access log the operators asked for */
    public static Javalin create(io.stepwise.exercise.ExerciseCatalog exercises, Settings settings, Monitoring monitoring) {
        return create(exercises, settings, RenderGate.forThisMachine(), monitoring);
    }

    /** @param gate bounds the work of requests the cache cannot answer */
    public static Javalin create(io.stepwise.exercise.ExerciseCatalog exercises, Settings settings, RenderGate gate) {
        return create(exercises, settings, gate, Monitoring.NONE);
    }

    public static Javalin create(io.stepwise.exercise.ExerciseCatalog exercises, Settings settings, RenderGate gate, Monitoring monitoring) {
        Views views = new Views();
        PlaygroundHandler playground = new PlaygroundHandler(views, settings);
        StaticFiles staticFiles = new StaticFiles();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = JsonBody.MAX_BYTES + 1L;
            // A known path with the wrong method says so (405), rather than "not found".
            config.http.prefer405over404 = true;
            config.router.contextPath = settings.basePath().isEmpty() ? "/" : settings.basePath();
            // Let requests in flight finish on SIGTERM before the server stops; give what Jetty
            // refuses before routing the site's error page.
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(5_000);
                server.setErrorHandler(new ServerErrors(views, settings));
            });

            // HEAD answers with the headers GET would send (by default Javalin answers an empty 200).
            BiConsumer<String, Handler> get = (path, handler) -> {
                config.routes.get(path, handler);
                config.routes.head(path, handler);
            };
            config.routes.before(Framing.before(settings));
            config.routes.after(ctx -> Framing.after(ctx, settings));
            config.routes.after(CachePolicy::apply);
            config.routes.after(JsonBody::drainUnread);
            config.routes.after(Body::writePending); // last: every header is set
            for (String path : staticFiles.paths()) get.accept(path, staticFiles::serve);
            get.accept("/favicon.ico", ctx -> ctx.redirect(Paths.FAVICON, io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
            get.accept(Paths.HEALTH, ctx -> ctx.contentType("text/plain").result("ok"));
            get.accept(Paths.HOME, ctx -> ctx.html(views.render("pages/home.jte", new Framed<>(Lessons.frame(ctx, settings), HomePage.INSTANCE))));
            // Each lesson also has an embed view under /embed: the same page without the site's chrome.
            PageCache cache = new PageCache(settings, gate);
            monitoring.install(config, cache, gate);
            for (String embed : new String[] {"", Paths.EMBED}) {
                for (Lesson lesson : Lessons.ALL) get.accept(embed + lesson.path(), cache.around(new LessonHandler(views, exercises, lesson, settings)::render));
                get.accept(embed + Paths.PLAYGROUND, cache.around(playground::render));
                config.routes.post(embed + Paths.PLAYGROUND, gate.around(playground::apply));
            }
            get.accept(Paths.OEMBED, ctx -> OEmbed.handle(ctx, settings));
            get.accept(Paths.PLAYGROUND_CSV, gate.around(playground::csv));
            get.accept(Paths.PLAYGROUND_JSON, gate.around(playground::json));
            config.routes.post(Paths.API_DESCENT, gate.around(DescentApi::handle));
            config.routes.post(Paths.API_BACKPROP, gate.around(BackpropApi::handle));

            config.routes.exception(BadRequest.class, (e, ctx) -> badRequest(views, settings, e, ctx));
            config.routes.exception(RenderGate.Busy.class, (e, ctx) -> busy(views, settings, ctx));
            config.routes.exception(InvalidField.class, (e, ctx) -> badRequest(views, settings, new BadRequest(e.field(), e.getMessage()), ctx));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                error(views, settings, ctx, new ErrorView(500, "Something went wrong",
                        "The server could not finish this request. Please try again.", "", Paths.HOME, "Go to the home page"));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                    error(views, settings, ctx, new ErrorView(404, "Page not found",
                            "There is no page at " + Framing.pagePath(ctx) + ".", "", Paths.HOME, "See the tutorials"));
                }
            });
            config.routes.error(405, ctx -> error(views, settings, ctx, new ErrorView(405, "Method not allowed",
                    ctx.method() + " is not supported here.", "", Paths.HOME, "Go to the home page")));
        });
    }

    private static void badRequest(Views views, Settings settings, BadRequest e, Context ctx) {
        String path = Framing.pagePath(ctx);
        String back = path.startsWith("/tutorials/") && path.length() < 60 ? path : Paths.HOME;
        error(views, settings, ctx, new ErrorView(400, "That input can’t be used", e.getMessage(), e.field(), back,
                back.equals(Paths.HOME) ? "Go to the home page" : "Start the lesson again with the defaults"));
    }

    /**
     * Every render permit was taken for longer than the gate waits: try again shortly. An htmx
     * step leaves the lesson as it is and says so in the status line.
     */
    private static void busy(Views views, Settings settings, Context ctx) {
        ctx.header("Retry-After", String.valueOf(BUSY_RETRY_SECONDS)).header("Cache-Control", "no-store");
        if (Htmx.wantsFragment(ctx) && !Framing.pagePath(ctx).startsWith("/api/")) {
            ctx.status(503).header("HX-Reswap", "none").header("HX-Push-Url", "false");
            ctx.html(views.render("fragments/status.jte", Status.outOfBand("The server is busy, so nothing changed. Please try again in a moment.")));
            return;
        }
        String again = Framing.pagePath(ctx) + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        error(views, settings, ctx, new ErrorView(503, "Busy right now",
                "The server is busy working out other lessons. Please try again in a moment.", "", again, "Try again"));
    }

    /** JSON for the API, a fragment for htmx, a whole page otherwise. */
    private static void error(Views views, Settings settings, Context ctx, ErrorView view) {
        ctx.status(view.status());
        if (Framing.pagePath(ctx).startsWith("/api/")) {
            JsonBody.sendError(ctx, view.status(), view.message(), view.field());
        } else if (Htmx.wantsFragment(ctx)) {
            if (view.status() == 400) {
                // A refusal is the answer htmx swaps in, as the playground's marked form is, not a failed
                // request for the console to report; it names no state to push, and nobody keeps it.
                ctx.status(200).header("HX-Push-Url", "false").header("Cache-Control", CachePolicy.NEVER);
            }
            ctx.html(views.render("fragments/error.jte", view));
        } else {
            ctx.html(views.render("pages/error.jte", new Framed<>(Lessons.frame(ctx, settings), view)));
        }
    }
}
