package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Activation;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * "Your turn" in the all-parameters lesson over HTTP: a named mistake, then the right answer; the
 * numbers an open question would give away hidden as "?" and shown again once it is answered; the
 * seed and set kept by every link and form.
 */
class AllParametersExerciseTest extends ExerciseServerTest {
    static final String PATH = "/tutorials/all-parameters";
    static final String CONCEALED = "<span class=\"concealed\"";
    /** x1 of sample 2 (dosage 0.5) at the start: w1 · 0.5 + b1 = 2.74 · 0.5 + 0. */
    static final double X1 = 1.37;


    /** One parameter's chain-rule section: its table and its worked step. */
    static String chain(String body, String parameter) {
        int start = body.indexOf("<section class=\"chain\" id=\"chain-" + parameter + "\"");
        assertTrue(start >= 0, "a chain section for " + parameter);
        return body.substring(start, body.indexOf("</section>", start));
    }

    /** One parameter's row of the update table. */
    static String updateRow(String body, String parameter) {
        int table = body.indexOf("<table class=\"step-table update-table\">");
        int start = body.indexOf("<a href=\"#chain-" + parameter + "\">", table);
        assertTrue(table >= 0 && start >= 0, "an update row for " + parameter);
        return body.substring(start, body.indexOf("</tr>", start));
    }

    /** The row of sample s (from 1) in a chain table. */
    static String sampleRow(String chain, int s) {
        int at = chain.indexOf("<tbody>");
        for (int i = 0; i < s; i++) at = chain.indexOf("<tr>", at + 1);
        return chain.substring(at, chain.indexOf("</tr>", at));
    }

    static String loss(String body) {
        int start = body.indexOf("<figure class=\"chart\" id=\"chart-loss-curve\">");
        return body.substring(start, body.indexOf("</figure>", start));
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }

    @Nested
    class ChainFactor {
        /** Step 0 asks da1/dz1 = σ(z1) of sample 2 in w1's chain rule; softplus(1.37) = 1.60 is the activation, σ(1.37) = 0.797. */
        @Test
        void the_activation_in_place_of_its_derivative_is_named_then_the_right_answer_leads_on() {
            assertEquals(1.60, Activation.SOFTPLUS.apply(X1), 0.005);
            assertEquals(0.797, Activation.SOFTPLUS.derivative(X1), 0.0005);
            String wrong = box(body(PATH + "?lr=0.1&tol=0.001&steps=0" + answer("1.60")));
            assertTrue(wrong.contains("In the chain rule for dSSR/dw1, what is da1/dz1 for sample 2 (dosage 0.5)?"), wrong);
            assertTrue(wrong.contains("<li>Sample 2 (dosage 0.5): z1 = 1.37, and a1 = softplus(z1)</li>"), wrong);
            assertTrue(wrong.contains("<div class=\"feedback mistake\">"), wrong);
            assertTrue(wrong.contains("<strong>Used the activation instead of its derivative.</strong> You used softplus(1.37) = 1.60, "
                    + "the activation, where da1/dz1 needs its derivative softplus′(1.37) = σ(1.37) = 0.797."), wrong);
            assertTrue(wrong.contains("value=\"1.60\""), "the answer stays in the field");
            assertFalse(wrong.contains("Go on to step 1"), "no way on before the answer is right");

            String right = box(body(PATH + "?lr=0.1&tol=0.001&steps=0" + answer("0.797")));
            assertTrue(right.contains("<strong>Correct.</strong> Yes: da1/dz1 for sample 2 is 0.797."), right);
            assertTrue(right.contains("<strong>Worked answer:</strong> da1/dz1 = softplus′(1.37) = σ(1.37) = 1 / (1 + e^−1.37) = 0.797"), right);
            assertTrue(right.contains("<a id=\"exercise-next\" class=\"button primary\" href=\"/tutorials/all-parameters?lr=0.1&amp;tol=0.001&amp;steps=1\""), right);
            assertTrue(right.contains(">Go on to step 1</a>"));
        }

        @Test
        void while_open_the_factor_its_products_and_everything_computed_from_them_are_hidden() {
            String body = body(PATH + "?steps=0");
            for (String p : new String[] {"w1", "b1"}) {
                String chain = chain(body, p);
                String row = sampleRow(chain, 2);
                assertEquals(2, count(row, CONCEALED), p + ": σ(z1) of sample 2 and its product → " + row);
                assertFalse(row.contains("0.797"), p);
                assertTrue(row.contains(">0.36</"), p + ": dpredicted/da1 = w3 stays");
                assertEquals(0, count(sampleRow(chain, 1), CONCEALED), p + ": other samples stay");
                assertTrue(sampleRow(chain, 3).contains(">0.939</data>"), p + ": σ(z1) of sample 3 stays");
                assertEquals(2 + 1 + 2, count(chain, CONCEALED), p + ": factor, product, sum, step size, new value");
                assertEquals(3, count(updateRow(body, p), CONCEALED), p + ": gradient, step size and new value");
            }
            assertFalse(body.contains(">0.761</data>"), "dSSR/dw1");
            assertFalse(body.contains(">0.967</data>"), "dSSR/db1");
            for (String p : new String[] {"w2", "w3", "w4", "b2", "b3"}) {
                assertEquals(0, count(chain(body, p), CONCEALED), p);
                assertEquals(0, count(updateRow(body, p), CONCEALED), p);
            }
            assertTrue(updateRow(body, "w3").contains(">7.14</data>"), "dSSR/dw3 does not use σ(z1)");
            assertEquals(16, count(body, CONCEALED));
            assertTrue(body.contains(">1.37</data>"), "x1 of sample 2 stays in the forward pass");
            assertTrue(body.contains(">1.60</data>"), "and so does y1");
            assertTrue(body.contains("role=\"status\" aria-live=\"polite\">Step 0: SSR = 1.90. Your turn: In the chain rule for dSSR/dw1"),
                    "the live region reads the question, not the step sizes");
        }

        @Test
        void once_answered_or_worked_out_everything_is_shown_again() {
            for (String query : new String[] {"?steps=0" + answer("0.797"), "?steps=0&hint=1&reveal=1"}) {
                String body = body(PATH + query);
                assertEquals(0, count(body, CONCEALED), query);
                assertTrue(sampleRow(chain(body, "w1"), 2).contains(">0.797</data>"), query);
                assertTrue(updateRow(body, "w1").contains(">0.761</data>"), query);
                assertTrue(updateRow(body, "b1").contains(">0.967</data>"), query);
            }
            String wrong = body(PATH + "?steps=0" + answer("1.60"));
            assertEquals(16, count(wrong, CONCEALED), "a wrong answer keeps the question open");
        }

        /** Step 4 asks dSSR/dpredicted of sample 3, a factor of every rule: all seven tables lose that cell, product and sum. */
        @Test
        void dssr_dpredicted_is_in_every_rule_so_every_gradient_waits_for_it() {
            String body = body(PATH + "?steps=4");
            assertTrue(box(body).contains("what is dSSR/dpredicted for sample 3 (dosage 1)?"), box(body));
            for (String p : new String[] {"w1", "w2", "w3", "w4", "b1", "b2", "b3"}) {
                String chain = chain(body, p);
                assertEquals(2, count(sampleRow(chain, 3), CONCEALED), p);
                assertEquals(0, count(sampleRow(chain, 2), CONCEALED), p);
                assertEquals(3, count(updateRow(body, p), CONCEALED), p);
            }
            String sign = box(body(PATH + "?steps=4" + answer("-1.42")));
            assertTrue(sign.contains("<strong>Wrong sign of the residual.</strong>"), sign);
            String half = box(body(PATH + "?steps=4" + answer("0.710")));
            assertTrue(half.contains("<strong>Forgot the factor 2.</strong>"), half);
            assertTrue(box(body(PATH + "?steps=4" + answer("1.42"))).contains("<strong>Correct.</strong>"));
        }
    }

    @Nested
    class ParameterUpdates {
        /** Step 1 asks dSSR/dw1 = 0 + 0.459 + 0.762 = 1.22. */
        @Test
        void a_gradient_hides_its_products_its_sum_and_what_follows_but_not_the_factors() {
            String body = body(PATH + "?steps=1&focus=w1");
            assertTrue(box(body).contains("What is the gradient dSSR/dw1 at step 1?"), box(body));
            String chain = chain(body, "w1");
            assertEquals(6, count(chain, CONCEALED), "three products (they add up to it), sum, step size, new value");
            assertFalse(chain.contains(">0.459</data>") || chain.contains(">0.762</data>"), "the products are hidden");
            assertTrue(chain.contains(">0.775</data>") && chain.contains(">−3.35</data>"), "the factors stay");
            assertEquals(3, count(updateRow(body, "w1"), CONCEALED));
            assertTrue(updateRow(body, "w1").contains(">2.66</data>"), "the value stays");
            assertEquals(9, count(body, CONCEALED));
            String loss = loss(body);
            assertTrue(loss.contains("<title id=\"chart-loss-curve-title\">SSR against w1 at step 1</title>"), loss);
            assertFalse(loss.contains("class=\"segment tangent\""), "no tangent for the focused parameter while its gradient is asked");
            assertFalse(loss.contains("slope"), "nor its gradient in the picture's text");
            assertFalse(loss.contains("After this step"), "nor where the step lands");
            assertTrue(loss.contains("The tangent there and where this step moves w1 are hidden until you answer “Your turn”."), loss);

            String one = box(body(PATH + "?steps=1&focus=w1" + answer("0.762")));
            assertTrue(one.contains("<strong>Summed over the wrong samples.</strong> That is only sample 3’s product (0.762)."), one);
            String right = body(PATH + "?steps=1&focus=w1" + answer("1.22"));
            assertTrue(box(right).contains("<strong>Correct.</strong> Yes: the gradient dSSR/dw1 is 1.22."), box(right));
            assertEquals(0, count(right, CONCEALED));
            assertTrue(loss(right).contains("tangent: slope 1.22"), "the tangent is back");
        }

        @Test
        void a_step_size_hides_the_step_size_and_the_new_value_and_a_new_value_only_itself() {
            String step = body(PATH + "?steps=2");
            assertTrue(box(step).contains("What is the step size of w1 at step 2?"));
            assertEquals(2, count(updateRow(step, "w1"), CONCEALED));
            assertTrue(updateRow(step, "w1").contains(">3.73</data>"), "the gradient stays");
            assertEquals(2, count(chain(step, "w1"), CONCEALED), "the worked step size and new value");
            assertTrue(box(body(PATH + "?steps=2" + answer("3.73"))).contains("<strong>Forgot the learning rate.</strong> That is the gradient itself."));

            String next = body(PATH + "?steps=3");
            assertTrue(box(next).contains("What is w1 after this step?"));
            assertEquals(1, count(updateRow(next, "w1"), CONCEALED));
            assertEquals(2, count(next, CONCEALED), "the new value and its worked line");
            assertTrue(box(body(PATH + "?steps=3" + answer("2.39"))).contains("<strong>Added the step instead of subtracting it.</strong>"));
        }
    }

    @Nested
    class SeedAndSet {
        @Test
        void the_seed_and_set_travel_with_every_link_and_form() {
            String body = body(PATH + "?lr=0.1&tol=0.001&steps=2&focus=b1&seed=42&set=chain-factors");
            for (String id : new String[] {"next-step", "previous-step", "run-steps", "reset-steps"}) {
                int at = body.indexOf("id=\"" + id + "\"");
                String link = body.substring(at, body.indexOf('>', at));
                assertTrue(link.contains("&amp;focus=b1&amp;seed=42&amp;set=chain-factors\""), link);
            }
            int settingsForm = body.indexOf("<form class=\"settings\"");
            String settings = body.substring(settingsForm, body.indexOf("</form>", settingsForm));
            assertTrue(settings.contains("<input type=\"hidden\" name=\"seed\" value=\"42\"><input type=\"hidden\" name=\"set\" value=\"chain-factors\">"),
                    "the settings form keeps them: " + settings);
            assertTrue(settings.contains("<input type=\"hidden\" name=\"focus\" value=\"b1\">"), "and the focus");
            int focusForm = body.indexOf("<form class=\"chart-focus\"");
            String focus = body.substring(focusForm, body.indexOf("</form>", focusForm));
            assertTrue(focus.contains("<input type=\"hidden\" name=\"seed\" value=\"42\">"), focus);
            assertTrue(focus.contains("<input type=\"hidden\" name=\"set\" value=\"chain-factors\">"), focus);
            assertTrue(body.contains("steps=2&amp;focus=b1&amp;logy=1&amp;seed=42&amp;set=chain-factors\""), "the log-scale link");
            String box = box(body);
            assertTrue(box.contains("<input type=\"hidden\" name=\"focus\" value=\"b1\">"));
            assertTrue(box.contains("<input type=\"hidden\" name=\"seed\" value=\"42\">"));
            assertTrue(box.contains("<input type=\"hidden\" name=\"set\" value=\"chain-factors\">"));
            assertTrue(box.contains("Exercise set: Chain-rule factors, then gradients"));
            assertTrue(box.contains("hint=1#your-turn"), "the hint link");
            assertTrue(box.contains("seed=42&amp;set=chain-factors&amp;hint=1"), "the hint link keeps them");
        }

        @Test
        void a_set_asks_its_quantities_from_its_learning_rate_and_a_seed_is_shared() {
            String body = body(PATH + "?set=chain-factors");
            assertTrue(body.contains("id=\"learning-rate\" name=\"lr\" type=\"number\" step=\"any\" min=\"0\" max=\"100\" required value=\"0.05\""),
                    "the set's learning rate");
            for (int k = 0; k < 6; k++) {
                String question = box(body(PATH + "?set=chain-factors&steps=" + k)).split("class=\"exercise-question\">")[1];
                assertTrue(question.startsWith(k % 3 == 2 ? "What is the gradient" : "In the chain rule for"), k + ": " + question);
            }
            assertEquals(box(body(PATH + "?steps=5&seed=7")), box(body(PATH + "?steps=5&seed=7")));
        }

        @Test
        void a_set_for_another_lesson_is_refused() {
            HttpResponse<String> r = get(PATH + "?set=signs");
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("The exercise set “signs” is for the last-bias lesson. The sets for this lesson are chain-factors."), r.body());
        }

        @Test
        void htmx_gets_the_region_with_the_box_and_the_verdict_read_out() {
            HttpResponse<String> r = get(PATH + "?steps=0" + answer("1.60"), "HX-Request", "true");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().strip().startsWith("<div id=\"lesson-state\""));
            assertTrue(box(r.body()).contains("Used the activation instead of its derivative"));
            assertTrue(r.body().contains(">Your answer 1.60: Used the activation instead of its derivative. You used softplus(1.37)"), r.body());
        }
    }
}
