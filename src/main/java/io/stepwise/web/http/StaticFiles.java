package io.stepwise.web.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.stepwise.web.Paths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stylesheet, scripts, icon and htmx, read from the classpath once at start-up and served
 * from memory with Brotli and gzip copies and tags; the scripts a page loads also joined into one, and the
 * stylesheet minified. Pages link them with ?v=&lt;content hash&gt;, so a
 * changed file gets a new URL and each can be cached for a year. A handful of small files does
 * not need a file server (and starting one cost a third of the start-up time).
 */
public final class StaticFiles {
    private static final String IMMUTABLE = "max-age=31536000, immutable";

    /** One file: its body and its media type. */
    private record File(Body body, String type) {}

    private final Map<String, File> files = new LinkedHashMap<>();

    public StaticFiles() {
        for (String path : Assets.FILES) files.put(path, path.equals(Paths.CSS) ? stylesheetFile(path, null) : file(path, bytes(path)));
        PAGE_STYLESHEETS.forEach((page, path) -> files.put(path, stylesheetFile(path, page)));
        files.put(Paths.HTMX, file(Paths.HTMX, bytes(Assets.HTMX_RESOURCE)));
        files.put(Paths.PAGE_SCRIPT, file(Paths.PAGE_SCRIPT, join(Assets.HTMX_RESOURCE, Paths.LESSON_SCRIPT, Paths.SITE_SCRIPT)));
        files.put(Paths.EMBED_PAGE_SCRIPT, file(Paths.EMBED_PAGE_SCRIPT, join(Assets.HTMX_RESOURCE, Paths.LESSON_SCRIPT, Paths.SITE_SCRIPT, Paths.EMBED_SCRIPT)));
    }

    /** The URL paths served, e.g. "/static/css/stepwise.css". */
    public Iterable<String> paths() { return files.keySet(); }

    public void serve(Context ctx) {
        File file = files.get(Framing.pagePath(ctx));
        if (file == null) throw new NotFoundResponse();
        ctx.header("Cache-Control", IMMUTABLE);
        // A script or stylesheet is never a document: the policies that govern documents would only be bytes.
        if (!file.type().startsWith("image/")) Framing.dropDocumentHeaders(ctx);
        file.body().send(ctx, file.type());
    }

    private static File file(String path, byte[] bytes) {
        return new File(new Body(bytes, Brotli.STATIC_QUALITY), type(path));
    }

    /** A stylesheet: its part of stepwise.css ({@link #stylesheet}), minified (the source keeps its comments and layout). */
    private static File stylesheetFile(String path, String page) {
        String rules = stylesheet(new String(bytes(Paths.CSS), StandardCharsets.UTF_8), page);
        return file(path, CssMinifier.minify(rules).getBytes(StandardCharsets.UTF_8));
    }

    /** The pages with rules of their own, by the name that marks them in stepwise.css, and their stylesheets. */
    public static final Map<String, String> PAGE_STYLESHEETS = Map.of(
            "playground", Paths.PLAYGROUND_CSS, "dynamic-programming", Paths.DYNAMIC_PROGRAMMING_CSS);

    private static final Pattern PAGE_SECTION = Pattern.compile("/\\* @([a-z-]+)\\b.*?\\*/(.*?)/\\* @end \\*/", Pattern.DOTALL);

    /**
     * One source, a stylesheet for every page and one for each page with rules of its own: the sections
     * of stepwise.css between a comment that begins "@name" and one that is "@end" are that page's
     * (name.css, which only that page links, after stepwise.css); the rest is every page's. All share the
     * source's version in their URLs.
     *
     * @param page a name in {@link #PAGE_STYLESHEETS}, or null for every page's rules
     */
    public static String stylesheet(String source, String page) {
        Matcher m = PAGE_SECTION.matcher(source);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (!PAGE_STYLESHEETS.containsKey(m.group(1))) throw new IllegalStateException("no page named " + m.group(1) + " in stepwise.css");
            if (page == null) out.append(source, last, m.start());
            else if (page.equals(m.group(1))) out.append(m.group(2));
            last = m.end();
        }
        if (page == null) out.append(source.substring(last));
        return out.toString();
    }

    /**
     * Scripts joined in order into one, as if each had its own script tag: every file is a classic script
     * sharing the page's globals, and a line with a semicolon between them ends a last statement
     * that has none (or a last line comment) before the next file starts. htmx comes minified; the
     * site's own scripts lose their comment lines and indentation (see {@link #compact}).
     */
    static byte[] join(String... resources) {
        StringBuilder out = new StringBuilder();
        for (String resource : resources) {
            if (!out.isEmpty()) out.append("\n;\n");
            String script = new String(bytes(resource), StandardCharsets.UTF_8).strip();
            out.append(resource.equals(Assets.HTMX_RESOURCE) ? script : compact(script));
        }
        return out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A script without the lines that are only a // comment and without each line's indentation:
     * about a twentieth of the joined script's Brotli bytes, and the source keeps its explanations.
     * Safe where no string or template literal spans lines (a backtick or a backslash at a line's
     * end); a script with either is left as it is.
     */
    public static String compact(String script) {
        if (script.indexOf('`') >= 0 || script.contains("\\\n")) return script;
        StringBuilder out = new StringBuilder(script.length());
        for (String line : script.split("\n", -1)) {
            String code = line.strip();
            if (code.startsWith("//")) continue;
            if (!out.isEmpty()) out.append('\n');
            out.append(code);
        }
        return out.toString();
    }

    static byte[] bytes(String resource) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the build: " + resource);
            return in.readAllBytes();
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
