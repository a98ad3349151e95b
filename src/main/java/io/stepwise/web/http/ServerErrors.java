package io.stepwise.web.http;

import io.stepwise.web.Paths;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The responses Jetty gives on its own, before a request reaches the application: a path with
 * ".." or an encoded null, a malformed escape, an overlong request line or headers, a path outside
 * the base path. They get the
 * site's error page and the security headers every other response has.
 */
public final class ServerErrors extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);

    private final Views views;
    private final Settings settings;
    /** A proxy that strips the prefix sends every request outside the base path: one warning says so, not one per request. */
    private final AtomicBoolean warnedOutside = new AtomicBoolean();

    public ServerErrors(Views views, Settings settings) {
        this.views = views;
        this.settings = settings;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        PublicAddress address = PublicAddress.of(settings, Request.getRemoteAddr(request), request.getHeaders()::get,
                request.getHttpURI().getScheme());
        String path = request.getHttpURI().getPath();
        String page;
        if (code == 404 && outsideBasePath(path)) {
            if (warnedOutside.compareAndSet(false, true)) {
                LOG.warn("A request arrived outside BASE_PATH {}: {} {} from {}. If the reverse proxy strips the prefix, leave BASE_PATH "
                        + "unset and have it send X-Forwarded-Prefix; otherwise set BASE_PATH to the path it passes on. "
                        + "(Said once; later ones get a 404 page saying the same.)", settings.basePath(), request.getMethod(),
                        path == null ? "" : path.substring(0, Math.min(path.length(), 200)), address.client());
            }
            page = outside(path, address);
        } else {
            page = page(code, address.basePath());
        }
        byte[] body = prepare(page, headers);
        if (address.trusted()) headers.put(HttpHeader.VARY, String.join(", ", PublicAddress.FORWARDED_HEADERS));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        return ByteBuffer.wrap(prepare(page(status, settings.basePath()), fields));
    }

    private byte[] prepare(String page, HttpFields.Mutable headers) {
        Framing.securityHeaders(false, settings).forEach(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, CachePolicy.NEVER);
        headers.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private boolean outsideBasePath(String path) {
        String base = settings.basePath();
        return !base.isEmpty() && path != null && !path.equals(base) && !path.startsWith(base + "/");
    }

    /**
     * The 404 of a request outside BASE_PATH: what to change, and a link home written relative to
     * where the request arrived, so it reaches the base path whether or not a proxy stripped a
     * prefix on the way (a root-relative "/stepwise/" would lead straight back here through such a proxy).
     */
    String outside(String path, PublicAddress address) {
        String base = settings.basePath();
        int depth = (int) path.chars().filter(c -> c == '/').count() - 1;
        String home = "../".repeat(Math.max(0, depth)) + base.substring(1) + "/";
        ErrorView view = new ErrorView(404, "Page not found", "This server serves Stepwise under " + base + "/; this request arrived at "
                + "another path. Set BASE_PATH to the path your reverse proxy passes on, or, if it strips the prefix, leave "
                + "BASE_PATH unset and have the proxy send X-Forwarded-Prefix.", "", home, "Go to Stepwise under " + base + "/");
        return PageRewriter.rewrite(views.render("pages/error.jte", new Framed<>(Frame.NONE, view)), address.basePath(), null);
    }

    String page(int status, String basePath) {
        ErrorView view = switch (status) {
            case 404 -> view(status, "Page not found", "There is no page at this address.");
            case 414 -> view(status, "That address is too long", "The address is longer than the server accepts.");
            case 431 -> view(status, "The request is too large", "The request’s headers are larger than the server accepts.");
            default -> status >= 500
                    ? view(status, "Something went wrong", "The server could not finish this request. Please try again.")
                    : view(status, "That address can’t be used",
                            "The address contains characters or path segments that are not allowed, such as “..” or a malformed %-escape.");
        };
        return PageRewriter.rewrite(views.render("pages/error.jte", new Framed<>(Frame.NONE, view)), basePath, null);
    }

    private static ErrorView view(int status, String title, String message) {
        return new ErrorView(status, title, message, "", Paths.HOME, "Go to the home page");
    }
}
