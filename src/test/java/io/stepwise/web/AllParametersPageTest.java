package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class AllParametersPageTest extends ServerTest {
    static final String PATH = "/tutorials/all-parameters";

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FullPage {
        @Test
        void step_zero_shows_the_reference_ssr_and_gradients() {
            HttpResponse<String> r = server.get(PATH);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().startsWith("<!DOCTYPE html>"));
            assertTrue(TestServer.vary(r).contains("HX-Request"));
            String body = r.body();
            assertTrue(body.contains("Step 0: SSR = <data value=\"1.8958781559227895\""), "SSR at the start");
            assertTrue(body.contains(">1.90</data>"));
            for (String gradient : new String[] {"0.332", "7.14", "1.49", "0.732", "3.46"}) {
                assertTrue(body.contains(">" + gradient + "</data>"), "gradient " + gradient);
            }
            // "Your turn" asks σ(z1) of sample 2, which dSSR/dw1 and dSSR/db1 are made of: they show once it is worked out.
            String revealed = server.get(PATH + "?hint=1&reveal=1").body();
            for (String gradient : new String[] {"0.761", "0.967"}) {
                assertFalse(body.contains(">" + gradient + "</data>"), "gradient " + gradient + " hidden while the question is open");
                assertTrue(revealed.contains(">" + gradient + "</data>"), "gradient " + gradient);
            }
            assertTrue(body.contains("<data value=\"7.142314400495206\""), "full value of dSSR/dw3 on hover");
        }

        @Test
        void step_zero_writes_out_every_chain_rule() {
            String body = server.get(PATH).body();
            String fragment = body.substring(body.indexOf("<div id=\"lesson-state\""));
            assertTrue(fragment.contains("aria-label=\"dSSR/dw1 = sum over the samples of dSSR/dpredicted · dpredicted/da1 · da1/dz1 · dz1/dw1\""));
            assertTrue(fragment.contains("aria-label=\"dSSR/db2 = sum over the samples of dSSR/dpredicted · dpredicted/da2 · da2/dz2 · dz2/db2\""));
            assertTrue(fragment.contains("aria-label=\"dSSR/dw3 = sum over the samples of dSSR/dpredicted · dpredicted/dw3\""));
            assertTrue(fragment.contains("aria-label=\"dSSR/db3 = sum over the samples of dSSR/dpredicted · dpredicted/db3\""));
            assertTrue(fragment.contains("<th scope=\"col\">da<sub>1</sub>/dz<sub>1</sub><br><span class=\"sub\">= σ(z<sub>1</sub>)</span></th>"));
            assertTrue(fragment.contains("<th scope=\"col\">dpredicted/dw<sub>4</sub><br><span class=\"sub\">= a<sub>2</sub></span></th>"));
            assertTrue(fragment.contains("aria-label=\"step size = 7.14 × 0.1 = 0.714\""), "worked step size of w3");
            assertTrue(fragment.contains("aria-label=\"new w3 = 0.36 − (0.714) = −0.354\""), "worked update of w3");
            for (String name : new String[] {"w1", "w2", "w3", "w4", "b1", "b2", "b3"}) {
                assertTrue(body.contains("<section class=\"chain\" id=\"chain-" + name + "\""), "chain table for " + name);
            }
            assertEquals(7, occurrences(body, "<caption>Chain rule for "));
        }

        @Test
        void step_zero_shows_the_forward_pass() {
            String body = server.get(PATH).body();
            assertTrue(body.contains("<caption>Forward pass at step 0"));
            // Dosage 1: z1 = 2.74, a1 = softplus(2.74) = 2.80, z2 = −1.13, a2 = 0.280.
            for (String figure : new String[] {"2.74", "2.80", "−1.13", "0.280", "0.693"}) {
                assertTrue(body.contains(">" + figure + "</"), "shows " + figure);
            }
        }

        @Test
        void step_one_shows_the_updated_parameters_and_two_history_rows() {
            String body = server.get(PATH + "?lr=0.1&tol=0.001&steps=1").body();
            assertTrue(body.contains("Step 1: SSR = "));
            // w1 = 2.74 − 0.1 · 0.7609 and w3 = 0.36 − 0.1 · 7.1423
            assertTrue(body.contains(">2.66</data>"));
            assertTrue(body.contains(">−0.354</data>"));
            assertEquals(2, occurrences(section(body, "SSR and the parameters after each update"), "<th scope=\"row\">"));
        }

        @Test
        void history_has_a_row_per_update_newest_first() {
            String history = section(server.get(PATH + "?steps=3").body(), "SSR and the parameters after each update");
            assertEquals(4, occurrences(history, "<th scope=\"row\">"));
            assertTrue(history.indexOf("<th scope=\"row\">3</th>") < history.indexOf("<th scope=\"row\">0</th>"));
            assertTrue(history.contains("<th scope=\"col\">b<sub>3</sub></th>"));
        }

        @Test
        void a_long_run_lists_the_newest_hundred_states_and_the_start() {
            HttpResponse<String> r = server.get(PATH + "?steps=2000", "HX-Request", "true");
            String history = section(r.body(), "SSR and the parameters after each update");
            assertEquals(101, occurrences(history, "<th scope=\"row\">"));
            assertTrue(history.contains("(the 100 latest and the start; the SSR chart shows every step)"));
            assertTrue(history.indexOf("<th scope=\"row\">1901</th>") < history.indexOf("Steps 1 to 1900 are not listed."));
            assertTrue(history.indexOf("Steps 1 to 1900 are not listed.") < history.indexOf("<th scope=\"row\">0</th>"));
            assertFalse(history.contains("<th scope=\"row\">1900</th>"));
            assertTrue(r.body().length() < 250_000, "fragment of " + r.body().length() + " characters");
        }

        @Test
        void run_link_points_at_update_471_where_every_step_size_is_below_the_tolerance() {
            String body = server.get(PATH).body();
            assertTrue(body.contains("id=\"run-steps\" class=\"button\" href=\"/tutorials/all-parameters?lr=0.1&amp;tol=0.001&amp;steps=471\""));
            assertTrue(body.contains("Run until every |step size| &lt; 0.001"));
            String done = server.get(PATH + "?lr=0.1&tol=0.001&steps=471").body();
            assertTrue(done.contains("Done: at step 471"));
            for (String figure : new String[] {"3.23", "−3.31", "−1.46", "−2.22", "−1.92", "0.530", "2.41", "0.000649"}) {
                assertTrue(done.contains(">" + figure + "</data>"), "converged " + figure);
            }
            assertFalse(server.get(PATH + "?steps=470").body().contains("Done:"));
        }

        @Test
        void controls_are_plain_links_enhanced_with_htmx() {
            String body = server.get(PATH + "?steps=3").body();
            assertTrue(body.contains("<a id=\"next-step\" class=\"button primary\" href=\"/tutorials/all-parameters?lr=0.1&amp;tol=0.001&amp;steps=4\" hx-boost=\"true\">Next step</a>"));
            assertTrue(body.contains("<a id=\"previous-step\" class=\"button\" href=\"/tutorials/all-parameters?lr=0.1&amp;tol=0.001&amp;steps=2\""));
            assertTrue(body.contains("<a id=\"reset-steps\" class=\"button\" href=\"/tutorials/all-parameters?lr=0.1&amp;tol=0.001&amp;steps=0\""));
            assertTrue(body.contains("hx-push-url=\"true\""));
            assertTrue(body.contains("<form class=\"settings\" action=\"/tutorials/all-parameters\" method=\"get\""));
            assertTrue(body.contains("<input type=\"hidden\" name=\"steps\" value=\"0\">"));
        }

        @Test
        void the_last_allowed_step_has_no_next_link() {
            String body = server.get(PATH + "?steps=2000").body();
            assertTrue(body.contains("<span id=\"next-step\" class=\"button primary\" aria-disabled=\"true\">"));
            assertTrue(body.contains("Step 2000: SSR = "));
        }

        @Test
        void settings_change_the_learning_rate_and_tolerance() {
            String body = server.get(PATH + "?lr=0.05&tol=0.01&steps=0").body();
            assertTrue(body.contains("id=\"learning-rate\" name=\"lr\""));
            assertTrue(body.contains("value=\"0.05\""));
            assertTrue(body.contains("value=\"0.01\""));
            assertTrue(body.contains("Run until every |step size| &lt; 0.01"));
            // Step size of w3 at the start: 7.1423 × 0.05.
            assertTrue(body.contains(">0.357</data>"));
        }

        @Test
        void the_done_note_quotes_the_ssr_of_the_step_it_names() {
            String body = server.get(PATH + "?lr=0.1&tol=0.001&steps=600").body();
            assertTrue(body.contains("Done: at step 471"), "done");
            String note = body.substring(body.indexOf("Done: at step 471"));
            note = note.substring(0, note.indexOf("</p>"));
            assertTrue(note.contains("SSR was down to 0.000649"), note);
        }

        @Test
        void a_learning_rate_of_50_shows_divergence_and_never_nan() {
            for (String query : new String[] {"?lr=50", "?lr=50&steps=1", "?lr=50&steps=2000", "?lr=100&steps=2000", "?lr=0.5&steps=2000"}) {
                HttpResponse<String> r = server.get(PATH + query);
                assertEquals(200, r.statusCode(), query);
                String body = r.body();
                assertTrue(body.contains("class=\"note warning divergence\""), query);
                assertFalse(body.contains("NaN"), query);
                assertFalse(body.contains("Infinity"), query);
                assertFalse(body.contains("∞"), query);
                assertFalse(body.contains("not a number"), query);
            }
            String last = server.get(PATH + "?lr=50&steps=2000").body();
            assertTrue(last.contains("You asked for step 2000; step "), "stopped early");
            assertTrue(last.contains("<span id=\"next-step\" class=\"button primary\" aria-disabled=\"true\">"));
        }

        @Test
        void no_inline_script_or_style() {
            String body = server.get(PATH + "?steps=2").body();
            assertFalse(body.contains("<script>"));
            assertFalse(body.contains("style="));
            assertFalse(body.contains("<style"));
            assertFalse(body.contains(" onclick="));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Fragment {
        @Test
        void next_step_returns_the_lesson_state_and_the_status_out_of_band() {
            HttpResponse<String> r = server.get(PATH + "?lr=0.1&tol=0.001&steps=1", "HX-Request", "true");
            assertEquals(200, r.statusCode());
            assertTrue(TestServer.vary(r).contains("HX-Request"));
            String body = r.body();
            assertFalse(body.contains("<html"));
            assertTrue(body.strip().startsWith("<div id=\"lesson-state\""));
            assertTrue(body.contains("Step 1: SSR = "));
            assertTrue(body.contains(">2.66</data>"));
            assertTrue(body.contains("<p id=\"step-status\" class=\"status\" role=\"status\" aria-live=\"polite\" hx-swap-oob=\"innerHTML\">Step 1: SSR = "));
            assertEquals(1, occurrences(body, "id=\"lesson-state\""));
        }

        @Test
        void the_fragment_is_the_same_region_the_page_contains() {
            String page = server.get(PATH + "?steps=2").body();
            String fragment = server.get(PATH + "?steps=2", "HX-Request", "true").body();
            String region = fragment.substring(0, fragment.indexOf("<p id=\"step-status\"")).strip();
            assertTrue(page.contains(region), "the page embeds exactly the fragment");
        }

        @Test
        void history_restore_gets_the_full_page() {
            HttpResponse<String> r = server.get(PATH + "?steps=1", "HX-Request", "true", "HX-History-Restore-Request", "true");
            assertTrue(r.body().contains("<html"));
        }

        @Test
        void bad_input_returns_an_error_fragment() {
            BadInputChecks.assertFragmentRefused(server, PATH + "?tol=abc", "Tolerance must be a number, not “abc”.");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BadInput {
        @Test
        void each_bad_parameter_gets_a_400_page_that_names_it() {
            String[][] cases = {
                    {"steps=abc", "Steps must be a whole number from 0 to 2000, not “abc”."},
                    {"steps=-1", "Steps must be a whole number"},
                    {"steps=2001", "Steps must be a whole number from 0 to 2000, not “2001”."},
                    {"lr=0", "Learning rate must be a number from 0 (exclusive) to 100, not “0”."},
                    {"lr=-0.1", "Learning rate must be a number from 0 (exclusive) to 100, not “-0.1”."},
                    {"lr=101", "Learning rate must be a number from 0 (exclusive) to 100, not “101”."},
                    {"lr=NaN", "Learning rate must be a finite number, not “NaN”."},
                    {"lr=abc", "Learning rate must be a number, not “abc”."},
                    {"tol=0", "Tolerance must be a number from 0 (exclusive) to 1000, not “0”."},
                    {"tol=1e9", "Tolerance must be a number from 0 (exclusive) to 1000, not “1e9”."},
                    {"steps=1&steps=2", "given 2 times"},
                    {"lr=" + "1".repeat(50), "too long"},
            };
            BadInputChecks.assertEachRefused(server, PATH, cases);
        }

        @Test
        void script_in_a_parameter_is_escaped() {
            BadInputChecks.assertScriptEscaped(server, PATH, "tol");
        }
    }

    @Test
    void home_lists_the_tutorial_after_fit_the_last_bias() {
        String body = server.get("/").body();
        int lastBias = body.indexOf("<a href=\"/tutorials/last-bias\">Fit the last bias</a>");
        int allParameters = body.indexOf("<a href=\"/tutorials/all-parameters\">Train all seven parameters</a>");
        assertTrue(lastBias >= 0 && allParameters > lastBias);
    }

    private static int occurrences(String body, String needle) {
        int n = 0;
        for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) n++;
        return n;
    }

    /** The table whose caption contains the text, up to its end. */
    private static String section(String body, String caption) {
        int start = body.indexOf(caption);
        assertTrue(start >= 0, "no table captioned " + caption);
        return body.substring(start, body.indexOf("</table>", start));
    }
}
