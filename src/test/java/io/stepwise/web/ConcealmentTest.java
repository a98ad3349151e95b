package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.exercise.Exercise;
import io.stepwise.exercise.ExerciseSet;
import io.stepwise.lessons.allparameters.AllParametersLesson;
import io.stepwise.lessons.allparameters.AllParametersState;
import io.stepwise.lessons.dp.DpExample;
import io.stepwise.lessons.dp.DpState;
import io.stepwise.lessons.dp.DynamicProgrammingLesson;
import io.stepwise.lessons.lastbias.LastBiasLesson;
import io.stepwise.lessons.lastbias.LastBiasState;
import io.stepwise.tutorial.Num;
import io.stepwise.lessons.allparameters.AllParametersPage;
import io.stepwise.lessons.dp.DpPage;
import io.stepwise.lessons.lastbias.LastBiasPage;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.ForwardPass;
import io.stepwise.engine.Network;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Nothing on the page gives an open question's answer away: for every question at every state
 * visited, the page and its htmx fragment are searched for the answer, as displayed and in full,
 * in the text, the formulas' MathML, hover titles and data attributes. Once the worked answer is
 * shown, nothing is concealed any more.
 */
class ConcealmentTest extends ExerciseServerTest {
    /** A number standing alone: not the 3 of "b3" or "h1,1", nor part of a longer number. */
    static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])[\u2212-]?\\d*\\.?\\d+(?:[eE][+-]?\\d+)?(?![\\w.])");
    /** A chart's geometry: pixel positions, not numbers the student reads. */
    static final Pattern GEOMETRY = Pattern.compile("\\s(?:x|y|x1|x2|y1|y2|cx|cy|r|d|points|width|height|viewBox|transform|stroke-width|stroke-dasharray)=\"[^\"]*\"");
    static final Long[] SEEDS = {null, 7L, 42L};

    /** Every number of a response: its text, its attribute values, its links. */
    static List<String> numbers(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(GEOMETRY.matcher(html).replaceAll(" "));
        while (m.find()) out.add(m.group().replace('\u2212', '-'));
        return out;
    }

    /** A number shown with its full value on hover: a table cell or a formula's number. */
    static final Pattern WITH_FULL = Pattern.compile("<(data|mn) (?:value|data-full)=\"([^\"]*)\">[^<]*</\\1>");

    static final Pattern RULES = Pattern.compile("<p id=\"your-turn-rules\".*?</p>", Pattern.DOTALL);

    static boolean same(double a, double b) { return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)); }

    /**
     * The page without the numbers whose full value shows them to be another number that only
     * rounds like the answer (near convergence the old value displays as the new one).
     */
    static String withoutOtherNumbers(String body, double answer) {
        return WITH_FULL.matcher(body).replaceAll(m -> same(Double.parseDouble(m.group(2)), answer) ? Matcher.quoteReplacement(m.group()) : "");
    }

    static String seeded(String url, Long seed) { return seed == null ? url : url + "&seed=" + seed; }

    void assertConcealed(String url, Exercise e) { assertConcealed(url, e, Set.of()); }

    /**
     * @param coincidences numbers the page shows in plain text for another reason (a weight, an
     *                     activation's slope): when the answer rounds like one of them, only its full
     *                     value is looked for
     */
    void assertConcealed(String url, Exercise e, Set<String> coincidences) {
        double answer = e.expected();
        String shown = Num.of(answer).display().replace('\u2212', '-');
        // A one-digit whole number is everywhere on a page (a count, a label), and is not looked for as shown.
        // The question's own numbers are on the page: when the answer rounds like one of them (near
        // convergence the new b3 like the old), only its full value can give it away.
        Set<String> given = new HashSet<>(coincidences);
        for (String line : e.given()) given.addAll(numbers(line));
        boolean lookForShown = shown.replace("-", "").length() > 1 && !given.contains(shown);
        for (boolean htmx : new boolean[] {false, true}) {
            String body = htmx ? get(url, "HX-Request", "true").body() : body(url);
            String where = url + (htmx ? " (htmx)" : "") + " asks “" + e.question() + "” (" + answer + ")";
            assertTrue(box(body).contains(e.question()), where);
            // The box's rules show how to type a number, the same example on every page.
            body = RULES.matcher(body).replaceAll("");
            for (String n : numbers(body)) {
                boolean full = n.replaceAll("[^0-9]", "").length() > 6 && same(Double.parseDouble(n), answer);
                String page = body;
                assertFalse(full, () -> where + " and shows it in full: " + context(page, n));
            }
            if (lookForShown) {
                String rest = withoutOtherNumbers(body, answer);
                assertFalse(numbers(rest).contains(shown), () -> where + " and shows it: " + context(rest, shown));
            }
        }
        String worked = body(url + "&hint=1&reveal=1");
        assertFalse(worked.contains("class=\"concealed\""), url + ": nothing is hidden once the answer is worked out");
    }

    /** Where the answer stands on the page, for the failure message. */
    static String context(String body, String a) {
        String plain = GEOMETRY.matcher(body).replaceAll(" ");
        Matcher m = NUMBER.matcher(plain);
        while (m.find()) {
            if (m.group().replace('\u2212', '-').equals(a)) return plain.substring(Math.max(0, m.start() - 300), Math.min(plain.length(), m.end() + 60));
        }
        return "";
    }

    @Test
    void last_bias_hides_every_answer_from_the_start_to_convergence() {
        int end = LastBiasLesson.view(new LastBiasState(0, 0.1, 0.001, LastBiasState.MAX_STEPS)).convergedAt();
        assertTrue(end > 0);
        ExerciseSet set = ExerciseSet.builtIn(LastBiasPage.EXERCISES);
        for (int k = 0; k <= end; k++) {
            var view = LastBiasLesson.view(new LastBiasState(0, 0.1, 0.001, k));
            for (Long seed : SEEDS) {
                assertConcealed(seeded("/tutorials/last-bias?steps=" + k, seed), LastBiasPage.EXERCISES.ask(view, set, seed));
            }
        }
    }

    @Test
    void all_parameters_hides_every_answer_over_three_rounds_of_questions() {
        ExerciseSet set = ExerciseSet.builtIn(AllParametersPage.EXERCISES);
        for (int k = 0; k < 12; k++) {
            var view = AllParametersLesson.view(new AllParametersState(0.1, 0.001, k));
            for (Long seed : SEEDS) {
                assertConcealed(seeded("/tutorials/all-parameters?steps=" + k, seed), AllParametersPage.EXERCISES.ask(view, set, seed));
            }
        }
    }

    @Test
    void dynamic_programming_hides_every_delta_asked_at_every_fill_state_and_sample() {
        ExerciseSet set = ExerciseSet.builtIn(DpPage.EXERCISES);
        int asked = 0;
        for (DpExample example : DpExample.ALL) {
            int last = example.network().architecture().layerCount() - 1;
            for (int filled = 0; filled < last; filled++) {
                for (int sample = 0; sample < example.data().size(); sample++) {
                    var view = DynamicProgrammingLesson.view(new DpState(example.id(), filled, "w1", sample));
                    for (Long seed : new Long[] {null, 7L}) {
                        String url = seeded("/tutorials/dynamic-programming?shape=" + example.id() + "&filled=" + filled + "&param=w1&sample=" + (sample + 1), seed);
                        assertConcealed(url, DpPage.EXERCISES.ask(view, set, seed), plainNumbers(example, sample));
                        asked++;
                    }
                }
            }
        }
        assertTrue(asked > 20, asked + " questions");
    }

    /** What the path table writes in plain text for this sample: the inputs, weights and activations' slopes. */
    static Set<String> plainNumbers(DpExample example, int sample) {
        Set<String> out = new HashSet<>();
        Network network = example.network();
        Architecture arch = network.architecture();
        ForwardPass fp = ForwardPass.run(network, example.data());
        for (int l = 1; l < arch.layerCount(); l++) {
            for (int j = 0; j < arch.size(l); j++) {
                out.add(Num.of(arch.activation(l).derivative(fp.preActivations()[l][sample][j])).display());
                for (int i = 0; i < arch.size(l - 1); i++) out.add(Num.of(network.weight(l, j, i)).display());
            }
        }
        for (int i = 0; i < arch.size(0); i++) out.add(Num.of(example.data().input(sample, i)).display());
        return out.stream().map(t -> t.replace('\u2212', '-')).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void the_search_finds_an_answer_that_is_shown() {
        var view = LastBiasLesson.view(new LastBiasState(0, 0.1, 0.001, 1));
        Exercise slope = LastBiasPage.EXERCISES.ask(view, ExerciseSet.builtIn(LastBiasPage.EXERCISES), null);
        String worked = body("/tutorials/last-bias?steps=1&hint=1&reveal=1");
        List<String> numbers = numbers(worked);
        assertTrue(numbers.contains(Num.of(slope.expected()).display().replace('\u2212', '-')), "the slope as shown, once worked out");
        assertTrue(numbers.stream().anyMatch(n -> n.length() > 8 && same(Double.parseDouble(n), slope.expected())), "and in full");
        assertEquals("<td></td> <mn data-full=\"2.6075\">2.61</mn>", withoutOtherNumbers("<td><data value=\"2.6049\">2.60</data></td> <mn data-full=\"2.6075\">2.61</mn>", 2.6075));
        assertEquals(List.of("2.60", "-1.5", "0.001"), numbers("<p>b3 = 2.60, h1,1 x=\"4\" <mn data-full=\"-1.5\">w3</mn> 0.001</p>"));
    }
}
