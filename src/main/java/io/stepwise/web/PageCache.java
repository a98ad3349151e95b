package io.stepwise.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered lesson pages by URL. A lesson's whole state is in its URL and rendering is
 * deterministic, so the same request always gets the same HTML: the second student to reach a
 * step is served from memory. Least recently used entries go first once the total passes
 * {@link #MAX_BYTES}.
 */
final class PageCache {
    static final long MAX_BYTES = 32L << 20;
    /** Larger pages (long histories) are rendered each time rather than crowding out the rest. */
    static final int MAX_ENTRY_CHARS = 512 << 10;

    private final LinkedHashMap<String, String> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** The handler, answering from the cache when it can and filling it when it renders a 200. */
    Handler around(Handler handler) {
        return ctx -> {
            String key = key(ctx);
            String hit = get(key);
            if (hit != null) {
                Htmx.wantsFragment(ctx);
                ctx.html(hit);
                return;
            }
            handler.handle(ctx);
            String body = ctx.result();
            if (ctx.statusCode() == 200 && body != null && body.length() <= MAX_ENTRY_CHARS && ctx.res().getHeader("HX-Push-Url") == null) {
                put(key, body);
            }
        };
    }

    /** Everything a lesson's HTML depends on: the origin (in absolute links), the path, the query and fragment or page. */
    private static String key(Context ctx) {
        return Frame.current().origin() + "|" + ctx.path() + "?" + ctx.queryString() + "|" + Htmx.wantsFragment(ctx);
    }

    private synchronized String get(String key) { return pages.get(key); }

    private synchronized void put(String key, String body) {
        String old = pages.put(key, body);
        bytes += 2L * body.length() - (old == null ? 0 : 2L * old.length());
        Iterator<Map.Entry<String, String>> eldest = pages.entrySet().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            bytes -= 2L * eldest.next().getValue().length();
            eldest.remove();
        }
    }
}
