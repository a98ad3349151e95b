package io.stepwise.web.http;

import io.javalin.http.Context;
import io.stepwise.web.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Per-request framing: security headers (full pages may not be framed; embed views may, by the
 * configured origins), the {@link Frame} a page's layout draws, and the {@link PageRewriter} pass that
 * fits links to the base path and the embed view.
 */
public final class Framing {
    /** No inline script or style anywhere, nothing from another origin. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors ";

    private static final String FITTED = "stepwise.fitted";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,200}");

    private Framing() {}

    /** The request path below the base path, e.g. "/tutorials/last-bias". */
    public static String pagePath(Context ctx) {
        String path = ctx.path();
        String context = ctx.contextPath();
        if (context != null && !context.equals("/") && path.startsWith(context)) path = path.substring(context.length());
        return path.isEmpty() ? "/" : path;
    }

    static boolean isEmbed(Context ctx) { return pagePath(ctx).startsWith(Paths.EMBED + "/"); }

    /** The headers every response carries; an embed view may be framed by the configured origins, nothing else may. */
    static Map<String, String> securityHeaders(boolean embed, Settings settings) {
        String ancestors = !embed ? "'none'" : settings.embedOrigins().isEmpty() ? "*" : String.join(" ", settings.embedOrigins());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", POLICY + ancestors);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!embed) headers.put("X-Frame-Options", "DENY");
        return headers;
    }

    public static void before(Context ctx, Settings settings) {
        securityHeaders(isEmbed(ctx), settings).forEach(ctx::header);
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
        String site = origin(ctx, settings);
        String host = site.substring(0, site.length() - settings.basePath().length());
        return Frame.of(host, settings.basePath(), path, ctx.queryString(), hasEmbed);
    }

    /** The body as it will be sent here: links fitted to the base path and the embed view. */
    static CharSequence fitBody(Context ctx, Settings settings, CharSequence html) {
        String lesson = isEmbed(ctx) ? pagePath(ctx).substring(Paths.EMBED.length()) : null;
        return lesson == null && settings.basePath().isEmpty() ? html : PageRewriter.rewrite(html.toString(), settings.basePath(), lesson);
    }

    /** Says the body already went through {@link #fitBody}, so {@link #after} leaves it alone. */
    static void markFitted(Context ctx) { ctx.attribute(FITTED, Boolean.TRUE); }

    public static void after(Context ctx, Settings settings) {
        String lesson = isEmbed(ctx) ? pagePath(ctx).substring(Paths.EMBED.length()) : null;
        String base = settings.basePath();
        if (lesson == null && base.isEmpty()) return;
        for (String header : new String[] {"Location", "HX-Push-Url", "HX-Redirect", "HX-Location"}) {
            String value = ctx.res().getHeader(header);
            if (value != null) ctx.header(header, PageRewriter.url(value, base, lesson));
        }
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("text/html") && ctx.attribute(FITTED) == null) {
            String html = ctx.result();
            if (html != null) ctx.result(fitBody(ctx, settings, html).toString());
        }
    }

    /** The public origin plus base path: PUBLIC_URL when set, otherwise the request's scheme and Host. */
    public static String origin(Context ctx, Settings settings) {
        if (!settings.publicUrl().isEmpty()) return settings.publicUrl() + settings.basePath();
        String proto = ctx.header("X-Forwarded-Proto");
        String scheme = "https".equals(proto) || "http".equals(proto) ? proto : ctx.scheme();
        String host = ctx.header("X-Forwarded-Host");
        if (host == null || !HOST.matcher(host).matches()) host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) host = "localhost";
        return scheme + "://" + host + settings.basePath();
    }
}
