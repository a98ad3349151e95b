package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cached lesson pages must be exactly what rendering would give, never another request's page. */
class PageCacheTest extends ServerTest {

    @Test
    void a_repeated_request_gets_the_same_page_and_fragment() {
        String page = server.get("/tutorials/last-bias?steps=4").body();
        String fragment = server.get("/tutorials/last-bias?steps=4", "HX-Request", "true").body();
        assertTrue(page.contains("<html"));
        assertFalse(fragment.contains("<html"));
        assertEquals(page, server.get("/tutorials/last-bias?steps=4").body());
        assertEquals(fragment, server.get("/tutorials/last-bias?steps=4", "HX-Request", "true").body());
        assertEquals("HX-Request", server.get("/tutorials/last-bias?steps=4").headers().firstValue("Vary").orElse(""));
    }

    @Test
    void a_history_restore_after_a_cached_fragment_still_gets_the_page() {
        server.get("/tutorials/dynamic-programming?filled=1", "HX-Request", "true");
        String restore = server.get("/tutorials/dynamic-programming?filled=1", "HX-Request", "true", "HX-History-Restore-Request", "true").body();
        assertTrue(restore.contains("<html"));
    }

    @Test
    void pages_for_different_hosts_are_kept_apart() {
        String a = server.get("/tutorials/all-parameters?steps=2", "X-Forwarded-Host", "a.example.edu").body();
        String b = server.get("/tutorials/all-parameters?steps=2", "X-Forwarded-Host", "b.example.edu").body();
        assertTrue(a.contains("a.example.edu/embed/tutorials/all-parameters?steps=2"));
        assertTrue(b.contains("b.example.edu/embed/tutorials/all-parameters?steps=2"));
        assertFalse(b.contains("a.example.edu"));
    }

    @Test
    void errors_are_not_cached() {
        assertEquals(400, server.get("/tutorials/last-bias?steps=x").statusCode());
        assertEquals(400, server.get("/tutorials/last-bias?steps=x").statusCode());
    }
}
