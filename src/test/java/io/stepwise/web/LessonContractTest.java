package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.lesson.Field;
import io.stepwise.lesson.FieldReader;
import io.stepwise.web.http.Settings;
import io.stepwise.web.page.Lesson;
import io.stepwise.web.lesson.Lessons;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every registered lesson promises over HTTP, checked for each entry of {@link Lessons}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LessonContractTest {
    private static final Pattern STATUS = Pattern.compile("<p id=\"step-status\"[^>]*>(.*?)</p>", Pattern.DOTALL);
    private static final String SCRIPT = "%3Cscript%3Ealert(1)%3C/script%3E";

    TestServer server;
    TestServer underBase;

    @BeforeAll
    void start() {
        server = new TestServer();
        underBase = new TestServer(Settings.fromEnvironment(java.util.Map.of("BASE_PATH", "/stepwise/")));
    }

    @AfterAll
    void stop() {
        server.close();
        underBase.close();
    }

    static Stream<Lesson> lessons() { return Lessons.ALL.stream(); }

    /** The lesson's default state one step (or layer) on: its canonical URL. */
    private static String url(Lesson lesson) {
        return lesson.url(lesson.codec().parse(NO_QUERY, java.util.Map.of()));
    }

    /** A query that names no field: every field reads its default. */
    private static final FieldReader NO_QUERY = new FieldReader() {
        @Override public boolean has(String name) { return false; }
        @Override public double number(String name, String label, double fallback, double min, double max) { return fallback; }
        @Override public double positive(String name, String label, double fallback, double max) { return fallback; }
        @Override public int count(String name, String label, int fallback, int max) { return fallback; }
        @Override public boolean flag(String name, String label) { return false; }
        @Override public String text(String name, String fallback) { return fallback; }
    };

    private static String status(String body) {
        Matcher m = STATUS.matcher(body);
        assertTrue(m.find(), "a status line: " + body.substring(0, Math.min(200, body.length())));
        return m.group(1).strip();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void htmx_gets_the_fragment_the_page_includes_and_the_same_status(Lesson lesson) {
        HttpResponse<String> page = server.get(url(lesson));
        HttpResponse<String> fragment = server.get(url(lesson), "HX-Request", "true");
        assertEquals(200, page.statusCode());
        assertEquals(200, fragment.statusCode());
        assertTrue(page.body().contains("<html"));
        assertFalse(fragment.body().contains("<html"));
        assertTrue(fragment.body().strip().startsWith("<div id=\"lesson-state\""), fragment.body());
        assertTrue(fragment.body().contains("hx-swap-oob=\"innerHTML\""), "the status line comes out of band");
        assertTrue(TestServer.vary(fragment).contains("HX-Request"));
        assertTrue(TestServer.vary(page).contains("HX-Request"));
        // Back restores the whole page with HX-Request set too: a browser cache must not hand it the fragment.
        assertTrue(TestServer.vary(fragment).contains("HX-History-Restore-Request"));
        assertTrue(TestServer.vary(page).contains("HX-History-Restore-Request"));
        assertEquals(1, page.headers().allValues("Vary").size(), "the names on one line: " + page.headers().allValues("Vary"));
        assertEquals(status(page.body()), status(fragment.body()));
        String region = fragment.body().substring(0, fragment.body().indexOf("<p id=\"step-status\""));
        assertTrue(page.body().contains(region.strip()), "the fragment is the region the page includes");
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void the_canonical_url_reads_back_as_the_same_state(Lesson lesson) {
        HttpResponse<String> r = server.get(url(lesson));
        assertTrue(r.body().contains(url(lesson).replace("&", "&amp;")), "the page links to its own permalink");
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void each_unusable_field_is_refused_with_its_name_never_a_500(Lesson lesson) {
        for (Field<?> f : lesson.codec().fields()) {
            for (String bad : new String[] {"abc-x", "-5", "99999999999", SCRIPT}) {
                for (boolean fragment : new boolean[] {false, true}) {
                    String u = lesson.path() + "?" + f.name() + "=" + bad;
                    HttpResponse<String> r = fragment ? server.get(u, "HX-Request", "true") : server.get(u);
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 400, u + " → " + r.statusCode());
                    assertFalse(r.body().contains("<script>alert(1)"), u);
                    if (r.statusCode() == 400) {
                        assertTrue(r.body().contains(f.label()) || r.body().contains("“" + f.name() + "”"), u + " → " + r.body());
                        assertTrue(r.body().contains("data-field=\"" + f.name() + "\"") || r.body().contains(f.name()), u);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void a_script_in_any_query_value_comes_back_escaped(Lesson lesson) {
        for (String name : new String[] {"seed", "set", "answer", "hint", "reveal", "logy", "focus", "unknown"}) {
            HttpResponse<String> r = server.get(lesson.path() + "?" + name + "=" + SCRIPT);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, name + " → " + r.statusCode());
            assertFalse(r.body().contains("<script>alert(1)"), name);
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void head_answers_like_get(Lesson lesson) {
        HttpResponse<byte[]> head = server.head(url(lesson));
        HttpResponse<String> get = server.get(url(lesson));
        assertEquals(get.statusCode(), head.statusCode());
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
        assertArrayEquals(new byte[0], head.body());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void under_a_base_path_every_link_keeps_the_prefix(Lesson lesson) {
        HttpResponse<String> r = underBase.get("/stepwise" + url(lesson));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("action=\"/stepwise" + lesson.path() + "\""), "forms post under the base path");
        assertFalse(r.body().contains("href=\"" + lesson.path()), "no link escapes the base path");
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void the_embed_view_is_the_lesson_without_the_site_chrome(Lesson lesson) {
        HttpResponse<String> r = server.get("/embed" + url(lesson));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("class=\"embed\""));
        assertTrue(r.body().contains("<h1>" + lesson.title() + "</h1>"));
        assertFalse(r.body().contains("site-header"));
        HttpResponse<String> oembed = server.get("/oembed?url=" + java.net.URLEncoder.encode(server.base() + lesson.path(),
                java.nio.charset.StandardCharsets.UTF_8) + "&format=json");
        assertEquals(200, oembed.statusCode());
        assertTrue(oembed.body().contains("\"title\":\"" + lesson.title() + "\""), oembed.body());
    }
}
