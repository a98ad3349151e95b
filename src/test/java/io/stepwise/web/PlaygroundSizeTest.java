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
