package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DynamicProgrammingPageTest extends ServerTest {

    @Test
    void empty_table_has_no_deltas_and_offers_to_fill_the_output() {
        String body = server.get("/tutorials/dynamic-programming").body();
        assertFalse(body.contains("cell-delta\">δ = <data"));
        assertTrue(body.contains("href=\"/tutorials/dynamic-programming?shape=1-2-1&amp;filled=1&amp;param=w1&amp;sample=2\""));
        assertTrue(body.contains("Fill the whole table to read off every gradient"));
    }

    @Test
    void filling_the_hidden_layer_shows_reference_deltas_and_marks_the_reused_output() {
        String body = server.get("/tutorials/dynamic-programming?shape=1-2-1&filled=2&param=w1&sample=1").body();
        assertTrue(body.contains("value=\"1.2267449692334085\">1.23</data>"), "δ of h1,1 for dosage 0");
        assertTrue(body.contains("value=\"7.650377182642471\">7.65</data>"), "δ of h1,2 for dosage 0");
        assertTrue(body.contains("<td class=\"cell reused\">"));
        assertEquals(2, occurrences(body, "<td class=\"cell new\">"));
        assertTrue(body.contains("The table is full") || body.contains("All three agree"));
        assertTrue(body.contains("∂SSR/∂parameter over all samples, three ways"));
    }

    @Test
    void path_panel_lists_every_path_and_matches_delta_times_activation() {
        String body = server.get("/tutorials/dynamic-programming?shape=1-4-4-4-1&filled=0&param=w1&sample=2").body();
        assertEquals(16, occurrences(body, "→ SSR</td>"), "4 × 4 paths from a first-layer weight");
        assertTrue(body.contains("Sum of the path products"));
        assertTrue(body.contains("Backprop: δ of h1,1 × activation of x1"));
    }

    @Test
    void work_table_covers_several_shapes_and_marks_the_current_one() {
        String body = server.get("/tutorials/dynamic-programming?shape=2-3-3-1").body();
        assertTrue(body.contains("<tr class=\"current\"><th scope=\"row\">2-3-3-1 (shown)</th>"));
        assertTrue(body.contains("8-32-32-32-32-32-1"));
    }

    @Test
    void fragment_for_htmx_and_page_otherwise() {
        HttpResponse<String> fragment = server.get("/tutorials/dynamic-programming?filled=1", "HX-Request", "true");
        assertFalse(fragment.body().contains("<html"));
        assertTrue(fragment.body().contains("hx-swap-oob=\"innerHTML\""));
        assertTrue(fragment.body().contains("Filled output"));
        assertTrue(TestServer.vary(fragment).contains("HX-Request"));
        assertTrue(server.get("/tutorials/dynamic-programming?filled=1").body().contains("<html"));
    }

    @Test
    void bad_parameters_get_clear_messages() {
        String[][] cases = {
                {"shape=9-9", "Network shape must be one of 1-2-1, 2-3-3-1, 1-4-4-4-1"},
                {"filled=3", "Filled layers must be a whole number from 0 to 2, not “3”."},
                {"param=w9", "Parameter must be one of w1…w4 or b1…b3"},
                {"sample=0", "Sample must be a whole number from 1 to 3, not “0”."},
                {"sample=4", "Sample must be a whole number from 1 to 3, not “4”."},
                {"shape=%3Cb%3E", "must be a short name"},
        };
        BadInputChecks.assertEachRefused(server, "/tutorials/dynamic-programming", cases);
    }

    @Test
    void bad_input_for_htmx_is_a_fragment_and_scripts_are_escaped() {
        BadInputChecks.assertFragmentRefused(server, "/tutorials/dynamic-programming?filled=9", "Filled layers must be a whole number from 0 to 2, not “9”.");
        BadInputChecks.assertScriptEscaped(server, "/tutorials/dynamic-programming", "param");
    }

    private static int occurrences(String body, String needle) {
        int n = 0;
        for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) n++;
        return n;
    }

    @Test
    void the_page_and_the_fragment_say_the_same_about_the_table() {
        String page = server.get("/tutorials/dynamic-programming?filled=1").body();
        String fragment = server.get("/tutorials/dynamic-programming?filled=1", "HX-Request", "true").body();
        for (String body : new String[] {page, fragment}) {
            assertTrue(body.contains("1 layer left to fill."), body);
            assertFalse(body.contains("1 layers"));
        }
    }
}
