package io.stepwise.web.http;

import io.stepwise.web.Paths;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The responses Jetty gives on its own, before a request reaches the application: a path with
 * ".." or an encoded null, a malformed escape, an overlong request line or headers, a path outside
 * the base path. They get the
 * site's error page and the security headers every other response has.
 */
public final class ServerErrors extends ErrorHandler {
    private final Views views;
    private final Settings settings;

    public ServerErrors(Views views, Settings settings) {
        this.views = views;
        this.settings = settings;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        byte[] body = prepare(code, headers);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        return ByteBuffer.wrap(prepare(status, fields));
    }

    private byte[] prepare(int status, HttpFields.Mutable headers) {
        Framing.securityHeaders(false, settings).forEach(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        return page(status).getBytes(StandardCharsets.UTF_8);
    }

    String page(int status) {
        ErrorView view = switch (status) {
            case 404 -> view(status, "Page not found", settings.basePath().isEmpty() ? "There is no page at this address."
                    : "There is no page at this address: Stepwise is served under " + settings.basePath() + "/.");
            case 414 -> view(status, "That address is too long", "The address is longer than the server accepts.");
            case 431 -> view(status, "The request is too large", "The request’s headers are larger than the server accepts.");
            default -> status >= 500
                    ? view(status, "Something went wrong", "The server could not finish this request. Please try again.")
                    : view(status, "That address can’t be used",
                            "The address contains characters or path segments that are not allowed, such as “..” or a malformed %-escape.");
        };
        return PageRewriter.rewrite(views.render("pages/error.jte", new Framed<>(Frame.NONE, view)), settings.basePath(), null);
    }

    private static ErrorView view(int status, String title, String message) {
        return new ErrorView(status, title, message, "", Paths.HOME, "Go to the home page");
    }
}
