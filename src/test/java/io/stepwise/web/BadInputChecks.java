package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** What every lesson page promises about bad input: a 400 that names the problem, never a reflected script. */
final class BadInputChecks {
    private BadInputChecks() {}

    /**
     * Each case, {query, part of the message}, gets a whole 400 page with the message and a way
     * back to the lesson's defaults.
     */
    static void assertEachRefused(TestServer server, String path, String[][] cases) {
        for (String[] c : cases) {
            HttpResponse<String> r = server.get(path + "?" + c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            assertTrue(r.body().contains(c[1]), c[0] + " → " + r.body());
            assertTrue(r.body().contains("<html"), "a whole page");
            assertTrue(r.body().contains("href=\"" + path + "\""), "a way back to the lesson");
        }
    }

    /**
     * With HX-Request, a refusal is a fragment for htmx to swap in, not a page: a 200, so that the
     * browser's console reports no failed request, which pushes no URL and is never kept.
     */
    static void assertFragmentRefused(TestServer server, String url, String message) {
        HttpResponse<String> r = server.get(url, "HX-Request", "true");
        assertEquals(200, r.statusCode());
        assertEquals("false", r.headers().firstValue("HX-Push-Url").orElse(null));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(r.body().contains("role=\"alert\""), r.body());
        assertFalse(r.body().contains("<html"));
        assertTrue(r.body().contains(message), r.body());
    }

    /** A script in a parameter comes back as text in the error message, escaped. */
    static void assertScriptEscaped(TestServer server, String path, String name) {
        HttpResponse<String> r = server.get(path + "?" + name + "=%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(400, r.statusCode());
        assertFalse(r.body().contains("<script>alert(1)"));
        assertTrue(r.body().contains("&lt;script&gt;"));
    }
}
