package io.stepwise.web.http;

import io.javalin.http.Context;

/** How a request was made: by htmx wanting a fragment, or by a browser wanting a whole page. */
public final class Htmx {
    private Htmx() {}

    /**
     * True when htmx asked for a fragment. A history restore (Back after the cache was emptied)
     * sets HX-Request too but needs the whole page.
     */
    public static boolean wantsFragment(Context ctx) {
        ctx.header("Vary", "HX-Request");
        return "true".equals(ctx.header("HX-Request")) && !"true".equals(ctx.header("HX-History-Restore-Request"));
    }
}
