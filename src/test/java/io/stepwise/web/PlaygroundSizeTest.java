package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A step of any large setup stays a reasonable download, and its chain-rule detail is one chosen parameter. */
class PlaygroundSizeTest extends ServerTest {
    static final int LIMIT = 128 * 1024;

    static int bytes(HttpResponse<String> r) { return r.body().getBytes(StandardCharsets.UTF_8).length; }

    /** Three samples of 64 inputs and 64 targets: "0,1,0,1,…;…". */
    static String wideRows() {
        String row = String.join(",", java.util.Collections.nCopies(64, "0,1"));
        return row + ";" + row + ";" + row;
    }

    /** n samples of in inputs and out targets, small digits: "0,1,2;…". */
    static String rows(int n, int in, int out) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < n; r++) {
            if (r > 0) b.append(';');
            for (int c = 0; c < in + out; c++) b.append(c > 0 ? "," : "").append((r * 7 + c) % 10);
        }
        return b.toString();
    }

    /**
     * The most samples of this shape whose link the playground accepts (a permalink within its
     * 2,000 characters), at a middle step so that every step control is a link, with the log scale
     * and a chosen detail: the longest links and the most of them.
     */
    String longest(String layers, int in, int out, String rest) {
        int n = 1;
        while (server.get("/playground?layers=" + layers + "&data=" + rows(n + 1, in, out) + rest, "HX-Request", "true").body()
                .contains("id=\"pg-current-heading\"")) n++;
        return "layers=" + layers + "&data=" + rows(n, in, out) + rest;
    }

    /** Setups whose links are as long as the playground accepts: each step fragment stays under 128 KB. */
    @ParameterizedTest
    @ValueSource(strings = {"2-8-8-1 2 1 40", "64-64-64-64-64-64-64-64 64 64 20", "64-64-1 64 1 100", "8-64-64-8 8 8 10"})
    void the_step_fragment_of_the_longest_link_stays_under_128_kb(String shape) {
        String[] s = shape.split(" ");
        int max = Integer.parseInt(s[3]);
        String query = longest(s[0], Integer.parseInt(s[1]), Integer.parseInt(s[2]), "&lr=0.0001&max=" + max + "&steps=" + max / 2 + "&logy=1&detail=w17");
        HttpResponse<String> fragment = server.get("/playground?" + query, "HX-Request", "true");
        assertTrue(fragment.body().contains("id=\"next-step\" class=\"button primary\" href="), "a step, not the form");
        assertTrue(bytes(fragment) < LIMIT, bytes(fragment) + " bytes for " + query);
    }

    /** A link longer than the form would make (1,000 samples) is refused with the form's message, in a small answer. */
    @Test
    void a_link_longer_than_a_permalink_is_refused_in_a_small_answer() {
        String query = "layers=2-8-8-1&max=40&steps=20&data=" + rows(1_000, 2, 1);
        HttpResponse<String> fragment = server.get("/playground?" + query, "HX-Request", "true");
        assertTrue(fragment.body().contains("This setup is too big for a link: its permalink would be about 6,"),
                fragment.body().substring(0, Math.min(3000, fragment.body().length())));
        assertTrue(bytes(fragment) < LIMIT, bytes(fragment) + " bytes");
        HttpResponse<String> page = server.get("/playground?" + query);
        assertEquals(400, page.statusCode());
        assertTrue(bytes(page) < LIMIT, bytes(page) + " bytes");
        HttpResponse<String> wide = server.get("/playground?layers=64-64-64-64-64-64-64-64&max=20&data=" + rows(20, 64, 64), "HX-Request", "true");
        assertTrue(wide.body().contains("This setup is too big for a link"), wide.body());
        assertTrue(bytes(wide) < LIMIT, bytes(wide) + " bytes: wide data goes in the CSV box, not a table of inputs");
    }

    /** The step fragment of the largest shapes, at their first and last steps, stays under 128 KB. */
    @ParameterizedTest
    @ValueSource(strings = {
            "steps=1000&max=1000",
            "layers=2-8-8-1&max=40&steps=40",
            "layers=2-16-16-1&max=40&steps=40",
            "layers=1-64-64-64-64-64-64-1&max=100&steps=100",
            "layers=1-64-64-64-64-64-64-1&max=100&steps=3&detail=b385",
            "layers=64-64-64-64-64-64-64-64&max=20&steps=20&data=WIDE",
    })
    void the_step_fragment_of_a_large_setup_stays_under_128_kb(String query) {
        HttpResponse<String> fragment = server.get("/playground?" + query.replace("WIDE", wideRows()), "HX-Request", "true");
        assertEquals(200, fragment.statusCode(), fragment.body());
        assertTrue(bytes(fragment) < LIMIT, bytes(fragment) + " bytes for " + query);
    }

    /** Pages whose setup form is small (few parameters to edit, the data in a short table) stay under 128 KB too. */
    @ParameterizedTest
    @ValueSource(strings = {"", "steps=1000&max=1000", "layers=2-8-8-1&max=40&steps=40", "layers=2-16-16-1&max=40&steps=40"})
    void the_page_of_a_large_network_stays_under_128_kb(String query) {
        HttpResponse<String> page = server.get("/playground?" + query);
        assertEquals(200, page.statusCode());
        assertTrue(bytes(page) < LIMIT, bytes(page) + " bytes for " + query);
    }

    @Test
    void the_detail_shows_the_chosen_parameter_and_its_picker_leads_to_another() {
        String base = "/playground?layers=2-8-8-1&max=40&steps=2";
        String body = server.get(base + "&detail=w17", "HX-Request", "true").body();
        assertTrue(body.contains("<h4 id=\"pg-detail-heading\">The gradient of w17 (h1,1 → h2,1), sample by sample</h4>"), body);
        assertTrue(body.contains("∂SSR/∂w17 = Σ over the samples of δ(h2,1) × h1,1"), body);
        assertTrue(body.contains("<option selected>w17</option>"), body);
        // The picker is a GET form: its hidden fields and the chosen name make the permalink of the other parameter.
        Matcher form = Pattern.compile("<form class=\"pg-detail-picker\" method=\"get\" action=\"/playground\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(body);
        assertTrue(form.find());
        StringBuilder query = new StringBuilder();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(form.group(1));
        while (hidden.find()) query.append(hidden.group(1)).append('=').append(PlaygroundTest.unescape(hidden.group(2))).append('&');
        assertTrue(query.toString().contains("steps=2&"), query.toString());
        String other = server.get("/playground?" + query + "detail=b3").body();
        assertTrue(other.contains("The gradient of b3 (h1,3), sample by sample"), other);
        assertTrue(other.contains("detail=b3"), "the step links keep the choice");
        // Without a choice, the detail shows the parameter the step moves most.
        assertTrue(server.get(base, "HX-Request", "true").body().contains("id=\"pg-detail-heading\""));
    }

    @Test
    void a_detail_that_names_no_parameter_is_refused_with_its_field() {
        HttpResponse<String> r = server.get("/playground?layers=2-8-8-1&max=40&detail=w999");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("detail must name a parameter of this network, w1 to w88 or b1 to b17, not “w999”."), r.body());
    }

    @Test
    void the_default_setup_still_lists_every_gradient() {
        String body = server.get("/playground", "HX-Request", "true").body();
        assertTrue(body.contains("class=\"step-table pg-gradients\""));
        assertTrue(!body.contains("pg-detail"), "no picker for seven parameters");
    }
}
