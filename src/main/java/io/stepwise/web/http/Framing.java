package io.stepwise.web.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.stepwise.web.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Per-request framing: security headers (full pages may not be framed; embed views may, by the
 * configured origins), the {@link Frame} a page's layout draws, and the {@link PageRewriter} pass that
 * fits links to the base path and the embed view.
 */
public final class Framing {
    /**
     * No inline script or style anywhere, nothing from another origin: styles, requests, fonts and
     * the rest fall back to default-src; scripts are named anyway, as what matters most.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors ";

    private static final String FITTED = "stepwise.fitted";
    private static final String ADDRESS = "stepwise.address";
    private static final String[] REWRITTEN_HEADERS = {"Location", "HX-Push-Url", "HX-Redirect", "HX-Location"};

    private Framing() {}

    /** The request path below the base path, e.g. "/tutorials/last-bias". */
    public static String pagePath(Context ctx) {
        String path = ctx.path();
        String context = ctx.contextPath();
        if (context != null && !context.equals("/") && path.startsWith(context)) path = path.substring(context.length());
        return path.isEmpty() ? "/" : path;
    }

    public static boolean isEmbed(Context ctx) { return pagePath(ctx).startsWith(Paths.EMBED + "/"); }

    /** The headers every response carries; an embed view may be framed by the configured origins, nothing else may. */
    static Map<String, String> securityHeaders(boolean embed, Settings settings) {
        String ancestors = !embed ? "'none'" : settings.embedOrigins().isEmpty() ? "*" : String.join(" ", settings.embedOrigins());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", POLICY + ancestors);
        headers.put("X-Content-Type-Options", "nosniff");
        // A lesson's URL holds a student's settings and answers: other sites learn nothing of it, not even the origin.
        headers.put("Referrer-Policy", "same-origin");
        if (!embed) headers.put("X-Frame-Options", "DENY");
        return headers;
    }

    /** The handler that gives every answer its security headers: both sets are made once, for these settings. */
    public static Handler before(Settings settings) {
        Map<String, String> page = securityHeaders(false, settings);
        Map<String, String> embed = securityHeaders(true, settings);
        return ctx -> (isEmbed(ctx) ? embed : page).forEach(ctx::header);
    }

    /**
     * Leaves a script or stylesheet only nosniff: a policy for framing, referrers or what a document may
     * load has nothing to govern there (the browser applies the page's), and would be resent with each file.
     */
    static void dropDocumentHeaders(Context ctx) {
        for (String header : securityHeaders(false, Settings.DEFAULT).keySet()) {
            if (!header.equals("X-Content-Type-Options")) ctx.res().setHeader(header, null);
        }
    }

    /**
     * The frame of the page this request asks for.
     *
     * @param embeddable whether the page at a path (below the base path, outside /embed) has an embed view
     */
    public static Frame frame(Context ctx, Settings settings, Predicate<String> embeddable) {
        boolean embed = isEmbed(ctx);
        String path = pagePath(ctx);
        boolean hasEmbed = embeddable.test(embed ? path.substring(Paths.EMBED.length()) : path);
        PublicAddress address = address(ctx, settings);
        return Frame.of(address.origin(), address.basePath(), path, ctx.queryString(), hasEmbed);
    }

    /** The body as it will be sent here: links fitted to the base path and the embed view. */
    static CharSequence fitBody(Context ctx, Settings settings, CharSequence html) {
        String lesson = isEmbed(ctx) ? pagePath(ctx).substring(Paths.EMBED.length()) : null;
        String base = address(ctx, settings).basePath();
        return lesson == null && base.isEmpty() ? html : PageRewriter.rewrite(html.toString(), base, lesson);
    }

    /** Says the body already went through {@link #fitBody}, so {@link #after} leaves it alone. */
    static void markFitted(Context ctx) { ctx.attribute(FITTED, Boolean.TRUE); }

    public static void after(Context ctx, Settings settings) {
        String type = ctx.res().getContentType();
        boolean html = type != null && type.startsWith("text/html") && ctx.attribute(FITTED) == null && ctx.result() != null;
        boolean redirect = false;
        for (String header : REWRITTEN_HEADERS) redirect |= ctx.res().getHeader(header) != null;
        // Only what holds links depends on the base path (and so, from a trusted proxy, on its headers).
        if (!html && !redirect) return;
        String lesson = isEmbed(ctx) ? pagePath(ctx).substring(Paths.EMBED.length()) : null;
        String base = address(ctx, settings).basePath();
        if (lesson == null && base.isEmpty()) return;
        for (String header : REWRITTEN_HEADERS) {
            String value = ctx.res().getHeader(header);
            if (value != null) ctx.header(header, PageRewriter.url(value, base, lesson));
        }
        if (html) ctx.result(fitBody(ctx, settings, ctx.result()).toString());
    }

    /** The public origin plus base path, e.g. "https://ml.example.edu/stepwise". */
    public static String origin(Context ctx, Settings settings) {
        PublicAddress address = address(ctx, settings);
        return address.origin() + address.basePath();
    }

    /** Where this request's client reached the site: PUBLIC_URL, the request, and a trusted proxy's forwarded headers. */
    public static PublicAddress address(Context ctx, Settings settings) {
        PublicAddress address = ctx.attribute(ADDRESS);
        if (address == null) {
            address = PublicAddress.of(settings, ctx.req().getRemoteAddr(), ctx::header, ctx.scheme());
            ctx.attribute(ADDRESS, address);
        }
        return address;
    }

    /** Whether this answer was fitted to a trusted proxy's forwarded headers, so they belong in its Vary. */
    static boolean dependsOnForwarded(Context ctx) {
        PublicAddress address = ctx.attribute(ADDRESS);
        return address != null && address.trusted();
    }
}
