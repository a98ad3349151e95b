package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SiteTest extends ServerTest {

    @Test
    void healthz_answers_ok() {
        HttpResponse<String> r = server.get("/healthz");
        assertEquals(200, r.statusCode());
        assertEquals("ok", r.body());
    }

    @Test
    void home_lists_the_tutorials() {
        HttpResponse<String> r = server.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<a href=\"/tutorials/last-bias\">Fit the last bias</a>"));
    }

    @Test
    void htmx_and_the_stylesheet_are_served_from_this_server() {
        HttpResponse<String> htmx = server.get(Paths.HTMX);
        assertEquals(200, htmx.statusCode());
        assertTrue(htmx.body().contains("htmx"));
        HttpResponse<String> css = server.get(Paths.CSS);
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains("prefers-color-scheme"));
        String page = server.get("/").body();
        assertTrue(page.contains("<script src=\"" + Paths.PAGE_SCRIPT + "?v="), "htmx comes joined with the site's scripts");
        assertTrue(!page.contains("http://") && !page.contains("https://"), "no third-party resources");
    }

    @Test
    void every_response_carries_the_security_headers() {
        for (String path : new String[] {"/", "/healthz", "/tutorials/last-bias", "/no-such-page"}) {
            HttpResponse<String> r = server.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'"), path);
            assertTrue(csp.contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
        }
    }

    @Test
    void an_unknown_page_gets_a_helpful_404() {
        HttpResponse<String> r = server.get("/tutorials/nope");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("There is no page at /tutorials/nope."));
        assertTrue(r.body().contains("<html"));
    }
}
