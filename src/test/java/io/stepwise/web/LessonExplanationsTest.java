package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The lessons say what is happening where it happens, and only there. */
class LessonExplanationsTest extends ServerTest {
    private static final String ALL = "/tutorials/all-parameters";
    private static final String LAST = "/tutorials/last-bias";
    private static final String DP = "/tutorials/dynamic-programming";

    private String page(String url) { return server.get(url).body(); }

    @Nested
    class Overshoot {
        @Test
        void all_parameters_says_ssr_rose_at_the_steps_where_it_rose_and_suggests_a_rate_that_ran() {
            // Default lr 0.1: SSR 1.90 → 4.21 → 7.41 → 6.56.
            String one = page(ALL + "?steps=1");
            assertTrue(one.contains("SSR rose at step 1.</strong> SSR went up from 1.90 at step 0 to 4.21 at step 1. This is overshoot"), one);
            assertTrue(one.contains("Half this learning rate, 0.05, was tried and works: SSR falls at every step and every |step size| is"
                    + " below the tolerance at step 1158."));
            assertTrue(page(ALL + "?steps=2").contains("SSR went up from 4.21 at step 1 to 7.41 at step 2."));
            assertFalse(page(ALL + "?steps=3").contains("loss-trend"), "SSR fell at step 3");
            assertFalse(page(ALL + "?steps=0").contains("loss-trend"));
            assertFalse(page(ALL + "?lr=0.05&steps=1").contains("loss-trend"), "the suggested rate never rises");
        }

        @Test
        void last_bias_names_an_oscillation_and_a_rate_that_settles() {
            String body = page(LAST + "?lr=0.3333333333333333&steps=1");
            assertTrue(body.contains("SSR is not falling.</strong> SSR is 20.4 at step 1, as at step 0. This is oscillation"), body);
            assertTrue(body.contains("b3 swings between 0 and 5.22"));
            assertTrue(body.contains("Half this learning rate, 0.167, was tried and works"));
            assertFalse(page(LAST + "?steps=1").contains("loss-trend"), "the default run falls at every step");
            assertFalse(page(LAST + "?lr=0.16666666666666666&steps=3").contains("loss-trend"), "settled at the bottom is not a swing");
        }

        @Test
        void a_divergence_suggests_only_a_rate_that_was_run() {
            String body = page("/playground?layers=2-3-1&act=tanh&out=identity&loss=ssr&seed=7&train=all"
                    + "&data=0,0,0;0,1,1;1,0,1;1,1,0&lr=5&tol=0.001&max=1000&steps=10");
            assertTrue(body.contains("The loss exploded at step 2."));
            assertTrue(body.contains("This learning rate halved 7 times, 0.0390625, was tried and works: SSR falls at every step"), body);
            assertFalse(body.contains("such as 0.5"));
        }
    }

    @Test
    void the_done_note_says_the_tolerance_decides_where_the_run_stops() {
        String body = page(LAST + "?steps=9");
        assertTrue(body.contains("so the run stops at b<sub>3</sub> ≈ 2.61. The tolerance, not the learning rate, decides where"));
        assertFalse(body.contains("as good as this learning rate will get it"));
        assertFalse(page(LAST + "?steps=8").contains("decides where"), "not before it is done");
    }

    @Test
    void every_lesson_has_one_symbols_box_and_its_neighbours_linked_in_order() {
        String[] paths = {LAST, ALL, DP};
        String[] titles = {"Fit the last bias", "Train all seven parameters", "Backpropagation is dynamic programming"};
        for (int i = 0; i < paths.length; i++) {
            String body = page(paths[i]);
            assertEquals(1, count(body, "<details class=\"symbols\">"), paths[i]);
            assertTrue(body.contains("Many texts say “step size” for the learning rate itself"), paths[i]);
            assertEquals(i > 0, body.contains("<link rel=\"prev\" href=\"" + (i > 0 ? paths[i - 1] : "") + "\">"), paths[i]);
            assertEquals(i < 2, body.contains("<link rel=\"next\" href=\"" + (i < 2 ? paths[i + 1] : "") + "\">"), paths[i]);
            if (i > 0) assertTrue(body.contains("← Previous lesson: " + titles[i - 1]), paths[i]);
            if (i < 2) assertTrue(body.contains("Next lesson: " + titles[i + 1] + " →"), paths[i]);
            assertEquals(i > 0 ? 2 : 0, count(body, "rel=\"prev\" href=\"/tutorials/"), "in the head and at the foot, none on the first: " + paths[i]);
            assertFalse(server.get(paths[i], "HX-Request", "true").body().contains("<details class=\"symbols\">"), "once per page");
        }
        assertFalse(page("/playground").contains("lesson-nav"));
    }

    @Test
    void lesson_one_calls_out_the_sign_of_the_update() {
        String body = page(LAST);
        assertTrue(body.contains("Watch the sign.</strong> New b<sub>3</sub> = old b<sub>3</sub> − step size."));
        assertTrue(body.contains("since old − (−0.4) = old + 0.4. Adding would move it down by 0.4, uphill."));
        assertFalse(page(ALL).contains("Watch the sign."));
    }

    @Test
    void lesson_two_names_the_shared_product_delta_and_lesson_three_meets_lesson_one() {
        String two = page(ALL);
        assertTrue(two.contains("That\n    shared product is ∂SSR/∂z<sub>1</sub>") || two.contains("shared product is ∂SSR/∂z<sub>1</sub>"));
        assertTrue(two.contains("href=\"/tutorials/dynamic-programming\">Backpropagation is dynamic programming</a> computes each neuron’s δ once"));
        String full = page(DP + "?shape=1-2-1&filled=2");
        assertTrue(full.contains("value=\"-15.655108380577747\">−15.7</data> is the first slope of"), "Σ δ of out = lesson 1's first slope");
        assertFalse(page(DP + "?shape=1-2-1&filled=1").contains("is the first slope of"), "only once the table is full");
        assertFalse(page(DP + "?shape=2-3-3-1&filled=3").contains("is the first slope of"), "only for the dosage network");
    }

    @Test
    void the_work_table_counts_finite_differences_and_forward_mode_and_says_why_reverse() {
        String body = page(DP + "?shape=2-3-3-1");
        assertTrue(body.contains("<th scope=\"col\">Forward mode<br><span class=\"sub\">1 pass per parameter</span></th>"));
        // 2-3-3-1: 25 parameters × 19 = 475 (central 950); forward mode 164; backprop 37 (WorkCountTest).
        assertTrue(body.contains("<td class=\"num\">475–950</td><td class=\"num\">164</td>\n<td class=\"num\">37</td>"), body);
        for (String why : new String[] {"One loss, many parameters.", "a δ is reused", "A weight’s ∂SSR/∂w is not stored",
                "The forward pass comes first and keeps its values.", "Why the table stops at the first hidden layer."}) {
            assertTrue(body.contains(why), why);
        }
    }

    @Test
    void dp_opens_on_a_sample_with_no_zero_input_and_old_links_keep_their_sample() {
        String opened = page(DP + "?shape=2-3-3-1");
        assertTrue(opened.contains("<option value=\"4\" selected>"), "sample 4 = (1, 1)");
        assertFalse(opened.contains("Path products for w1, sample 4</caption>") && opened.contains(">0</data></td></tr>"));
        String old = page(DP + "?shape=2-3-3-1&filled=0&param=w1&sample=2");
        assertTrue(old.contains("<option value=\"2\" selected>"), "a permalink's sample is kept");
        assertTrue(page(DP).contains("<option value=\"2\" selected>"), "the dosage network still opens on dosage 0.5");
        assertTrue(page(DP + "?shape=1-2-1&filled=0").contains("href=\"/tutorials/dynamic-programming?shape=1-2-1&amp;filled=1&amp;param=w1&amp;sample=2\""));
    }

    @Test
    void all_three_agree_only_once_the_table_is_full_and_headings_match_the_notes() {
        assertFalse(page(DP + "?shape=2-3-3-1&filled=2").contains("All three agree"));
        assertTrue(page(DP + "?shape=2-3-3-1&filled=3").contains("All three agree"));
        String two = page(DP + "?shape=2-3-3-1&filled=2");
        assertTrue(two.contains("Hidden layer 2 reuses the δ of the output layer (highlighted)"), two);
        assertTrue(page(DP + "?shape=2-3-3-1&filled=3").contains("Hidden layer 1 reuses the δ of hidden layer 2 (highlighted)"));
        assertTrue(page(DP + "?shape=1-4-4-4-1&param=w23").contains("w23 connects h2,3 to h3,1 (in the formulas above it is w with subscripts kj:"
                + " k = h3,1, the neuron it feeds, and j = h2,3, the one it comes from)"));
    }

    @Test
    void the_loss_curve_says_under_it_why_its_marker_is_not_the_next_ssr() {
        String body = page(ALL + "?steps=3");
        assertTrue(body.contains("<p class=\"chart-note marker-note\">The marker “after this step” is SSR with only w3 moved and the other six"
                + " held: 1.57. The step moves all seven at once, so SSR after it is really 1.15"), body);
        assertFalse(page(LAST + "?steps=3").contains("marker-note"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
