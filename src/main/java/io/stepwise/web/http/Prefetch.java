package io.stepwise.web.http;

import io.javalin.http.Context;

/**
 * A lesson page asks for the step a student is likely to want next before the click (lesson.js),
 * so that the click is answered from the browser's cache. Such a request says so in a Purpose
 * header; nobody waits for it, so when it is not in memory it is rendered only if a render permit
 * is free at once, and otherwise refused with an empty 204 that nothing keeps (the click then asks
 * again as usual).
 */
final class Prefetch {
    static final String HEADER = "Purpose";
    static final String VALUE = "prefetch";

    private Prefetch() {}

    static boolean asked(Context ctx) { return VALUE.equalsIgnoreCase(ctx.header(HEADER)); }

    /** The rendered body, or null after answering 204 because no permit was free. */
    static Body render(Context ctx, RenderGate gate, RenderGate.Work<Body> render) throws Exception {
        try {
            return gate.passNow(render);
        } catch (RenderGate.Busy busy) {
            ctx.status(204).header("Cache-Control", CachePolicy.NEVER);
            return null;
        }
    }
}
