package io.stepwise.web.http;

import io.javalin.http.Context;
import io.stepwise.web.Paths;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every answer's Cache-Control and Vary, decided in one place from what the answer is, so that a
 * shared cache in front of the server (or the proxy's own) keeps what it may and no more.
 * A lesson state's page is a pure function of its URL, the release and where it is served, so
 * pages, fragments, oEmbed answers and exports may be kept by anyone for a minute; errors, the
 * 503 of a busy server, health checks and the answers to POSTs are never kept; static files set
 * their own year-long policy (their URLs change with their content).
 */
public final class CachePolicy {
    /**
     * A class opening the link its teacher shared is answered by the shared cache after the first;
     * a new release's pages replace the old ones within a minute, then the ETag makes checking cheap.
     * Not "public": a response to a request with a login (a proxy's password in front of a class's
     * copy) is then not kept by shared caches; without one it may be kept anyway.
     */
    public static final String PAGE = "max-age=60";
    public static final String NEVER = "no-store";

    private CachePolicy() {}

    /** Run after every route, exception and error handler, when the status and body are final. */
    public static void apply(Context ctx) {
        ctx.header("Cache-Control", cacheControl(ctx.method().name(), ctx.statusCode(), Framing.pagePath(ctx),
                ctx.res().getHeader("Cache-Control")));
        Set<String> vary = new LinkedHashSet<>();
        for (String header : ctx.res().getHeaders("Vary")) {
            for (String name : header.split(",")) if (!name.isBlank()) vary.add(name.strip());
        }
        // A history restore sends HX-Request too but gets the whole page: a browser's cache must not
        // answer Back with a fragment it kept for a step (public pages are kept for a minute).
        if (vary.contains("HX-Request")) vary.add("HX-History-Restore-Request");
        // Javalin compresses large answers that have no encoding yet; say so even for the small ones.
        vary.add("Accept-Encoding");
        if (Framing.dependsOnForwarded(ctx)) vary.addAll(PublicAddress.FORWARDED_HEADERS);
        // One comma-separated line, the same to a cache as a line for each name and fewer bytes on every answer.
        ctx.res().setHeader("Vary", String.join(", ", vary));
    }

    /** @param set what the handler already chose (static files, a busy server), or null */
    static String cacheControl(String method, int status, String path, String set) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (status >= 400 || !read || path.equals(Paths.HEALTH)) return NEVER;
        return set != null ? set : PAGE;
    }
}
