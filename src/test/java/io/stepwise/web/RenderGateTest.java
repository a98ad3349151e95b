package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.web.api.JsonBody;
import io.stepwise.web.http.RenderGate;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import io.stepwise.WebApp;

/** Misses wait a short while for a render permit and are then refused; hits and /healthz never wait. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderGateTest {
    private static final String CACHED = "/tutorials/last-bias?b3=0&lr=0.1&tol=0.001&steps=3";
    private static final String NEVER_SEEN = "/tutorials/last-bias?b3=0.123&lr=0.1&tol=0.001&steps=3";

    private final RenderGate gate = new RenderGate(1, 50);
    private TestServer server;

    @BeforeAll
    void start() { server = new TestServer(gate); }

    @AfterAll
    void stop() { server.close(); }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WhileEveryPermitIsTaken {
        private String cachedPage;
        private String cachedFragment;

        @BeforeAll
        void fill() {
            cachedPage = server.get(CACHED).body();
            cachedFragment = server.get(CACHED, "HX-Request", "true").body();
            gate.holdAll();
        }

        @AfterAll
        void empty() { gate.releaseAll(); }

        @Test
        void a_miss_gets_a_friendly_page_that_links_to_the_same_url() {
            HttpResponse<String> r = server.get(NEVER_SEEN);
            assertEquals(503, r.statusCode());
            assertRefusal(r);
            assertTrue(r.body().contains("<html"));
            assertTrue(r.body().contains("Busy right now"), r.body());
            assertTrue(r.body().contains("try again in a moment"));
            assertTrue(r.body().contains("href=\"/tutorials/last-bias?b3=0.123&amp;lr=0.1&amp;tol=0.001&amp;steps=3\""), r.body());
        }

        @Test
        void an_htmx_miss_leaves_the_lesson_alone_and_says_so_in_the_status_line() {
            HttpResponse<String> r = server.get(NEVER_SEEN, "HX-Request", "true");
            assertEquals(503, r.statusCode());
            assertRefusal(r);
            assertFalse(r.body().contains("<html"));
            assertEquals("none", r.headers().firstValue("HX-Reswap").orElse(""));
            assertEquals("false", r.headers().firstValue("HX-Push-Url").orElse(""));
            assertTrue(r.body().contains("id=\"" + Paths.ID_STATUS + "\""), r.body());
            assertTrue(r.body().contains("hx-swap-oob=\"innerHTML\""), r.body());
            assertTrue(r.body().contains("The server is busy, so nothing changed."), r.body());
        }

        @Test
        void the_api_answers_json_in_its_error_shape() throws Exception {
            HttpResponse<String> r = server.postJson(Paths.API_DESCENT, DescentApiTest.REFERENCE);
            assertEquals(503, r.statusCode());
            assertRefusal(r);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode body = JsonBody.MAPPER.readTree(r.body());
            assertTrue(body.get("error").asText().contains("try again in a moment"), r.body());
            assertEquals("", body.get("field").asText());
            assertEquals(503, server.postJson(Paths.API_BACKPROP, "{}").statusCode());
        }

        @Test
        void the_playground_exports_and_setup_form_wait_too() {
            String run = "?layers=2-3-1&seed=7&data=0,0,0;0,1,1;1,0,1;1,1,0&steps=3";
            assertEquals(503, server.get(Paths.PLAYGROUND + run).statusCode());
            assertEquals(503, server.get(Paths.PLAYGROUND_CSV + run).statusCode());
            assertEquals(503, server.get(Paths.PLAYGROUND_JSON + run).statusCode());
            HttpResponse<String> form = server.post(Paths.PLAYGROUND, "layers=2-3-1", "application/x-www-form-urlencoded");
            assertEquals(503, form.statusCode());
            assertRefusal(form);
        }

        @Test
        void a_prefetch_is_refused_at_once_with_an_empty_answer_nothing_keeps() {
            HttpResponse<String> r = server.get(NEVER_SEEN, "HX-Request", "true", "Purpose", "prefetch");
            assertEquals(204, r.statusCode());
            assertEquals("", r.body());
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        }

        @Test
        void a_prefetch_of_a_cached_step_is_answered_from_memory() {
            HttpResponse<String> r = server.get(CACHED, "HX-Request", "true", "Purpose", "prefetch");
            assertEquals(200, r.statusCode());
            assertEquals(cachedFragment, r.body());
        }

        @Test
        void cached_pages_fragments_and_the_health_check_are_still_served() {
            HttpResponse<String> page = server.get(CACHED);
            assertEquals(200, page.statusCode());
            assertEquals(cachedPage, page.body());
            assertEquals(cachedFragment, server.get(CACHED, "HX-Request", "true").body());
            assertEquals("ok", server.get(Paths.HEALTH).body());
        }

        private void assertRefusal(HttpResponse<String> r) {
            assertEquals(String.valueOf(WebApp.BUSY_RETRY_SECONDS), r.headers().firstValue("Retry-After").orElse(""));
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        }
    }

    @Nested
    class WithAPermitFree {
        @AfterEach
        void emptied() { assertEquals(200, server.get(Paths.HEALTH).statusCode()); }

        @Test
        void a_miss_is_rendered_and_a_refusal_is_not_cached() {
            String url = "/tutorials/last-bias?b3=0.5&lr=0.1&tol=0.001&steps=2";
            gate.holdAll();
            try {
                assertEquals(503, server.get(url).statusCode());
            } finally {
                gate.releaseAll();
            }
            HttpResponse<String> r = server.get(url);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("<html"));
        }

        @Test
        void a_prefetch_with_a_permit_free_gets_the_fragment_the_click_will_get_and_keeps_it() {
            String url = "/tutorials/last-bias?b3=0.25&lr=0.1&tol=0.001&steps=4";
            HttpResponse<String> ahead = server.get(url, "HX-Request", "true", "Purpose", "prefetch");
            assertEquals(200, ahead.statusCode());
            assertEquals("max-age=60", ahead.headers().firstValue("Cache-Control").orElse(""));
            gate.holdAll();
            try {
                HttpResponse<String> click = server.get(url, "HX-Request", "true");
                assertEquals(200, click.statusCode());
                assertEquals(ahead.body(), click.body());
            } finally {
                gate.releaseAll();
            }
        }

        @Test
        void a_permit_is_given_back_when_the_work_fails() throws Exception {
            assertEquals(400, server.get("/tutorials/last-bias?steps=x").statusCode());
            assertEquals(200, server.postJson(Paths.API_DESCENT, DescentApiTest.REFERENCE).statusCode());
            assertEquals("done", gate.pass(() -> "done"));
        }
    }

    @Test
    void work_nobody_waits_for_is_refused_at_once_and_run_when_a_permit_is_free() throws Exception {
        RenderGate one = new RenderGate(1, 5_000);
        one.holdAll();
        long start = System.nanoTime();
        assertThrows(RenderGate.Busy.class, () -> one.passNow(() -> "never"));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without the gate's 5 s wait");
        one.releaseAll();
        assertEquals("done", one.passNow(() -> "done"));
    }

    @Test
    void a_gate_refuses_after_its_wait_when_no_permit_frees_up() {
        RenderGate one = new RenderGate(1, 30);
        one.holdAll();
        long start = System.nanoTime();
        assertThrows(RenderGate.Busy.class, () -> one.pass(() -> "never"));
        assertTrue(System.nanoTime() - start >= 25_000_000L);
    }
}
