package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.ForwardPass;
import io.stepwise.lessons.dp.DpExample;
import io.stepwise.tutorial.Num;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** "Your turn" over HTTP: answers checked in the lesson's URL, with and without htmx, and instructor sets. */
class ExerciseTest extends ExerciseServerTest {
    static final String LAST_BIAS = "/tutorials/last-bias";
    static final String DP = "/tutorials/dynamic-programming";

    @Nested
    class LastBias {
        /** Step 0 asks for the residual of sample 1: observed 0, predicted −2.60, so the residual is 2.60. */
        @Test
        void a_wrong_sign_gets_the_specific_feedback_then_the_right_answer_is_accepted() {
            String wrong = box(body(LAST_BIAS + "?b3=0&lr=0.1&tol=0.001&steps=0" + answer("−2.60")));
            assertTrue(wrong.contains("What is the residual of sample 1 at b3 = 0?"), wrong);
            assertTrue(wrong.contains("<div class=\"feedback mistake\">"), wrong);
            assertTrue(wrong.contains("<strong>Wrong sign of the residual.</strong> You computed predicted − observed = −2.60 − 0 = −2.60."), wrong);
            assertTrue(wrong.contains("value=\"−2.60\""), "the answer stays in the field");
            assertTrue(wrong.contains("autofocus"), "the field takes the focus for the next try");
            assertTrue(wrong.contains(">Show a hint</a>"));
            assertFalse(wrong.contains("Go on to step 1"), "no way on before the answer is right");

            String right = box(body(LAST_BIAS + "?b3=0&lr=0.1&tol=0.001&steps=0" + answer("2.60")));
            assertTrue(right.contains("<div class=\"feedback correct\">"), right);
            assertTrue(right.contains("<strong>Correct.</strong> Yes: the residual of sample 1 is 2.60."), right);
            assertTrue(right.contains("<strong>Worked answer:</strong> residual = observed − predicted = 0 − (−2.60) = 2.60"), right);
            assertTrue(right.contains("<a id=\"exercise-next\" class=\"button primary\" href=\"/tutorials/last-bias?b3=0&amp;lr=0.1&amp;tol=0.001&amp;steps=1\""
                    + " hx-get=\"/tutorials/last-bias?b3=0&amp;lr=0.1&amp;tol=0.001&amp;steps=1\""), right);
            assertTrue(right.contains(">Go on to step 1</a>"));
        }

        /** At step 7 the step size is below 1 % of b3: adding it, or not moving, is within the tolerance but nearer a mistake. */
        @Test
        void near_convergence_a_step_added_or_not_taken_is_named_not_accepted() {
            String added = box(body(LAST_BIAS + "?steps=7" + answer("2.6023")));
            assertFalse(added.contains("feedback correct"), added);
            assertTrue(added.contains("<strong>Added the step instead of subtracting it.</strong> You added the step size"), added);
            String stayed = box(body(LAST_BIAS + "?steps=7" + answer("2.6049")));
            assertTrue(stayed.contains("<strong>Left the value where it was.</strong>"), stayed);
            String rounded = box(body(LAST_BIAS + "?steps=7" + answer("2.6")));
            assertTrue(rounded.contains("<div class=\"feedback ambiguous\">"), rounded);
            assertTrue(rounded.contains("<strong>More digits, please.</strong>"), rounded);
            assertTrue(box(body(LAST_BIAS + "?steps=7" + answer("2.6075"))).contains("<strong>Correct.</strong>"));
            String w2 = box(body("/tutorials/all-parameters?steps=7" + answer("-1.1751")));
            assertFalse(w2.contains("feedback correct"), w2);
            assertTrue(w2.contains("<strong>Added the step instead of subtracting it.</strong>"), w2);
        }

        @Test
        void htmx_gets_the_lesson_region_with_the_box_and_the_verdict_read_out() {
            HttpResponse<String> r = get(LAST_BIAS + "?steps=0" + answer("-2.6"), "HX-Request", "true");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().strip().startsWith("<div id=\"lesson-state\""), r.body());
            assertFalse(r.body().contains("<html"));
            assertTrue(box(r.body()).contains("Wrong sign of the residual"));
            assertTrue(r.body().contains("id=\"step-status\""), "the live region comes out of band");
            assertTrue(r.body().contains(">Your answer -2.6: Wrong sign of the residual. You computed"), r.body());
            assertTrue(TestServer.vary(r).contains("HX-Request"));

            String page = body(LAST_BIAS + "?steps=0" + answer("-2.6"));
            assertTrue(page.strip().startsWith("<!DOCTYPE html>"), "a whole page");
            assertTrue(box(page).contains("Wrong sign of the residual"));
        }

        @Test
        void the_answer_form_is_a_get_form_that_repeats_the_lesson_state() {
            String box = box(body(LAST_BIAS + "?b3=0.5&lr=0.05&tol=0.01&steps=3"));
            assertTrue(box.contains("<form class=\"exercise-form\" action=\"/tutorials/last-bias#your-turn\" method=\"get\" hx-get=\"/tutorials/last-bias\">"), box);
            for (String field : new String[] {"name=\"b3\" value=\"0.5\"", "name=\"lr\" value=\"0.05\"", "name=\"tol\" value=\"0.01\"", "name=\"steps\" value=\"3\""}) {
                assertTrue(box.contains("<input type=\"hidden\" " + field + ">"), field);
            }
            assertTrue(box.contains("<label for=\"exercise-answer\">Your answer</label>"));
            assertTrue(box.contains("name=\"answer\" type=\"text\" inputmode=\"decimal\""));
            assertTrue(box.contains("Accepted within ±0.0005 or 1 % of the exact value, and only when nearer to it than to a common slip’s value (a flipped sign, say); if your digits can’t tell them apart, you’ll be asked for more."), "the tolerance is shown");
            assertFalse(box.contains("class=\"feedback"), "no verdict before an answer");
            assertFalse(box.contains("autofocus"), "a fresh page does not jump to the box");
        }

        @Test
        void an_answer_that_is_not_a_number_gets_a_message_not_an_error_page() {
            String[][] cases = {
                    {"abc", "“abc” is not a number."},
                    {"1,5", "Use a point as the decimal separator, not a comma; commas are not accepted. Write 1.5."},
                    {"", "Type a number first."},
                    {"<b>2</b>", "“&lt;b&gt;2&lt;/b&gt;” is not a number."},
                    {"9".repeat(80), "too long"},
            };
            for (String[] c : cases) {
                String box = box(body(LAST_BIAS + "?steps=1" + answer(c[0])));
                assertTrue(box.contains("<div class=\"feedback unreadable\">"), c[0]);
                assertTrue(box.contains("<strong>Not a number.</strong>"), c[0]);
                assertTrue(box.contains(c[1]), c[0] + " → " + box);
            }
        }

        @Test
        void a_hint_first_then_the_worked_answer_and_the_way_on() {
            String plain = box(body(LAST_BIAS + "?steps=1"));
            assertTrue(plain.contains("Show a hint"));
            assertFalse(plain.contains("Show the worked answer"), "the worked answer is offered after the hint or a try");

            String hint = box(body(LAST_BIAS + "?steps=1&hint=1"));
            assertTrue(hint.contains("<strong>Hint:</strong> Add one term per sample: −2 · (observed − predicted) · 1."), hint);
            assertFalse(hint.contains("Worked answer:"));
            assertTrue(hint.contains("hint=1&amp;reveal=1#your-turn\" hx-get="), hint);

            String worked = box(body(LAST_BIAS + "?steps=1&hint=1&reveal=1"));
            assertTrue(worked.contains("<strong>Worked answer:</strong> dSSR/db3 = −2 · (0 − (−1.04)) · 1 + "), worked);
            assertTrue(worked.contains("Go on to step 2"));
            assertFalse(worked.contains("Show a hint"));
        }

        @Test
        void a_mistake_offers_the_worked_answer_with_the_answer_kept_in_its_link() {
            String box = box(body(LAST_BIAS + "?steps=2" + answer("-2.50")));
            assertTrue(box.contains("<strong>Forgot the learning rate.</strong> That is the slope itself."), box);
            assertTrue(box.contains("steps=2&amp;answer=-2.50&amp;hint=1&amp;reveal=1#your-turn"), box);
        }

        @Test
        void the_seed_and_set_travel_with_every_link_and_form() {
            String body = body(LAST_BIAS + "?b3=0&lr=0.1&tol=0.001&steps=2&seed=42&set=signs");
            for (String id : new String[] {"next-step", "previous-step", "run-steps", "reset-steps"}) {
                int at = body.indexOf("id=\"" + id + "\"");
                String link = body.substring(at, body.indexOf('>', at));
                assertTrue(link.contains("&amp;seed=42&amp;set=signs\""), link);
            }
            assertTrue(body.contains("<input type=\"hidden\" name=\"seed\" value=\"42\"><input type=\"hidden\" name=\"set\" value=\"signs\">"),
                    "the settings form keeps them");
            String box = box(body);
            assertTrue(box.contains("<input type=\"hidden\" name=\"seed\" value=\"42\">"));
            assertTrue(box.contains("<input type=\"hidden\" name=\"set\" value=\"signs\">"));
            assertTrue(box.contains("Exercise set: Signs first: residuals and new values"));
            assertTrue(box.contains("Accepted within ±0.001 or 2 % of the exact value, and only when nearer to it than to"), "the set's tolerance");
        }

        @Test
        void the_same_seed_asks_the_same_question_and_without_a_seed_the_steps_take_turns() {
            assertEquals(box(body(LAST_BIAS + "?steps=5&seed=7")), box(body(LAST_BIAS + "?steps=5&seed=7")));
            assertTrue(box(body(LAST_BIAS + "?steps=1")).contains("What is the slope dSSR/db3"));
            assertTrue(box(body(LAST_BIAS + "?steps=2")).contains("What is the step size of this step"));
            assertTrue(box(body(LAST_BIAS + "?steps=3")).contains("What is b3 after this step?"));
        }

        @Test
        void bad_exercise_parameters_get_a_400_that_names_them() {
            String[][] cases = {
                    {"seed=abc", "Seed must be a whole number"},
                    {"set=nothing", "There is no exercise set “nothing”. The sets for this lesson are signs, slow-start."},
                    {"set=deep-deltas", "The exercise set “deep-deltas” is for the dynamic-programming lesson."},
                    {"hint=yes", "Hint must be 1 (on) or 0 (off)"},
            };
            for (String[] c : cases) {
                HttpResponse<String> r = get(LAST_BIAS + "?" + c[0]);
                assertEquals(400, r.statusCode(), c[0]);
                assertTrue(r.body().contains(c[1]), c[0] + " → " + r.body());
            }
        }

        @Test
        void a_set_chooses_the_questions_and_where_the_lesson_starts() {
            String body = body(LAST_BIAS + "?set=slow-start");
            assertTrue(body.contains("Step 0: b<sub>3</sub> = 1</h3>"), "the set's starting b3");
            assertTrue(body.contains("id=\"learning-rate\" name=\"lr\" type=\"number\" step=\"any\" min=\"0\" max=\"100\" required value=\"0.05\""));
            assertTrue(box(body).contains("What is the slope dSSR/db3 at b3 = 1?"), box(body));
            String explicit = body(LAST_BIAS + "?set=slow-start&b3=0&lr=0.1&steps=0");
            assertTrue(explicit.contains("Step 0: b<sub>3</sub> = 0</h3>"), "the URL wins over the preset");
        }
    }

    @Nested
    class DynamicProgramming {
        /** δ of the output for sample 2 of the dosage network: −2 · (1 − ŷ) · 1. */
        static double outputDelta() {
            DpExample dosage = DpExample.byId("1-2-1");
            double yHat = ForwardPass.run(dosage.network(), dosage.data()).predictions()[1][0];
            return -2 * (1 - yHat);
        }

        @Test
        void the_next_delta_is_asked_before_the_layer_is_filled() {
            String box = box(body(DP));
            assertTrue(box.contains("What is δ of out for sample 2?"), box);
            String wrong = box(body(DP + "?shape=1-2-1&filled=0&param=w1&sample=2" + answer(Num.of(-outputDelta()).display())));
            assertTrue(wrong.contains("<strong>Wrong sign of the residual.</strong>"), wrong);
            String right = box(body(DP + "?shape=1-2-1&filled=0&param=w1&sample=2" + answer(Num.of(outputDelta()).display())));
            assertTrue(right.contains("<strong>Correct.</strong>"), right);
            assertTrue(right.contains("href=\"/tutorials/dynamic-programming?shape=1-2-1&amp;filled=1&amp;param=w1&amp;sample=2\""), right);
            assertTrue(right.contains(">Fill the next layer</a>"));
        }

        @Test
        void a_full_table_asks_nothing_and_a_fragment_carries_the_box() {
            assertFalse(body(DP + "?filled=2").contains("id=\"your-turn\""));
            HttpResponse<String> r = get(DP + "?filled=1&seed=3", "HX-Request", "true");
            assertTrue(r.body().strip().startsWith("<div id=\"lesson-state\""));
            assertTrue(box(r.body()).contains("What is δ of h1,"));
            assertTrue(r.body().contains("id=\"fill-next\" class=\"button primary\" href=\"/tutorials/dynamic-programming?shape=1-2-1&amp;filled=2&amp;param=w1&amp;sample=2&amp;seed=3\""));
        }

        @Test
        void a_set_presets_the_network_shape() {
            String body = body(DP + "?set=deep-deltas");
            assertTrue(body.contains("<option value=\"1-4-4-4-1\" selected>"), "the set's shape");
            assertTrue(box(body).contains("Exercise set: δ values in the deep network"));
        }
    }
}
