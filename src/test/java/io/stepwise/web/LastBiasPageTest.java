package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class LastBiasPageTest extends ServerTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FullPage {
        @Test
        void step_one_shows_new_b3_of_1_57() {
            HttpResponse<String> r = server.get("/tutorials/last-bias?steps=1");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().startsWith("<!DOCTYPE html>"));
            assertTrue(r.body().contains("Step 1: b<sub>3</sub> = <data value=\"1.565510838057775\""), "current b3 after one step");
            assertTrue(r.body().contains(">1.57</data>"));
            assertTrue(TestServer.vary(r).contains("HX-Request"));
        }

        @Test
        void step_zero_shows_the_reference_figures() {
            String body = server.get("/tutorials/last-bias").body();
            for (String figure : new String[] {"−2.60", "−1.61", "−2.61", "20.4", "−15.7", "−1.57", "1.57"}) {
                assertTrue(body.contains(">" + figure + "</data>") || body.contains(">" + figure + "</mn>"), "shows " + figure);
            }
            assertTrue(body.contains("No steps taken yet"));
        }

        @Test
        void step_two_shows_the_second_slope_and_a_history_of_two_rows() {
            String body = server.get("/tutorials/last-bias?b3=0&lr=0.1&tol=0.001&steps=2").body();
            assertTrue(body.contains(">−6.26</data>"));
            assertTrue(body.contains(">−0.626</data>"));
            assertTrue(body.contains(">2.19</data>"));
            assertEquals(3, count(body, "<th scope=\"row\">", "<caption>History"), "history rows: steps 0, 1 and 2");
        }

        @Test
        void the_history_row_of_step_k_is_the_heading_s_state() {
            String body = server.get("/tutorials/last-bias?b3=0&lr=0.1&tol=0.001&steps=3").body();
            assertTrue(body.contains("Step 3: b<sub>3</sub> = <data value=\"2.4"), "heading");
            String history = body.substring(body.indexOf("<caption>History"));
            String row = history.substring(history.indexOf("<th scope=\"row\">3</th>"));
            row = row.substring(0, row.indexOf("</tr>"));
            assertTrue(row.contains(">2.44</data>"), row);
            assertTrue(row.contains(">0.0837</data>"), row);
        }

        @Test
        void a_learning_rate_that_explodes_stops_where_the_playground_does() {
            String body = server.get("/tutorials/last-bias?b3=0&lr=0.34&tol=0.001&steps=1000").body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("The loss exploded at step (\\d+)\\.").matcher(body);
            assertTrue(m.find(), "divergence note");
            String step = m.group(1);
            assertTrue(body.contains("You asked for step 1000; step " + step + " is the last one that can be shown."));
            assertTrue(body.contains("<span id=\"next-step\" class=\"button primary\" aria-disabled=\"true\">"));
            assertFalse(body.contains("e17"), "no runaway b3");
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a href=\"([^\"]+)\">Open this step in the playground").matcher(body);
            assertTrue(link.find(), "playground link");
            String playground = server.get(link.group(1).replace("&amp;", "&").replace("steps=" + step, "steps=1000")).body();
            assertTrue(playground.contains("The loss exploded at step " + step + "."), "the playground names the same step");
        }

        @Test
        void run_link_points_at_the_step_where_the_tolerance_is_met() {
            String body = server.get("/tutorials/last-bias").body();
            assertTrue(body.contains("id=\"run-steps\" class=\"button\" href=\"/tutorials/last-bias?b3=0&amp;lr=0.1&amp;tol=0.001&amp;steps=9\""));
            String done = server.get("/tutorials/last-bias?steps=9").body();
            assertTrue(done.contains("Done: at step 9"));
            assertTrue(done.contains(">2.61</data>"));
        }

        @Test
        void controls_are_plain_links_enhanced_with_htmx() {
            String body = server.get("/tutorials/last-bias?steps=3").body();
            assertTrue(body.contains("<a id=\"next-step\" class=\"button primary\" href=\"/tutorials/last-bias?b3=0&amp;lr=0.1&amp;tol=0.001&amp;steps=4\" hx-boost=\"true\">Next step</a>"));
            assertTrue(body.contains("<a id=\"previous-step\" class=\"button\" href=\"/tutorials/last-bias?b3=0&amp;lr=0.1&amp;tol=0.001&amp;steps=2\""));
            assertTrue(body.contains("hx-push-url=\"true\""));
            assertTrue(body.contains("<form class=\"settings\" action=\"/tutorials/last-bias\" method=\"get\""));
        }

        @Test
        void the_settings_label_sets_b3_with_its_subscript() {
            String body = server.get("/tutorials/last-bias").body();
            assertTrue(body.contains("<label for=\"start-b3\">Starting b<sub>3</sub></label>"), body);
        }

        @Test
        void the_status_line_does_not_give_away_the_open_question() {
            String body = server.get("/tutorials/last-bias?steps=1").body();
            String status = body.substring(body.indexOf("id=\"step-status\""), body.indexOf("</p>", body.indexOf("id=\"step-status\"")));
            assertTrue(status.contains("Your turn: What is the slope"), status);
            assertFalse(status.contains("−6.26"), status);
        }

        @Test
        void previous_and_reset_are_disabled_at_step_zero() {
            String body = server.get("/tutorials/last-bias?steps=0").body();
            assertTrue(body.contains("<span id=\"previous-step\" class=\"button\" aria-disabled=\"true\">"));
            assertTrue(body.contains("<span id=\"reset-steps\" class=\"button\" aria-disabled=\"true\">"));
        }

        @Test
        void a_learning_rate_that_is_too_large_shows_divergence_instead_of_numbers_that_are_not() {
            String body = server.get("/tutorials/last-bias?lr=10&steps=1000").body();
            assertTrue(body.contains("This learning rate halved 5 times, 0.3125, was tried and works"), "a rate that ran");
            assertFalse(body.contains("NaN"));
            assertFalse(body.contains("Infinity"));
        }

        @Test
        void settings_change_the_starting_point() {
            String body = server.get("/tutorials/last-bias?b3=5&lr=0.05&tol=0.01&steps=0").body();
            assertTrue(body.contains("Step 0: b<sub>3</sub> = 5</h3>"));
            assertTrue(body.contains("value=\"0.05\""));
            assertTrue(body.contains("Run until |step size| &lt; 0.01"));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Fragment {
        @Test
        void next_step_returns_fragment_for_htmx() {
            HttpResponse<String> r = server.get("/tutorials/last-bias?steps=1", "HX-Request", "true");
            assertEquals(200, r.statusCode());
            assertFalse(r.body().contains("<html"));
            assertTrue(r.body().strip().startsWith("<div id=\"lesson-state\""));
            assertTrue(r.body().contains(">1.57</data>"));
            assertTrue(r.body().contains("id=\"step-status\""), "live region comes out of band");
            assertTrue(r.body().contains("hx-swap-oob=\"innerHTML\""));
            assertTrue(TestServer.vary(r).contains("HX-Request"));
        }

        @Test
        void history_restore_gets_the_full_page() {
            HttpResponse<String> r = server.get("/tutorials/last-bias?steps=1",
                    "HX-Request", "true", "HX-History-Restore-Request", "true");
            assertTrue(r.body().contains("<html"));
        }

        @Test
        void bad_input_returns_an_error_fragment() {
            BadInputChecks.assertFragmentRefused(server, "/tutorials/last-bias?lr=abc", "Learning rate must be a number, not “abc”.");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BadInput {
        @Test
        void each_bad_parameter_gets_a_400_page_that_names_it() {
            String[][] cases = {
                    {"steps=abc", "Steps must be a whole number"},
                    {"steps=-1", "Steps must be a whole number"},
                    {"steps=1001", "Steps must be a whole number from 0 to 1000, not “1001”."},
                    {"lr=0", "Learning rate must be a number from 0 (exclusive) to 100, not “0”."},
                    {"lr=NaN", "Learning rate must be a finite number, not “NaN”."},
                    {"lr=Infinity", "Learning rate must be a finite number, not “Infinity”."},
                    {"b3=1e308", "Starting b3 must be a number from -1000 to 1000, not “1e308”."},
                    {"tol=-1", "Tolerance must be a number from 0 (exclusive) to 1000, not “-1”."},
                    {"steps=1&steps=2", "given 2 times"},
                    {"b3=" + "9".repeat(50), "too long"},
            };
            BadInputChecks.assertEachRefused(server, "/tutorials/last-bias", cases);
        }

        @Test
        void script_in_a_parameter_is_escaped() {
            BadInputChecks.assertScriptEscaped(server, "/tutorials/last-bias", "lr");
        }
    }

    private static int count(String body, String needle, String after) {
        int start = body.indexOf(after);
        int end = body.indexOf("</table>", start);
        String section = body.substring(start, end);
        int n = 0;
        for (int i = section.indexOf(needle); i >= 0; i = section.indexOf(needle, i + 1)) n++;
        return n;
    }
}
