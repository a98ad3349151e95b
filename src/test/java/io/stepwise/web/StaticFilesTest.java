package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.BrotliInputStream;
import io.stepwise.web.http.Assets;
import io.stepwise.web.http.Body;
import io.stepwise.web.http.BrotliHere;
import io.stepwise.web.http.CssMinifier;
import io.stepwise.web.http.StaticFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The stylesheet, scripts, icon and htmx: the build's bytes, compressed when asked, cached for a year. */
class StaticFilesTest extends ServerTest {

    static List<String> served() {
        List<String> paths = new ArrayList<>(List.of(Assets.FILES));
        paths.addAll(List.of(Paths.PLAYGROUND_CSS, Paths.DYNAMIC_PROGRAMMING_CSS, Paths.HTMX, Paths.PAGE_SCRIPT, Paths.EMBED_PAGE_SCRIPT));
        return paths;
    }

    /** What the server sends for a path: the file as built, a stylesheet its part minified, a page script its parts joined. */
    static byte[] expected(String path) throws IOException {
        if (path.equals(Paths.CSS)) return CssMinifier.minify(StaticFiles.stylesheet(text(path), null)).getBytes(StandardCharsets.UTF_8);
        if (path.equals(Paths.PLAYGROUND_CSS)) return CssMinifier.minify(StaticFiles.stylesheet(text(Paths.CSS), "playground")).getBytes(StandardCharsets.UTF_8);
        if (path.equals(Paths.DYNAMIC_PROGRAMMING_CSS)) {
            return CssMinifier.minify(StaticFiles.stylesheet(text(Paths.CSS), "dynamic-programming")).getBytes(StandardCharsets.UTF_8);
        }
        if (path.equals(Paths.PAGE_SCRIPT)) return joined();
        if (path.equals(Paths.EMBED_PAGE_SCRIPT)) return joined(Paths.EMBED_SCRIPT);
        return resource(path);
    }

    private static byte[] joined(String... last) throws IOException {
        List<String> parts = new ArrayList<>();
        parts.add(text(Paths.HTMX).strip());
        List<String> own = new ArrayList<>(List.of(Paths.LESSON_SCRIPT, Paths.SITE_SCRIPT));
        own.addAll(List.of(last));
        for (String part : own) parts.add(StaticFiles.compact(text(part).strip()));
        return (String.join("\n;\n", parts) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String path) throws IOException { return new String(resource(path), StandardCharsets.UTF_8); }

    static byte[] resource(String path) throws IOException {
        String name = path.startsWith("/webjars/") ? "/META-INF/resources" + path : path;
        try (InputStream in = StaticFilesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void every_file_is_served_as_built_with_its_type_and_a_year_of_caching() throws IOException {
        for (String path : served()) {
            HttpResponse<byte[]> r = server.getBytes(path + "?v=" + Assets.VERSION);
            assertEquals(200, r.statusCode(), path);
            assertArrayEquals(expected(path), r.body(), path);
            assertEquals("max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElse(""), path);
            assertEquals(StaticFiles.type(path), r.headers().firstValue("Content-Type").orElse(""), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            // Only the icon could be opened as a document; a script or stylesheet carries no document policy.
            boolean image = path.endsWith(".svg");
            for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "Referrer-Policy")) {
                assertEquals(image, r.headers().firstValue(header).isPresent(), path + " " + header);
            }

            HttpResponse<byte[]> zipped = server.getBytes(path, "Accept-Encoding", "gzip");
            if (expected(path).length >= Body.MIN_GZIP_BYTES) {
                assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), path);
                try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                    assertArrayEquals(expected(path), in.readAllBytes(), path);
                }
            }
            String tag = zipped.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, server.getBytes(path, "Accept-Encoding", "gzip", "If-None-Match", tag).statusCode(), path);

            if (!BrotliHere.loaded()) continue;
            HttpResponse<byte[]> br = server.getBytes(path, "Accept-Encoding", "gzip, deflate, br");
            if (expected(path).length >= Body.MIN_GZIP_BYTES) {
                assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(""), path);
                try (var in = new BrotliInputStream(new ByteArrayInputStream(br.body()))) {
                    assertArrayEquals(expected(path), in.readAllBytes(), path);
                }
                assertFalse(tag.equals(br.headers().firstValue("ETag").orElseThrow()), path);
            }
            String brTag = br.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, server.getBytes(path, "Accept-Encoding", "gzip, deflate, br", "If-None-Match", brTag).statusCode(), path);
        }
    }

    @Test
    void a_page_loads_one_script_and_no_icon() throws IOException {
        String page = server.get("/tutorials/last-bias").body();
        Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(page);
        List<String> sources = new ArrayList<>();
        while (scripts.find()) sources.add(scripts.group(1));
        assertEquals(List.of(Paths.PAGE_SCRIPT + "?v=" + Assets.VERSION), sources);
        Matcher icon = Pattern.compile("<link rel=\"icon\" href=\"data:image/svg\\+xml,([^\"]+)\" type=\"image/svg\\+xml\">").matcher(page);
        assertTrue(icon.find(), "the icon travels in the page");
        assertEquals(text(Paths.FAVICON).strip(), URLDecoder.decode(icon.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    @Test
    void the_joined_scripts_lose_their_comment_lines_and_indentation() {
        assertEquals("var a = 1; // one\nif (a) {\nf(\"// not a comment\");\n}",
                StaticFiles.compact("// About a.\nvar a = 1; // one\n  // the test\nif (a) {\n  f(\"// not a comment\");\n}"));
        String template = "var s = `\n  // part of the string\n`;";
        assertEquals(template, StaticFiles.compact(template));
        String continued = "var s = \"a\\\n  // part of the string\";";
        assertEquals(continued, StaticFiles.compact(continued));
    }

    @Test
    void only_the_playground_and_the_dynamic_programming_lesson_load_their_own_rules() throws IOException {
        String css = text(Paths.CSS);
        String every = StaticFiles.stylesheet(css, null);
        String playground = StaticFiles.stylesheet(css, "playground");
        String dp = StaticFiles.stylesheet(css, "dynamic-programming");
        assertTrue(playground.contains(".setup-form {") && playground.contains(".pg-deltas"), playground);
        assertTrue(dp.contains(".delta-table td.new {") && dp.contains(".node-delta"), dp);
        assertFalse(every.contains(".setup-form") || every.contains(".delta-table") || every.contains("/* @"), every);
        assertTrue(every.contains(".chart-svg") && every.contains(".playground-link {"), "a lesson's own rules stay");
        assertFalse(playground.contains(".chart-svg") || playground.contains(".delta-table") || dp.contains(".chart-svg") || dp.contains(".pg-deltas"));
        // Every line of the source is in exactly one of the three, or is a marker.
        List<String> lines = new ArrayList<>((every + "\n" + playground + "\n" + dp).lines().filter(l -> !l.isBlank()).sorted().toList());
        List<String> source = new ArrayList<>(css.lines().filter(l -> !l.isBlank() && !l.startsWith("/* @")).sorted().toList());
        assertEquals(source, lines);

        for (var page : List.of(List.of(Paths.PLAYGROUND, Paths.PLAYGROUND_CSS), List.of("/tutorials/dynamic-programming", Paths.DYNAMIC_PROGRAMMING_CSS),
                List.of("/embed/tutorials/dynamic-programming", Paths.DYNAMIC_PROGRAMMING_CSS))) {
            String html = server.get(page.get(0)).body();
            assertTrue(html.contains("<link rel=\"stylesheet\" href=\"" + page.get(1) + "?v=" + Assets.VERSION + "\">"), page.get(0));
            assertTrue(html.indexOf(Paths.CSS) < html.indexOf(page.get(1)), "after every page's rules: " + page.get(0));
        }
        for (String lesson : List.of("/tutorials/last-bias", "/tutorials/all-parameters")) {
            String html = server.get(lesson).body();
            assertFalse(html.contains(Paths.PLAYGROUND_CSS) || html.contains(Paths.DYNAMIC_PROGRAMMING_CSS), lesson);
        }
    }

    @Test
    void the_stylesheet_and_htmx_travel_compressed() {
        assertTrue(server.getBytes(Paths.HTMX, "Accept-Encoding", "gzip").body().length < 20_000);
        assertTrue(server.getBytes("/static/css/stepwise.css", "Accept-Encoding", "gzip").body().length < 8_000);
        // Brotli at its best quality: the joined script a tenth smaller than with gzip.
        BrotliHere.assume();
        int gzip = server.getBytes(Paths.PAGE_SCRIPT, "Accept-Encoding", "gzip").body().length;
        int br = server.getBytes(Paths.PAGE_SCRIPT, "Accept-Encoding", "br").body().length;
        assertTrue(br < gzip * 0.92, br + " bytes with Brotli, " + gzip + " with gzip");
    }

    @Test
    void head_gets_the_headers_of_get_without_a_body() {
        HttpResponse<byte[]> head = server.head("/static/css/stepwise.css");
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals("text/css; charset=utf-8", head.headers().firstValue("Content-Type").orElse(""));
        assertEquals(server.getBytes("/static/css/stepwise.css").headers().firstValue("Content-Length"),
                head.headers().firstValue("Content-Length"));
        assertEquals(400, server.head("/tutorials/last-bias?steps=x").statusCode(), "HEAD validates like GET");
    }

    @Test
    void anything_else_under_static_is_not_found() {
        for (String path : List.of("/static/", "/static/css/", "/static/css/other.css", "/static/../pom.xml", "/webjars/htmx.org/2.0.10/dist/htmx.js")) {
            HttpResponse<String> r = server.get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("<p class=\"error-message\">"), path);
        }
    }
}
