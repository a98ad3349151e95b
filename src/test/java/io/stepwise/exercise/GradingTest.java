package io.stepwise.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Parameter;
import io.stepwise.engine.Step;
import io.stepwise.lessons.allparameters.AllParametersLesson;
import io.stepwise.lessons.allparameters.AllParametersState;
import io.stepwise.lessons.allparameters.AllParametersView;
import io.stepwise.tutorial.DosageExample;
import io.stepwise.lessons.dp.DpExample;
import io.stepwise.lessons.dp.DpState;
import io.stepwise.lessons.dp.DynamicProgrammingLesson;
import io.stepwise.lessons.lastbias.LastBiasLesson;
import io.stepwise.lessons.lastbias.LastBiasState;
import io.stepwise.lessons.lastbias.LastBiasView;
import io.stepwise.tutorial.Num;
import io.stepwise.lessons.allparameters.AllParametersPage;
import io.stepwise.lessons.dp.DpPage;
import io.stepwise.lessons.lastbias.LastBiasPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import io.stepwise.lessons.dp.DpQuestions;
import io.stepwise.lessons.allparameters.AllParametersQuestions;
import io.stepwise.lessons.lastbias.LastBiasQuestions;

/**
 * Grading by the nearest candidate, over each lesson's reference run: no mistake's value is ever
 * accepted, typed in full or rounded as a student would, and the right value rounded to enough
 * digits always is. Each question kind also looks for its whole list of mistakes.
 */
class GradingTest {
    /** Seeds that vary the sample, neuron and parameter asked; null asks them in the lesson's order. */
    static final Long[] SEEDS = {null, 1L, 2L, 3L, 4L};
    /** Fewer for the long all-parameters run: each step already asks about several parameters in turn. */
    static final Long[] FEWER_SEEDS = {null, 1L, 2L};
    static final int MOST_DECIMALS = 12;

    /** The mistakes each question kind must look for (besides any others it has). */
    static final Map<Quantity, Set<Mistake>> REQUIRED = Map.of(
            Quantity.RESIDUAL, EnumSet.of(Mistake.WRONG_SIGN_RESIDUAL, Mistake.WRONG_SAMPLES),
            Quantity.SLOPE, EnumSet.of(Mistake.WRONG_SIGN_RESIDUAL, Mistake.MISSING_FACTOR_TWO, Mistake.WRONG_SAMPLES),
            Quantity.GRADIENT, EnumSet.of(Mistake.WRONG_SIGN_RESIDUAL, Mistake.MISSING_FACTOR_TWO, Mistake.WRONG_SAMPLES),
            Quantity.STEP_SIZE, EnumSet.of(Mistake.WRONG_SIGN, Mistake.MISSING_LEARNING_RATE, Mistake.MISSING_FACTOR_TWO),
            Quantity.NEW_VALUE, EnumSet.of(Mistake.ADDED_STEP, Mistake.UNCHANGED, Mistake.MISSING_LEARNING_RATE, Mistake.MISSING_FACTOR_TWO),
            Quantity.CHAIN_FACTOR, EnumSet.of(Mistake.WRONG_SAMPLES),
            Quantity.DELTA, EnumSet.of(Mistake.ACTIVATION_NOT_DERIVATIVE));

    static ExerciseSet only(ExerciseLesson<?> lesson, Quantity q) {
        return new ExerciseSet("t", "Test", lesson, List.of(q), Tolerance.DEFAULT, Map.of(), "test");
    }

    /** How a student might type a value: in full, as the page shows it, and rounded to 1 to 5 decimals. */
    static List<String> typings(double v) {
        List<String> out = new ArrayList<>(List.of(Double.toString(v), Num.of(v).display()));
        for (int d = 1; d <= 5; d++) out.add(Exercise.rounded(v, d).toPlainString().replace('-', '\u2212'));
        return out;
    }

    /** Every mistake is told apart from the right value, and the right value, rounded finely enough, is accepted. */
    static void assertGradedApart(Exercise e, String where) {
        String at = where + ", " + e.subject() + " = " + e.expected();
        Set<Mistake> found = EnumSet.noneOf(Mistake.class);
        for (Trap t : e.traps()) found.add(t.mistake());
        Set<Mistake> required = EnumSet.copyOf(REQUIRED.get(e.quantity()));
        if (e.quantity() == Quantity.CHAIN_FACTOR) {
            required.add(e.factor().startsWith("dSSR") ? Mistake.WRONG_SIGN_RESIDUAL : Mistake.ACTIVATION_NOT_DERIVATIVE);
        }
        assertTrue(found.containsAll(required), at + ": looks for " + found + ", not all of " + required);
        List<Trap> mistakes = e.mistakes();
        for (Trap t : e.traps()) {
            if (!mistakes.contains(t)) {
                assertEquals(e.expected(), t.value(), Exercise.SAME * Math.max(1, Math.abs(e.expected())), at + ": only a value equal to the right one is left out");
                continue;
            }
            Feedback full = e.check(Double.toString(t.value()));
            // In full it is named, unless its digits are few ("0.0") and the right value rounds to it too.
            assertTrue(full.verdict() == Feedback.Verdict.MISTAKE || full.verdict() == Feedback.Verdict.AMBIGUOUS,
                    at + ": " + t.mistake() + " typed in full, " + full.message());
            for (String typed : typings(t.value())) {
                Feedback f = e.check(typed);
                assertNotEquals(Feedback.Verdict.CORRECT, f.verdict(), at + ": " + t.mistake() + " (" + t.value() + ") typed as " + typed);
            }
        }
        assertEquals(Feedback.Verdict.CORRECT, e.check(Double.toString(e.expected())).verdict(), at + ": in full");
        Feedback shown = e.check(Num.of(e.expected()).display());
        assertTrue(shown.verdict() == Feedback.Verdict.CORRECT || shown.verdict() == Feedback.Verdict.AMBIGUOUS,
                at + ": as the page shows it, " + shown.title() + ": " + shown.message());
        // Rounded, it is accepted, or (when a mistake rounds to the same number) more digits are asked for; never a mistake.
        for (int d = 0; d <= 6; d++) {
            String typed = Exercise.rounded(e.expected(), d).toPlainString();
            if (!e.tolerance().accepts(Double.parseDouble(typed), e.expected())) continue;
            Feedback f = e.check(typed);
            assertTrue(f.verdict() == Feedback.Verdict.CORRECT || f.verdict() == Feedback.Verdict.AMBIGUOUS, at + ": typed as " + typed + ", " + f.title());
        }
        assertEquals(Feedback.Verdict.CORRECT, e.check(Exercise.rounded(e.expected(), MOST_DECIMALS).toPlainString()).verdict(),
                at + ": rounded to " + MOST_DECIMALS + " decimals");
    }

    static void forEachLastBias(Consumer<Exercise> check) {
        LastBiasView view = LastBiasLesson.view(new LastBiasState(0, 0.1, 0.001, LastBiasState.MAX_STEPS));
        int end = view.convergedAt() >= 0 ? view.convergedAt() : view.steps().size() - 1;
        Parameter b3 = Parameter.parse(DosageExample.ARCHITECTURE, "b3");
        for (Step step : view.steps().subList(0, end + 1)) {
            for (Quantity q : LastBiasPage.EXERCISES.quantities()) {
                for (Long seed : SEEDS) check.accept(LastBiasQuestions.of(step, DosageExample.DATA, b3, 0.1, only(LastBiasPage.EXERCISES, q), seed));
            }
        }
    }

    @Test
    void the_last_bias_run_to_convergence_never_accepts_a_mistake() {
        int[] count = {0};
        forEachLastBias(e -> {
            assertGradedApart(e, "last-bias");
            count[0]++;
        });
        assertTrue(count[0] > 100, "the run has " + count[0] + " questions");
    }

    @Test
    void the_all_parameters_run_never_accepts_a_mistake() {
        AllParametersView view = AllParametersLesson.view(new AllParametersState(0.1, 0.001, AllParametersState.MAX_STEPS));
        int end = view.convergedAt() >= 0 ? view.convergedAt() : view.steps().size() - 1;
        List<Step> steps = view.steps().subList(0, end + 1);
        for (int k = 0; k < steps.size(); k += k < 24 ? 1 : 37) {
            Step step = steps.get(k);
            var rules = AllParametersLesson.chainRules(step.network());
            for (Quantity q : AllParametersPage.EXERCISES.quantities()) {
                for (Long seed : FEWER_SEEDS) {
                    assertGradedApart(AllParametersQuestions.of(step, DosageExample.DATA, rules, 0.1, only(AllParametersPage.EXERCISES, q), seed),
                            "all-parameters step " + k);
                }
            }
        }
    }

    @Test
    void every_delta_of_every_fill_state_and_sample_is_graded_apart() {
        int count = 0;
        for (DpExample example : DpExample.ALL) {
            int last = example.network().architecture().layerCount() - 1;
            for (int filled = 0; filled < last; filled++) {
                for (int sample = 0; sample < example.data().size(); sample++) {
                    var view = DynamicProgrammingLesson.view(new DpState(example.id(), filled, "w1", sample));
                    for (Long seed : SEEDS) {
                        assertGradedApart(DpQuestions.ask(view, ExerciseSet.builtIn(DpPage.EXERCISES), seed),
                                example.id() + " filled " + filled + " sample " + (sample + 1));
                        count++;
                    }
                }
            }
        }
        assertTrue(count > 20, count + " questions");
    }

    @Test
    void near_convergence_adding_the_step_or_not_moving_is_named_not_accepted() {
        List<Exercise> late = new ArrayList<>();
        forEachLastBias(e -> {
            if (e.quantity() == Quantity.NEW_VALUE && e.tolerance().accepts(e.expected() + 2 * (e.expected() - e.traps().get(0).value()), e.expected())) late.add(e);
        });
        assertTrue(!late.isEmpty(), "some steps are smaller than the tolerance");
        for (Exercise e : late) {
            Trap added = e.traps().stream().filter(t -> t.mistake() == Mistake.ADDED_STEP).findFirst().orElseThrow();
            Trap stayed = e.traps().stream().filter(t -> t.mistake() == Mistake.UNCHANGED).findFirst().orElseThrow();
            for (Trap t : List.of(added, stayed)) {
                Feedback f = e.check(Exercise.rounded(t.value(), 4).toPlainString());
                assertTrue(Set.of(Feedback.Verdict.MISTAKE, Feedback.Verdict.AMBIGUOUS).contains(f.verdict()), f.title());
            }
        }
    }

    @Test
    void an_answer_too_rounded_to_tell_gets_asked_for_more_digits() {
        Exercise e = new Exercise(Quantity.NEW_VALUE, "the new b3", "What is b3 after this step?", List.of(), 2.6075, Tolerance.DEFAULT,
                "hint", "worked", List.of(Mistakes.unchanged("b3", 2.6049, -0.0026), Mistakes.addedStep("b3", 2.6049, -0.0026)));
        Feedback f = e.check("2.6");
        assertEquals(Feedback.Verdict.AMBIGUOUS, f.verdict());
        assertEquals("More digits, please", f.title());
        assertTrue(f.message().contains("Type at least 2 decimals"), f.message());
        assertEquals(Feedback.Verdict.CORRECT, e.check("2.61").verdict());
        assertEquals(Feedback.Verdict.CORRECT, e.check("2.6075").verdict());
        Feedback stayed = e.check("2.6049");
        assertEquals(Mistake.UNCHANGED, stayed.mistake());
        Feedback added = e.check("2.6023");
        assertEquals(Mistake.ADDED_STEP, added.mistake());
        assertTrue(added.message().startsWith("You added the step size"), added.message());
        assertEquals(Feedback.Verdict.CORRECT, e.check("2.607").verdict(), "nearer the right value at 3 decimals");
        assertTrue(Arrays.asList(Feedback.Verdict.values()).contains(Feedback.Verdict.AMBIGUOUS));
    }
}
