package io.stepwise.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Backprop;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.Step;
import io.stepwise.engine.Trace;
import io.stepwise.lessons.allparameters.AllParametersLesson;
import io.stepwise.lessons.allparameters.AllParametersState;
import io.stepwise.tutorial.DosageExample;
import io.stepwise.lessons.dp.DpExample;
import io.stepwise.lessons.dp.DpState;
import io.stepwise.lessons.dp.DynamicProgrammingLesson;
import io.stepwise.lessons.lastbias.LastBiasLesson;
import io.stepwise.lessons.lastbias.LastBiasState;
import io.stepwise.lessons.allparameters.AllParametersPage;
import io.stepwise.lessons.dp.DpPage;
import io.stepwise.lessons.lastbias.LastBiasPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import io.stepwise.lessons.dp.DpQuestions;
import io.stepwise.lessons.allparameters.AllParametersQuestions;
import io.stepwise.lessons.lastbias.LastBiasQuestions;

class ExerciseGeneratorTest {
    /** The last-bias question on the lesson's page at step {@code k}. */
    static Exercise lastBias(LastBiasState state, int k, ExerciseSet set, Long seed) {
        return LastBiasQuestions.ask(LastBiasLesson.view(state.withSteps(k)), set, seed);
    }

    /** The all-parameters question on the lesson's page at step {@code k}. */
    static Exercise allParameters(AllParametersState state, int k, ExerciseSet set, Long seed) {
        return AllParametersQuestions.ask(AllParametersLesson.view(state.withSteps(k)), set, seed);
    }

    static final ExerciseSet LAST_BIAS = ExerciseSet.builtIn(LastBiasPage.EXERCISES);
    static final Parameter B3 = Parameter.parse(DosageExample.ARCHITECTURE, "b3");

    static List<Quantity> quantities(ExerciseSet set, Long seed, int steps) {
        List<Quantity> out = new ArrayList<>();
        for (int k = 0; k < steps; k++) out.add(lastBias(LastBiasState.DEFAULT, k, set, seed).quantity());
        return out;
    }

    @Nested
    class LastBias {
        @Test
        void without_a_seed_the_quantities_follow_the_steps_in_turn() {
            assertEquals(List.of(Quantity.RESIDUAL, Quantity.SLOPE, Quantity.STEP_SIZE, Quantity.NEW_VALUE, Quantity.RESIDUAL),
                    quantities(LAST_BIAS, null, 5));
            assertTrue(lastBias(LastBiasState.DEFAULT, 0, LAST_BIAS, null).question().contains("sample 1"));
            assertTrue(lastBias(LastBiasState.DEFAULT, 4, LAST_BIAS, null).question().contains("sample 2"),
                    "the next residual is about the next sample");
        }

        @Test
        void the_same_seed_and_step_give_the_same_exercise() {
            for (int k = 0; k < 12; k++) {
                assertEquals(lastBias(LastBiasState.DEFAULT, k, LAST_BIAS, 2024L),
                        lastBias(LastBiasState.DEFAULT, k, LAST_BIAS, 2024L), "step " + k);
            }
        }

        @Test
        void a_seed_fixes_the_order_for_a_whole_class_and_other_seeds_give_other_orders() {
            // java.util.Random's algorithm is part of its specification, so this order holds on every server.
            List<Quantity> seed42 = quantities(LAST_BIAS, 42L, 8);
            assertEquals(seed42, quantities(LAST_BIAS, 42L, 8));
            assertNotEquals(quantities(LAST_BIAS, null, 8), seed42);
            Set<List<Quantity>> orders = new HashSet<>();
            for (long seed = 1; seed <= 5; seed++) orders.add(quantities(LAST_BIAS, seed, 8));
            assertTrue(orders.size() > 1, "different seeds, different orders");
            Set<Quantity> asked = new HashSet<>();
            for (long seed = 1; seed <= 5; seed++) asked.addAll(quantities(LAST_BIAS, seed, 8));
            assertEquals(Set.copyOf(LastBiasPage.EXERCISES.quantities()), asked, "every quantity comes up");
        }

        @Test
        void a_set_asks_only_its_quantities() {
            ExerciseSet signs = new ExerciseSet("signs", "Signs", LastBiasPage.EXERCISES, List.of(Quantity.RESIDUAL, Quantity.NEW_VALUE),
                    new Tolerance(0.001, 0.02), Map.of(), "test");
            assertEquals(List.of(Quantity.RESIDUAL, Quantity.NEW_VALUE, Quantity.RESIDUAL, Quantity.NEW_VALUE), quantities(signs, null, 4));
            assertTrue(Set.of(Quantity.RESIDUAL, Quantity.NEW_VALUE).containsAll(quantities(signs, 7L, 20)));
            assertEquals(new Tolerance(0.001, 0.02), lastBias(LastBiasState.DEFAULT, 0, signs, null).tolerance());
        }

        @Test
        void every_expected_value_is_the_engines_at_the_step_the_page_shows() {
            LastBiasState state = new LastBiasState(1, 0.05, 0.001, 0);
            Trace trace = Descent.run(DosageExample.lastBiasStart(1), DosageExample.DATA, Descent.Settings.plain(Loss.SSR, 0.05,
                    new int[] {B3.flatIndex(DosageExample.ARCHITECTURE)}, 6, null), 7);
            for (int k = 0; k <= 6; k++) {
                Step step = trace.first().get(k);
                for (Quantity q : LastBiasPage.EXERCISES.quantities()) {
                    ExerciseSet set = new ExerciseSet("q", "Q", LastBiasPage.EXERCISES, List.of(q), Tolerance.DEFAULT, Map.of(), "test");
                    Exercise e = lastBias(state, k, set, null);
                    int sample = k % 3;
                    double expected = switch (q) {
                        case RESIDUAL -> step.residuals()[sample][0];
                        case SLOPE -> step.gradient(B3);
                        case STEP_SIZE -> step.stepSize(B3);
                        case NEW_VALUE -> step.network().get(B3) - step.stepSize(B3);
                        default -> throw new AssertionError(q);
                    };
                    assertEquals(expected, e.expected(), 0.0, q + " at step " + k);
                }
            }
        }

        @Test
        void the_step_zero_exercises_read_as_the_lesson_does() {
            Exercise slope = lastBias(LastBiasState.DEFAULT, 1, LAST_BIAS, null);
            assertEquals("What is the slope dSSR/db3 at b3 = 1.57?", slope.question());
            assertEquals(3, slope.given().size());
            assertTrue(slope.given().get(1).startsWith("Sample 2 (dosage 0.5): observed 1, predicted "), slope.given().get(1));
            Exercise step = lastBias(LastBiasState.DEFAULT, 2, LAST_BIAS, null);
            assertEquals(List.of("slope dSSR/db3 = −2.50", "learning rate = 0.1"), step.given());
            assertEquals("step size = slope × learning rate = (−2.50) × 0.1 = −0.250", step.worked());
            Exercise next = lastBias(LastBiasState.DEFAULT, 0, new ExerciseSet("n", "N", LastBiasPage.EXERCISES,
                    List.of(Quantity.NEW_VALUE), Tolerance.DEFAULT, Map.of(), "test"), null);
            assertEquals("step size = (−15.7) × 0.1 = −1.57; new b3 = 0 − (−1.57) = 1.57", next.worked());
        }
    }

    @Nested
    class AllParameters {
        static final ExerciseSet BUILT_IN = ExerciseSet.builtIn(AllParametersPage.EXERCISES);
        static final AllParametersState STATE = AllParametersState.DEFAULT;

        static Exercise at(int k, ExerciseSet set, Long seed) { return allParameters(STATE, k, set, seed); }

        static ExerciseSet only(Quantity q) {
            return new ExerciseSet("q", "Q", AllParametersPage.EXERCISES, List.of(q), Tolerance.DEFAULT, Map.of(), "test");
        }

        /** The states the lesson shows after 0…k updates of all seven parameters. */
        static List<Step> steps(double learningRate, int k) {
            int[] all = new int[DosageExample.ARCHITECTURE.parameterCount()];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return Descent.run(DosageExample.allParametersStart(), DosageExample.DATA,
                    Descent.Settings.plain(Loss.SSR, learningRate, all, k, null), k + 1).first();
        }

        @Test
        void without_a_seed_the_quantities_take_turns_and_step_zero_asks_a_sigmoid() {
            List<Quantity> order = new ArrayList<>();
            for (int k = 0; k < 5; k++) order.add(at(k, BUILT_IN, null).quantity());
            assertEquals(List.of(Quantity.CHAIN_FACTOR, Quantity.GRADIENT, Quantity.STEP_SIZE, Quantity.NEW_VALUE, Quantity.CHAIN_FACTOR), order);
            Exercise first = at(0, BUILT_IN, null);
            assertEquals("In the chain rule for dSSR/dw1, what is da1/dz1 for sample 2 (dosage 0.5)?", first.question());
            assertEquals(List.of("Sample 2 (dosage 0.5): z1 = 1.37, and a1 = softplus(z1)"), first.given());
            assertEquals("da1/dz1 = softplus′(1.37) = σ(1.37) = 1 / (1 + e^−1.37) = 0.797", first.worked());
            assertEquals(1, first.sample());
            assertEquals("w1", first.parameter());
            assertEquals("da_1/dz_1", first.factor());
            Exercise loss = at(4, BUILT_IN, null);
            assertEquals("In the chain rule for dSSR/dw1, what is dSSR/dpredicted for sample 3 (dosage 1)?", loss.question());
            assertEquals("dSSR/dpredicted", loss.factor());
            assertEquals("What is the gradient dSSR/dw2 at step 5?", at(5, BUILT_IN, null).question(), "the next parameter in the next round");
        }

        @Test
        void every_expected_value_is_the_pages_at_the_step_it_shows() {
            double lr = 0.05;
            AllParametersState state = new AllParametersState(lr, 0.001, 0);
            List<Step> steps = steps(lr, 9);
            for (int k = 0; k <= 9; k++) {
                Step step = steps.get(k);
                List<AllParametersLesson.ChainRule> rules = AllParametersLesson.chainRules(step.network());
                for (Quantity q : AllParametersPage.EXERCISES.quantities()) {
                    for (long seed = 0; seed < 4; seed++) {
                        Exercise e = allParameters(state, k, only(q), seed);
                        int p = AllParametersLesson.PARAMETERS.indexOf(Parameter.parse(DosageExample.ARCHITECTURE, e.parameter()));
                        AllParametersLesson.ChainRule rule = rules.get(p);
                        double expected = switch (q) {
                            case CHAIN_FACTOR -> {
                                int f = rule.factors().stream().map(AllParametersLesson.Factor::source).toList().indexOf(e.factor());
                                yield rule.values()[e.sample()][f];
                            }
                            case GRADIENT -> rule.sum();
                            case STEP_SIZE -> step.stepSize(rule.parameter());
                            case NEW_VALUE -> step.network().get(rule.parameter()) - step.stepSize(rule.parameter());
                            default -> throw new AssertionError(q);
                        };
                        assertEquals(expected, e.expected(), 0.0, q + " at step " + k + ", seed " + seed);
                        assertEquals(allParameters(state, k, only(q), seed), e, "the same seed, the same exercise");
                    }
                }
            }
        }

        @Test
        void a_chain_factor_is_a_computed_one_never_a_factor_read_off_the_network() {
            Set<String> asked = new HashSet<>();
            for (long seed = 0; seed < 60; seed++) {
                Exercise e = at((int) (seed % 7), only(Quantity.CHAIN_FACTOR), seed);
                asked.add(e.factor());
                assertTrue(e.sample() >= 0 && e.sample() < 3);
            }
            assertEquals(Set.of("dSSR/dpredicted", "da_1/dz_1", "da_2/dz_2"), asked);
        }

        @Test
        void seeds_give_a_class_its_own_order_and_every_quantity_comes_up() {
            Set<Quantity> asked = new HashSet<>();
            Set<String> parameters = new HashSet<>();
            Set<List<Quantity>> orders = new HashSet<>();
            for (long seed = 1; seed <= 6; seed++) {
                List<Quantity> order = new ArrayList<>();
                for (int k = 0; k < 8; k++) {
                    Exercise e = at(k, BUILT_IN, seed);
                    order.add(e.quantity());
                    parameters.add(e.parameter());
                }
                orders.add(order);
                asked.addAll(order);
            }
            assertTrue(orders.size() > 1);
            assertEquals(Set.copyOf(AllParametersPage.EXERCISES.quantities()), asked);
            assertTrue(parameters.size() >= 5, "questions about many parameters: " + parameters);
        }

        @Test
        void the_lesson_asks_only_its_own_quantities() {
            Step step = steps(0.1, 0).get(0);
            ExerciseSet residuals = ExerciseSet.builtIn(LastBiasPage.EXERCISES);
            assertThrows(IllegalArgumentException.class, () -> AllParametersQuestions.of(step, DosageExample.DATA,
                    AllParametersLesson.chainRules(step.network()), 0.1, residuals, null));
            assertThrows(IllegalArgumentException.class, () -> new ExerciseSet("r", "R", AllParametersPage.EXERCISES,
                    List.of(Quantity.RESIDUAL), Tolerance.DEFAULT, Map.of(), "test"));
        }
    }

    @Nested
    class DynamicProgramming {
        static final ExerciseSet DELTAS = ExerciseSet.builtIn(DpPage.EXERCISES);

        @Test
        void the_next_layer_to_fill_is_asked_and_a_full_table_asks_nothing() {
            DpExample deep = DpExample.byId("1-4-4-4-1");
            Backprop bp = Backprop.run(deep.network(), deep.data(), Loss.SSR);
            for (int filled = 0; filled < 4; filled++) {
                Exercise e = DpQuestions.ask(DynamicProgrammingLesson.view(new DpState("1-4-4-4-1", filled, "w1", 1)), DELTAS, 9L);
                int layer = 4 - filled;
                boolean found = false;
                for (int j = 0; j < deep.network().architecture().size(layer); j++) found |= bp.delta(layer, 1, j) == e.expected();
                assertTrue(found, "δ of layer " + layer);
                assertTrue(e.subject().endsWith("for sample 2"), e.subject());
            }
            assertNull(DpQuestions.ask(DynamicProgrammingLesson.view(new DpState("1-4-4-4-1", 4, "w1", 1)), DELTAS, null));
        }

        @Test
        void a_hidden_delta_gives_the_weights_and_deltas_it_needs() {
            Exercise e = DpQuestions.ask(DynamicProgrammingLesson.view(new DpState("2-3-3-1", 1, "w1", 0)), DELTAS, null);
            assertEquals(2, e.given().size(), "the neuron, then one line for the single output it feeds");
            assertTrue(e.given().get(1).contains("→ out) = "), e.given().get(1));
            assertTrue(e.hint().contains("softplus′(z) = σ(z)"), e.hint());
        }

        @Test
        void the_same_seed_gives_the_same_neuron() {
            DpState state = new DpState("1-4-4-4-1", 2, "w1", 0);
            assertEquals(DpQuestions.ask(DynamicProgrammingLesson.view(state), DELTAS, 5L), DpQuestions.ask(DynamicProgrammingLesson.view(state), DELTAS, 5L));
        }
    }
}
