package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.web.http.Frame;
import io.stepwise.web.http.Settings;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Self-hosting: a base path behind a proxy, embed views and their framing rules, oEmbed, and statelessness. */
class HostingTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern URL = Pattern.compile("\\s(href|src|action|hx-get)=\"([^\"#][^\"]*)\"");
    static final String[] PAGES = {"/", "/tutorials/last-bias?steps=2", "/tutorials/all-parameters?steps=1",
            "/tutorials/dynamic-programming?filled=1", "/playground"};

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class UnderABasePath {
        TestServer server;

        @BeforeAll
        void start() { server = new TestServer(Settings.fromEnvironment(Map.of("BASE_PATH", "/stepwise/"))); }

        @AfterAll
        void stop() { server.close(); }

        @Test
        void every_link_and_htmx_url_on_every_page_is_under_the_base_path() {
            for (String page : PAGES) {
                for (boolean fragment : new boolean[] {false, true}) {
                    HttpResponse<String> r = fragment ? server.get("/stepwise" + page, "HX-Request", "true") : server.get("/stepwise" + page);
                    assertEquals(200, r.statusCode(), page);
                    Matcher m = URL.matcher(r.body());
                    int checked = 0;
                    while (m.find()) {
                        String url = m.group(2);
                        if (url.startsWith("data:")) continue; // the icon, in the page itself
                        if (url.startsWith("http")) {
                            assertTrue(url.startsWith("http://127.0.0.1:") && url.contains("/stepwise/"), page + ": " + url);
                        } else {
                            assertTrue(url.startsWith("/stepwise/"), page + ": " + m.group());
                            checked++;
                        }
                    }
                    assertTrue(checked > 0 || fragment, page);
                }
            }
        }

        @Test
        void links_found_on_the_lesson_page_resolve() {
            String body = server.get("/stepwise/tutorials/last-bias").body();
            Matcher m = URL.matcher(body);
            int followed = 0;
            while (m.find() && followed < 40) {
                String url = m.group(2).replace("&amp;", "&");
                if (!url.startsWith("/stepwise/")) continue;
                assertEquals(200, server.get(url).statusCode(), url);
                followed++;
            }
            assertTrue(followed > 5);
        }

        @Test
        void the_site_is_not_served_outside_the_base_path() {
            assertEquals(404, server.get("/tutorials/last-bias").statusCode());
            assertEquals(200, server.get("/stepwise/healthz").statusCode());
        }

        @Test
        void redirects_stay_under_the_base_path() {
            HttpResponse<String> r = server.get("/stepwise/favicon.ico");
            assertEquals(301, r.statusCode());
            assertEquals("/stepwise/static/img/favicon.svg", r.headers().firstValue("Location").orElse(""));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Framing {
        TestServer server;

        @BeforeAll
        void start() { server = new TestServer(Settings.fromEnvironment(Map.of("EMBED_ORIGINS", "https://course.example.edu"))); }

        @AfterAll
        void stop() { server.close(); }

        @Test
        void full_pages_may_not_be_framed() {
            HttpResponse<String> r = server.get("/tutorials/last-bias");
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").endsWith("frame-ancestors 'none'"));
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
        }

        @Test
        void embed_views_may_be_framed_by_the_configured_origins() {
            HttpResponse<String> r = server.get("/embed/tutorials/last-bias?steps=1");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").endsWith("frame-ancestors https://course.example.edu"));
            assertFalse(r.headers().firstValue("X-Frame-Options").isPresent());
        }

        @Test
        void embed_views_have_no_site_chrome_and_report_their_height() {
            String body = server.get("/embed/tutorials/last-bias?steps=1").body();
            assertTrue(body.contains("<html lang=\"en\" class=\"embed\">"));
            assertTrue(body.contains(Paths.EMBED_PAGE_SCRIPT + "?v="), "htmx and the site scripts with embed.js");
            assertFalse(body.contains("class=\"site-header\""));
            assertTrue(body.contains("target=\"_blank\" rel=\"noopener\">Open the full lesson in a new tab</a>"));
            assertTrue(body.contains("id=\"next-step\" class=\"button primary\" href=\"/embed/tutorials/last-bias?"), "stepping stays in the frame");
        }

        @Test
        void by_default_any_origin_may_frame_an_embed_view() {
            try (TestServer open = new TestServer()) {
                HttpResponse<String> r = open.get("/embed/tutorials/dynamic-programming");
                assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").endsWith("frame-ancestors *"));
            }
        }

        @Test
        void each_lesson_page_offers_embed_code_for_its_state_and_oembed_discovery() {
            String body = server.get("/tutorials/last-bias?steps=3").body();
            assertTrue(body.contains("Embed this lesson in a course page"));
            assertTrue(body.contains("&lt;iframe src=&#34;http://127.0.0.1:") || body.contains("&lt;iframe src=\"http://127.0.0.1:"), body.substring(body.indexOf("embed-code")));
            assertTrue(body.contains("/embed/tutorials/last-bias?steps=3"));
            assertTrue(body.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"http://127.0.0.1:"));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OEmbedEndpoint {
        TestServer server;

        @BeforeAll
        void start() { server = new TestServer(); }

        @AfterAll
        void stop() { server.close(); }

        JsonNode oembed(String url, int status) throws Exception {
            HttpResponse<String> r = server.get("/oembed?format=json&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
            assertEquals(status, r.statusCode(), r.body());
            return JSON.readTree(r.body());
        }

        @Test
        void a_lesson_url_gets_a_rich_embed() throws Exception {
            JsonNode o = oembed(server.base() + "/tutorials/last-bias?steps=2", 200);
            assertEquals("1.0", o.get("version").asText());
            assertEquals("rich", o.get("type").asText());
            assertEquals("Fit the last bias", o.get("title").asText());
            assertEquals("Stepwise", o.get("provider_name").asText());
            assertTrue(o.get("html").asText().startsWith("<iframe src=\"" + server.base() + "/embed/tutorials/last-bias?steps=2\""));
            assertTrue(o.get("width").asInt() > 0 && o.get("height").asInt() > 0);
        }

        @Test
        void other_urls_and_formats_are_refused() throws Exception {
            assertEquals("url", oembed("https://example.org/", 404).get("field").asText());
            assertEquals("url", oembed(server.base() + "/api/v1/descent", 404).get("field").asText());
            assertEquals(501, server.get("/oembed?format=xml&url=x").statusCode());
            assertEquals(400, server.get("/oembed?format=json").statusCode());
        }
    }

    @Nested
    class Statelessness {
        @Test
        void two_instances_answer_alternating_requests_with_identical_pages() {
            try (TestServer a = new TestServer(); TestServer b = new TestServer()) {
                String[] urls = {"/tutorials/last-bias?steps=0", "/tutorials/last-bias?steps=1", "/tutorials/last-bias?steps=2",
                        "/tutorials/all-parameters?steps=3", "/tutorials/dynamic-programming?filled=2", "/playground"};
                for (int i = 0; i < urls.length; i++) {
                    TestServer first = i % 2 == 0 ? a : b;
                    TestServer second = i % 2 == 0 ? b : a;
                    String one = normalise(first.get(urls[i], "HX-Request", "true").body(), first);
                    String two = normalise(second.get(urls[i], "HX-Request", "true").body(), second);
                    assertEquals(one, two, urls[i]);
                    String page1 = normalise(first.get(urls[i]).body(), first);
                    String page2 = normalise(second.get(urls[i]).body(), second);
                    assertEquals(page1, page2, urls[i]);
                }
            }
        }

        /** Absolute links name the instance's own port; everything else must match byte for byte. */
        private String normalise(String body, TestServer server) {
            return body.replace(server.base(), "http://instance")
                    .replace(URLEncoder.encode(server.base(), StandardCharsets.UTF_8), "http%3A%2F%2Finstance");
        }
    }

    @Nested
    class Environment {
        @Test
        void settings_come_from_the_environment() {
            Settings s = Settings.fromEnvironment(Map.of("HOST", "0.0.0.0", "PORT", "8080", "BASE_PATH", "stepwise/",
                    "PUBLIC_URL", "https://ml.example.edu/", "EMBED_ORIGINS", "https://a.example.edu https://b.example.edu"));
            assertEquals("0.0.0.0", s.host());
            assertEquals(8080, s.port());
            assertEquals("/stepwise", s.basePath());
            assertEquals("https://ml.example.edu", s.publicUrl());
            assertEquals(List.of("https://a.example.edu", "https://b.example.edu"), s.embedOrigins());
            assertEquals(Settings.DEFAULT, Settings.fromEnvironment(Map.of()));
        }

        @Test
        void bad_values_are_refused_with_the_variable_named() {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Settings.fromEnvironment(Map.of("PORT", "http"))).getMessage().startsWith("PORT"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Settings.fromEnvironment(Map.of("BASE_PATH", "/a b"))).getMessage().startsWith("BASE_PATH"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Settings.fromEnvironment(Map.of("EMBED_ORIGINS", "course.example.edu"))).getMessage().startsWith("EMBED_ORIGINS"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Settings.fromEnvironment(Map.of("PUBLIC_URL", "https://x.edu/sub"))).getMessage().startsWith("PUBLIC_URL"));
        }
    }
}
