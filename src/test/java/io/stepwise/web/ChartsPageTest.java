package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class ChartsPageTest extends ServerTest {
    static final String LAST_BIAS = "/tutorials/last-bias";
    static final String[] CHART_IDS = {"chart-loss-curve", "chart-fit", "chart-history"};
    private static final Pattern CURRENT = Pattern.compile("<circle class=\"marker current\" cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"");
    private static final Pattern TANGENT = Pattern.compile("<line class=\"segment tangent\" x1=\"([-0-9.]+)\" y1=\"([-0-9.]+)\" x2=\"([-0-9.]+)\" y2=\"([-0-9.]+)\"");

    /** A style attribute on a tag (escaped markup shown as text does not count). */
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("<[a-zA-Z][^<>]*\\sstyle=");

    /** The markup of one chart's figure. */
    static String figure(String body, String id) {
        int start = body.indexOf("<figure class=\"chart\" id=\"" + id + "\"");
        assertTrue(start >= 0, "chart " + id + " is on the page");
        return body.substring(start, body.indexOf("</figure>", start));
    }

    /** A figure without its legend. */
    static String svg(String figure) {
        return figure.substring(0, figure.indexOf("</svg>"));
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), pattern + " in the chart");
        return m.group(0);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class LastBias {
        @Test
        void the_page_has_three_accessible_svg_charts_inside_the_swapped_region() {
            String body = server.get(LAST_BIAS).body();
            String state = body.substring(body.indexOf("<div id=\"lesson-state\""));
            for (String id : CHART_IDS) {
                String f = figure(state, id);
                assertTrue(f.contains("role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\""), id);
                assertTrue(f.contains("<title id=\"" + id + "-title\">"), id + " has a title");
                assertTrue(f.contains("<desc id=\"" + id + "-desc\">"), id + " has a description");
                assertTrue(f.contains("viewBox=\"0 0 400 270\""), id);
                assertTrue(f.contains("<ul class=\"chart-legend\">"), id + " has a legend");
            }
            assertTrue(figure(state, "chart-loss-curve").contains("lowest point is at b3 ≈ 2.61"), "the description names the bottom");
            assertTrue(figure(state, "chart-fit").contains("dosage 0.5: observed 1, predicted −1.61, residual 2.61"));
        }

        @Test
        void the_htmx_fragment_carries_the_charts_too() {
            HttpResponse<String> r = server.get(LAST_BIAS + "?steps=2", "HX-Request", "true");
            assertFalse(r.body().contains("<html"));
            for (String id : CHART_IDS) assertTrue(figure(r.body(), id).contains("<svg class=\"chart-svg\""), id);
        }

        @Test
        void the_current_point_and_the_tangent_move_between_step_zero_and_step_two() {
            String zero = figure(server.get(LAST_BIAS + "?steps=0").body(), "chart-loss-curve");
            String two = figure(server.get(LAST_BIAS + "?steps=2").body(), "chart-loss-curve");
            assertNotEquals(first(CURRENT, zero), first(CURRENT, two));
            assertNotEquals(first(TANGENT, zero), first(TANGENT, two));
            Matcher a = CURRENT.matcher(zero);
            Matcher b = CURRENT.matcher(two);
            assertTrue(a.find() && b.find());
            assertTrue(Double.parseDouble(b.group(1)) > Double.parseDouble(a.group(1)), "b3 grew, so the point moved right");
            assertTrue(Double.parseDouble(b.group(2)) > Double.parseDouble(a.group(2)), "SSR fell, so the point moved down");
            assertTrue(two.contains("Step 0: b3 = 0, SSR = 20.4"), "earlier steps are marked");
            assertTrue(two.contains("Step 1: b3 = 1.57, SSR = 3.27"));
            assertTrue(two.contains("tangent: slope −2.50"), "the legend gives the gradient at step 2");
        }

        @Test
        void the_history_chart_gains_a_point_per_step() {
            String zero = svg(figure(server.get(LAST_BIAS + "?steps=0").body(), "chart-history"));
            String three = svg(figure(server.get(LAST_BIAS + "?steps=3").body(), "chart-history"));
            assertFalse(zero.contains("<rect class=\"marker step\" x"), "no earlier steps at step 0");
            assertEquals(3, count(three, "<rect class=\"marker step\" x"), "steps 0, 1 and 2 before the current one");
            assertTrue(three.contains("Now, step 3: SSR = "));
        }

        @Test
        void the_log_scale_is_kept_by_every_link_and_the_settings_form() {
            String body = server.get(LAST_BIAS + "?steps=2&logy=1").body();
            assertTrue(figure(body, "chart-history").contains("<title id=\"chart-history-title\">SSR after each step (log scale)</title>"));
            assertTrue(body.contains("id=\"next-step\" class=\"button primary\" href=\"/tutorials/last-bias?b3=0&amp;lr=0.1&amp;tol=0.001&amp;steps=3&amp;logy=1\""));
            assertTrue(body.contains("<input type=\"hidden\" name=\"logy\" value=\"1\">"));
            assertTrue(body.contains("<a id=\"loss-scale-linear\" class=\"toggle\" href=\"/tutorials/last-bias?b3=0&amp;lr=0.1&amp;tol=0.001&amp;steps=2\""), "the linear link");
            assertTrue(body.contains("steps=2&amp;logy=1\" hx-boost=\"true\" aria-current=\"true\">log</a>"), "log is the current scale");
            assertTrue(figure(body, "chart-history").contains(">0.1</text>"), "a tick for each decade down to 0.1");

            String linear = server.get(LAST_BIAS + "?steps=2").body();
            assertFalse(linear.contains("steps=3&amp;logy=1"), "the next step keeps the linear scale");
            assertFalse(linear.contains("name=\"logy\""));
            assertTrue(linear.contains("aria-current=\"true\">linear</a>"));
        }

        @Test
        void a_bad_log_switch_is_refused() {
            HttpResponse<String> r = server.get(LAST_BIAS + "?logy=yes");
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("Log scale must be 1 (on) or 0 (off)"));
        }

        @Test
        void a_diverging_run_still_draws_finite_charts() {
            String body = server.get(LAST_BIAS + "?lr=10&steps=1000").body();
            for (String id : CHART_IDS) {
                String f = figure(body, id);
                assertFalse(f.contains("NaN") || f.contains("Infinity") || f.contains("E1") || f.contains("E-"), id + " has only plain coordinates");
            }
            assertNotNull(first(CURRENT, figure(body, "chart-loss-curve")));
        }

        @Test
        void no_inline_styles_anywhere() {
            String body = server.get(LAST_BIAS + "?steps=4&logy=1").body();
            assertFalse(STYLE_ATTRIBUTE.matcher(body).find(), "style attributes are refused by the Content-Security-Policy");
            assertFalse(body.contains("<style"));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AllParameters {
        static final String PATH = "/tutorials/all-parameters";

        @Test
        void the_page_has_the_three_charts_with_w3_as_the_default_focus() {
            String body = server.get(PATH).body();
            String state = body.substring(body.indexOf("<div id=\"lesson-state\""));
            for (String id : CHART_IDS) {
                String f = figure(state, id);
                assertTrue(f.contains("role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\""), id);
                assertTrue(f.contains("<title id=\"" + id + "-title\">"), id);
            }
            String loss = figure(state, "chart-loss-curve");
            assertTrue(loss.contains("<title id=\"chart-loss-curve-title\">SSR against w3, with the tangent at step 0</title>"));
            assertTrue(loss.contains("tangent: slope 7.14"), "dSSR/dw3 at the start");
            assertTrue(state.contains("<option value=\"w3\" selected>w3</option>"));
            assertEquals(7, count(state.substring(state.indexOf("id=\"chart-focus\"")), "<option value="), "one option per parameter");
        }

        @Test
        void the_current_point_and_the_tangent_move_between_step_zero_and_step_two() {
            String zero = figure(server.get(PATH + "?steps=0").body(), "chart-loss-curve");
            String two = figure(server.get(PATH + "?steps=2").body(), "chart-loss-curve");
            assertNotEquals(first(CURRENT, zero), first(CURRENT, two));
            assertNotEquals(first(TANGENT, zero), first(TANGENT, two));
            assertTrue(two.contains("Step 0: w3 = 0.36, SSR = 1.90"), "where w3 started");
        }

        @Test
        void the_focus_is_validated_and_kept_by_every_link_and_form() {
            String body = server.get(PATH + "?steps=2&focus=b1&logy=1").body();
            assertTrue(figure(body, "chart-loss-curve").contains("<title id=\"chart-loss-curve-title\">SSR against b1, with the tangent at step 2</title>"));
            assertTrue(body.contains("href=\"/tutorials/all-parameters?lr=0.1&amp;tol=0.001&amp;steps=3&amp;focus=b1&amp;logy=1\""), "next step");
            assertTrue(body.contains("<input type=\"hidden\" name=\"focus\" value=\"b1\">"), "the settings form keeps the focus");
            assertTrue(body.contains("<input type=\"hidden\" name=\"steps\" value=\"2\">"), "the focus form keeps the step");
            assertTrue(body.contains("<option value=\"b1\" selected>b1</option>"));

            String plain = server.get(PATH + "?steps=2").body();
            assertTrue(plain.contains("href=\"/tutorials/all-parameters?lr=0.1&amp;tol=0.001&amp;steps=3\""), "the default focus stays out of URLs");

            HttpResponse<String> bad = server.get(PATH + "?focus=w9");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("The parameter to draw must be one of w1, w2, w3, w4, b1, b2, b3, not “w9”."));
        }

        @Test
        void a_run_that_blows_up_still_draws_finite_charts() {
            String body = server.get(PATH + "?lr=100&steps=2000&focus=w1").body();
            for (String id : CHART_IDS) {
                String f = figure(body, id);
                assertFalse(f.contains("NaN") || f.contains("Infinity") || f.contains("E1") || f.contains("E-"), id);
            }
            assertFalse(STYLE_ATTRIBUTE.matcher(body).find());
        }
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
