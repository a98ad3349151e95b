package io.stepwise.web.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.stepwise.web.Paths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stylesheet, scripts, icon and htmx, read from the classpath once at start-up and served
 * from memory with a gzip copy and a tag. Pages link them with ?v=&lt;content hash&gt;, so a
 * changed file gets a new URL and each can be cached for a year. A handful of small files does
 * not need a file server (and starting one cost a third of the start-up time).
 */
public final class StaticFiles {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** One file: its body and its media type. */
    private record File(Body body, String type) {}

    private final Map<String, File> files = new LinkedHashMap<>();

    public StaticFiles() {
        for (String path : Assets.FILES) files.put(path, read(path, path));
        files.put(Paths.HTMX, read("/META-INF/resources" + Paths.HTMX, Paths.HTMX));
    }

    /** The URL paths served, e.g. "/static/css/stepwise.css". */
    public Iterable<String> paths() { return files.keySet(); }

    public void serve(Context ctx) {
        File file = files.get(Framing.pagePath(ctx));
        if (file == null) throw new NotFoundResponse();
        ctx.header("Cache-Control", IMMUTABLE);
        file.body().send(ctx, file.type());
    }

    private static File read(String resource, String path) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the build: " + resource);
            return new File(new Body(in.readAllBytes()), type(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String type(String path) {
        if (path.endsWith(".css")) return "text/css; charset=utf-8";
        if (path.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (path.endsWith(".svg")) return "image/svg+xml";
        throw new IllegalArgumentException("no media type for " + path);
    }
}
