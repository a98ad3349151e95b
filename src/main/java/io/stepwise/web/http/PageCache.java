package io.stepwise.web.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rendered lesson pages by URL. A lesson's whole state is in its URL and rendering is
 * deterministic, so the same request always gets the same HTML: the second student to reach a
 * step is served from memory, as a finished {@link Body}. Least recently used entries go first
 * once the total passes {@link #MAX_BYTES}.
 */
public final class PageCache {
    static final long MAX_BYTES = 32L << 20;
    /** Larger pages (long histories) are rendered each time rather than crowding out the rest. */
    static final int MAX_ENTRY_BYTES = 512 << 10;
    static final String HTML = "text/html; charset=utf-8";

    private final LinkedHashMap<String, Body> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final Settings settings;
    private final RenderGate gate;
    private long bytes;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** @param gate bounds the renders of misses; a hit never waits for it */
    public PageCache(Settings settings, RenderGate gate) {
        this.settings = settings;
        this.gate = gate;
    }

    /** Renders a lesson's HTML for a request, or throws {@link BadRequest}. */
    @FunctionalInterface
    public interface Renderer {
        CharSequence render(Context ctx) throws Exception;
    }

    /**
     * A handler that answers from the cache when it can, and renders and keeps the page when it
     * cannot, with a turn from the gate (or {@link RenderGate.Busy}).
     */
    public Handler around(Renderer renderer) {
        return ctx -> {
            String key = key(ctx);
            Body hit = get(key);
            if (hit == null) {
                misses.increment();
                hit = Prefetch.asked(ctx) ? Prefetch.render(ctx, gate, () -> page(ctx, renderer)) : gate.pass(() -> page(ctx, renderer));
                if (hit == null) return; // a prefetch refused with its 204
                if (ctx.statusCode() == 200 && !steersHtmx(ctx) && hit.plain.length <= MAX_ENTRY_BYTES) {
                    put(key, hit);
                }
            } else {
                hits.increment();
                Htmx.wantsFragment(ctx);
            }
            Framing.markFitted(ctx);
            hit.send(ctx, HTML);
        };
    }

    /**
     * A page without a query gets its Brotli copy at {@link Brotli#ENTRY_QUALITY} here, within the
     * gate's turn, so its tens of milliseconds are bounded as a render's are (a client can make
     * such pages for new hosts).
     */
    private Body page(Context ctx, Renderer renderer) throws Exception {
        boolean entry = ctx.queryString() == null;
        Body body = new Body(Utf8.encodeLast(Framing.fitBody(ctx, settings, renderer.render(ctx))),
                entry ? Brotli.ENTRY_QUALITY : Brotli.PAGE_QUALITY);
        if (entry && Brotli.available()) body.brotli();
        return body;
    }

    /** Only the body is kept, so an answer with htmx response headers (a pushed URL, a retargeted marked form) is rendered each time. */
    private static boolean steersHtmx(Context ctx) {
        for (String name : ctx.res().getHeaderNames()) if (name.regionMatches(true, 0, "HX-", 0, 3)) return true;
        return false;
    }

    /** Everything a lesson's HTML depends on: the origin (in absolute links), the path, the query and fragment or page. */
    private String key(Context ctx) {
        return Framing.origin(ctx, settings) + "|" + ctx.path() + "?" + ctx.queryString() + "|" + Htmx.wantsFragment(ctx);
    }

    /** Requests answered from memory, for the metrics. */
    public long hits() { return hits.sum(); }

    /** Requests that had to be rendered (refused ones included), for the metrics. */
    public long misses() { return misses.sum(); }

    /** What the kept pages count against {@link #MAX_BYTES}. */
    public synchronized long bytes() { return bytes; }

    public synchronized int entries() { return pages.size(); }

    private synchronized Body get(String key) { return pages.get(key); }

    private synchronized void put(String key, Body entry) {
        Body old = pages.put(key, entry);
        bytes += entry.size() - (old == null ? 0 : old.size());
        Iterator<Map.Entry<String, Body>> eldest = pages.entrySet().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }
}
