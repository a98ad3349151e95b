package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.web.http.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Behind a reverse proxy: forwarded headers believed only from trusted proxies, the prefix of a
 * proxy that strips it, requests outside the base path, and every answer's caching headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyTest {
    /** What an attacker would send to put another site into the pages a shared cache keeps. */
    static final String[] FORGED = {"X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "X-Forwarded-Prefix", "/evil",
            "Forwarded", "for=203.0.113.9;host=evil.example;proto=https", "X-Forwarded-For", "203.0.113.9"};
    /** What the instructor's nginx sends, prefix-stripping or not. */
    static final String[] PROXY = {"X-Forwarded-Host", "ml.example.edu", "X-Forwarded-Proto", "https", "X-Forwarded-Prefix", "/stepwise"};
    static final String LESSON = "/tutorials/last-bias?steps=2";
    static final String EXPORT = "/playground/export.json";

    /** Every kind of answer a forged header could reach: pages, fragments, embed views, oEmbed, exports, errors, redirects. */
    static final String[] EVERYTHING = {"/", LESSON, "/tutorials/all-parameters?steps=1", "/tutorials/dynamic-programming?filled=1",
            "/playground", "/embed" + LESSON, "/embed/playground", EXPORT, "/playground/export.csv", "/favicon.ico",
            "/no-such-page", "/tutorials/last-bias?steps=x", "/healthz"};

    /** With the default settings. */
    TestServer server;

    @BeforeAll
    void start() { server = new TestServer(); }

    @AfterAll
    void stop() { server.close(); }

    static String oembedPath(String url) { return "/oembed?format=json&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8); }

    static String everything(HttpResponse<String> r) { return r.headers().map() + "\n" + r.body(); }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FromAnUntrustedPeer {
        TestServer untrusted;

        @BeforeAll
        void start() { untrusted = new TestServer(Settings.fromEnvironment(Map.of("TRUSTED_PROXIES", "10.0.0.0/8, fd00::/8"))); }

        @AfterAll
        void stop() { untrusted.close(); }

        @Test
        void forwarded_headers_are_ignored_in_every_page_fragment_embed_export_and_error() {
            int checked = 0;
            for (String path : EVERYTHING) {
                for (boolean fragment : new boolean[] {false, true}) {
                    List<String> headers = new ArrayList<>(List.of(FORGED));
                    if (fragment) headers.addAll(List.of("HX-Request", "true"));
                    HttpResponse<String> r = untrusted.get(path, headers.toArray(String[]::new));
                    assertFalse(everything(r).contains("evil"), path + (fragment ? " (fragment)" : "") + ": " + everything(r));
                    checked++;
                }
            }
            assertEquals(EVERYTHING.length * 2, checked);
            String page = untrusted.get(LESSON, FORGED).body();
            assertTrue(page.contains(untrusted.base() + "/embed" + LESSON), "the embed code names the address the request reached");
            assertTrue(page.contains(untrusted.base() + "/static/js/embed-parent.js"));
        }

        @Test
        void the_embed_code_oembed_and_redirects_name_this_site() throws Exception {
            HttpResponse<String> o = untrusted.get(oembedPath(untrusted.base() + LESSON), FORGED);
            assertEquals(200, o.statusCode(), o.body());
            JsonNode html = HostingTest.JSON.readTree(o.body()).get("html");
            assertTrue(html.asText().startsWith("<iframe src=\"" + untrusted.base() + "/embed" + LESSON + "\""), html.asText());
            assertTrue(html.asText().contains("<script src=\"" + untrusted.base() + "/static/js/embed-parent.js\""));
            HttpResponse<String> post = untrusted.post("/playground", "", "application/x-www-form-urlencoded");
            assertFalse(everything(post).contains("evil"));
            assertFalse(untrusted.get("/favicon.ico", FORGED).headers().firstValue("Location").orElse("").contains("evil"));
        }

        @Test
        void oembed_refuses_urls_on_the_forged_host() {
            assertEquals(404, untrusted.get(oembedPath("https://evil.example/tutorials/last-bias"), FORGED).statusCode());
            assertEquals(404, untrusted.get(oembedPath("https://evil.example/evil/tutorials/last-bias"), FORGED).statusCode());
        }

        @Test
        void answers_do_not_vary_on_headers_that_are_ignored() {
            List<String> vary = TestServer.vary(untrusted.get(LESSON, FORGED));
            assertTrue(vary.contains("HX-Request") && vary.contains("Accept-Encoding"), vary.toString());
            assertFalse(vary.contains("X-Forwarded-Host"), vary.toString());
        }
    }

    /** Loopback is trusted by default: the proxy on the same machine. */
    @Nested
    class FromATrustedProxy {
        @Test
        void a_prefix_stripping_proxy_gets_links_assets_htmx_urls_and_embed_code_under_its_prefix() {
            for (boolean fragment : new boolean[] {false, true}) {
                List<String> headers = new ArrayList<>(List.of(PROXY));
                if (fragment) headers.addAll(List.of("HX-Request", "true"));
                HttpResponse<String> r = server.get(LESSON, headers.toArray(String[]::new));
                assertEquals(200, r.statusCode());
                Matcher m = HostingTest.URL.matcher(r.body());
                int relative = 0;
                while (m.find()) {
                    String url = m.group(2);
                    if (url.startsWith("data:")) continue; // the icon, in the page itself
                    if (url.startsWith("http")) assertTrue(url.startsWith("https://ml.example.edu/stepwise/"), url);
                    else assertTrue(url.startsWith("/stepwise/"), m.group());
                    relative++;
                }
                assertTrue(relative > 5, "checked " + relative);
                assertTrue(r.body().contains("hx-get=\"/stepwise/tutorials/last-bias?") || !fragment);
            }
            String page = server.get(LESSON, PROXY).body();
            assertTrue(page.contains("https://ml.example.edu/stepwise/embed" + LESSON));
            assertTrue(page.contains("https://ml.example.edu/stepwise/static/js/embed-parent.js"));
            assertTrue(page.contains("href=\"/stepwise/static/css/stepwise.css?v="));
            assertTrue(page.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://ml.example.edu/stepwise/oembed?url="));
            assertTrue(server.get("/embed" + LESSON, PROXY).body().contains("href=\"https://ml.example.edu/stepwise" + LESSON + "\""));
        }

        @Test
        void the_rfc_7239_forwarded_header_is_honoured_too() {
            String page = server.get(LESSON, "Forwarded", "for=192.0.2.7;host=\"ml.example.edu\";proto=https").body();
            assertTrue(page.contains("https://ml.example.edu/embed" + LESSON), page.substring(page.indexOf("embed-code")));
        }

        @Test
        void answers_shaped_by_forwarded_headers_vary_on_them() {
            List<String> vary = TestServer.vary(server.get(LESSON, PROXY));
            for (String h : List.of("HX-Request", "Accept-Encoding", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Prefix", "Forwarded")) {
                assertTrue(vary.contains(h), h + " in " + vary);
            }
            assertFalse(TestServer.vary(server.get("/static/css/stepwise.css")).contains("X-Forwarded-Host"),
                    "a static file is the same whatever the proxy says");
        }

        @Test
        void the_page_cache_keeps_each_origin_apart() throws IOException {
            String path = "/tutorials/last-bias?steps=5";
            assertTrue(server.get(path, "X-Forwarded-Host", "evil.example").body().contains("http://evil.example/embed"));
            String forgedHost = ServerErrorsTest.raw(server, "GET " + path + " HTTP/1.1", "Host: evil.example");
            assertTrue(forgedHost.contains("http://evil.example/embed"), "a direct request for another host is answered for it");
            for (String[] headers : new String[][] {{}, {"HX-Request", "true"}}) {
                HttpResponse<String> plain = server.get(path, headers);
                assertFalse(everything(plain).contains("evil"), "served from another origin's cache entry");
            }
            assertTrue(server.get(path).body().contains(server.base() + "/embed" + path));
        }

        @Test
        void oembed_answers_for_this_sites_public_origin_only() throws Exception {
            HttpResponse<String> ok = server.get(oembedPath("https://ml.example.edu/stepwise" + LESSON), PROXY);
            assertEquals(200, ok.statusCode(), ok.body());
            JsonNode o = HostingTest.JSON.readTree(ok.body());
            assertTrue(o.get("html").asText().startsWith("<iframe src=\"https://ml.example.edu/stepwise/embed" + LESSON + "\""));
            assertEquals("https://ml.example.edu/stepwise/", o.get("provider_url").asText());
            assertEquals(404, server.get(oembedPath("https://evil.example/stepwise" + LESSON), PROXY).statusCode());
            assertEquals(404, server.get(oembedPath("http://ml.example.edu/stepwise" + LESSON), PROXY).statusCode(), "another scheme");
            assertEquals(404, server.get(oembedPath("https://ml.example.edu" + LESSON), PROXY).statusCode(), "outside the prefix");
            assertEquals(200, server.get(oembedPath("https://ml.example.edu:443/stepwise" + LESSON), PROXY).statusCode(), "default port");
        }

        @Test
        void the_export_permalink_carries_the_prefix() throws Exception {
            JsonNode export = HostingTest.JSON.readTree(server.get(EXPORT, PROXY).body());
            assertTrue(export.get("permalink").asText().startsWith("https://ml.example.edu/stepwise/playground?"), export.get("permalink").asText());
        }
    }

    @Nested
    class OutsideTheBasePath {
        @Test
        void requests_outside_it_say_what_to_change_link_home_without_looping_and_warn_once() throws Exception {
            PrintStream err = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try (TestServer server = new TestServer(Settings.fromEnvironment(Map.of("BASE_PATH", "/stepwise")))) {
                System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
                for (String path : List.of("/tutorials/last-bias", "/", "/a/b/c")) {
                    HttpResponse<String> r = server.get(path);
                    assertEquals(404, r.statusCode(), path);
                    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
                    assertTrue(r.body().contains("This server serves Stepwise under /stepwise/"), r.body());
                    assertTrue(r.body().contains("Set BASE_PATH") && r.body().contains("X-Forwarded-Prefix"));
                    Matcher back = java.util.regex.Pattern.compile("<a href=\"([^\"]+)\">Go to Stepwise").matcher(r.body());
                    assertTrue(back.find(), r.body());
                    // Straight to the site; and through a proxy that strips a prefix, into it rather than back here.
                    URI direct = URI.create(server.base() + path).resolve(back.group(1));
                    assertEquals("/stepwise/", direct.getPath(), back.group(1));
                    assertEquals(200, server.get(direct.getPath()).statusCode());
                    URI stripped = URI.create("https://ml.example.edu/stepwise" + path).resolve(back.group(1));
                    assertEquals("/stepwise/stepwise/", stripped.getPath(), "what the proxy passes on as /stepwise/");
                }
            } finally {
                System.setErr(err);
            }
            String warnings = log.toString(StandardCharsets.UTF_8);
            assertEquals(1, warnings.split("arrived outside BASE_PATH", -1).length - 1, warnings);
            assertTrue(warnings.contains("X-Forwarded-Prefix"));
        }
    }

    @Nested
    class CachingPolicy {
        String cacheControl(HttpResponse<?> r) { return r.headers().firstValue("Cache-Control").orElse("(none)"); }

        @Test
        void lesson_pages_and_fragments_may_be_kept_for_a_minute_and_revalidated() {
            for (String path : List.of(LESSON, "/embed" + LESSON, "/playground", "/")) {
                for (String[] headers : new String[][] {{}, {"HX-Request", "true"}}) {
                    HttpResponse<String> r = server.get(path, headers);
                    assertEquals(200, r.statusCode(), path);
                    assertEquals("max-age=60", cacheControl(r), path);
                    List<String> vary = TestServer.vary(r);
                    assertTrue(vary.contains("Accept-Encoding"), path + " " + vary);
                    if (!path.equals("/")) assertTrue(vary.contains("HX-Request"), path + " " + vary);
                }
            }
            HttpResponse<String> page = server.get(LESSON);
            String etag = page.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = server.get(LESSON, "If-None-Match", etag);
            assertEquals(304, again.statusCode());
            assertEquals("max-age=60", cacheControl(again));
        }

        @Test
        void errors_busy_health_and_posts_are_never_stored() {
            assertEquals("no-store", cacheControl(server.get("/no-such-page")));
            assertEquals("no-store", cacheControl(server.get("/tutorials/last-bias?steps=x")));
            assertEquals("no-store", cacheControl(server.get("/tutorials/last-bias?steps=x", "HX-Request", "true")));
            assertEquals("no-store", cacheControl(server.send("DELETE", "/tutorials/last-bias", "", "text/plain")));
            assertEquals("no-store", cacheControl(server.get("/healthz")));
            assertEquals("no-store", cacheControl(server.get(oembedPath("https://example.org/"))));
            HttpResponse<String> api = server.postJson("/api/v1/backprop", "{}");
            assertEquals("no-store", cacheControl(api), api.body());
            HttpResponse<String> descent = server.postJson("/api/v1/descent", "{\"network\":{\"layers\":[1,1]},\"data\":{\"inputs\":[[0]],\"targets\":[[0]]}}");
            assertEquals("no-store", cacheControl(descent), descent.statusCode() + " " + descent.body());
            HttpResponse<String> setup = server.post("/playground", "", "application/x-www-form-urlencoded");
            assertEquals("no-store", cacheControl(setup), setup.statusCode() + "");
            assertTrue(server.head("/no-such-page").headers().firstValue("Cache-Control").orElse("").equals("no-store"));
        }

        @Test
        void oembed_exports_and_redirects_are_kept_like_pages_and_static_files_for_a_year() {
            assertEquals("max-age=60", cacheControl(server.get(oembedPath(server.base() + LESSON))));
            for (String export : List.of(EXPORT, "/playground/export.csv")) {
                HttpResponse<String> r = server.get(export);
                assertEquals(200, r.statusCode(), export);
                assertEquals("max-age=60", cacheControl(r), export);
                assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"), export);
            }
            assertEquals("max-age=60", cacheControl(server.get("/favicon.ico")));
            assertEquals("max-age=31536000, immutable", cacheControl(server.get("/static/css/stepwise.css")));
        }
    }

    @Nested
    class EmbedLink {
        @Test
        void the_full_lesson_link_follows_each_step_taken_in_the_frame() {
            String link = "<a id=\"full-lesson\" href=\"" + server.base() + "/tutorials/last-bias?steps=3\" target=\"_blank\" rel=\"noopener\"";
            String page = server.get("/embed/tutorials/last-bias?steps=3").body();
            assertTrue(page.contains(link + ">Open the full lesson in a new tab</a>"), "right without JavaScript");
            String fragment = server.get("/embed/tutorials/last-bias?steps=3", "HX-Request", "true").body();
            assertTrue(fragment.contains(link + " hx-swap-oob=\"true\">Open the full lesson in a new tab</a>"), "updated out of band");
            String playground = server.get("/embed/playground?steps=2", "HX-Request", "true").body();
            assertTrue(playground.contains("id=\"full-lesson\" href=\"" + server.base() + "/playground?steps=2\""));
            assertFalse(server.get("/tutorials/last-bias?steps=3", "HX-Request", "true").body().contains("full-lesson"),
                    "the full page has no such link");
        }

        @Test
        void the_export_permalink_carries_the_base_path() throws Exception {
            try (TestServer based = new TestServer(Settings.fromEnvironment(Map.of("BASE_PATH", "/stepwise")))) {
                JsonNode export = HostingTest.JSON.readTree(based.get("/stepwise" + EXPORT).body());
                assertTrue(export.get("permalink").asText().startsWith(based.base() + "/stepwise/playground?"), export.get("permalink").asText());
                assertNotEquals(200, based.get(EXPORT).statusCode());
            }
        }
    }
}
