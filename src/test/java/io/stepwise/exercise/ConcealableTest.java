package io.stepwise.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.lessons.allparameters.AllParametersLesson;
import io.stepwise.lessons.allparameters.AllParametersState;
import io.stepwise.lessons.lastbias.LastBiasLesson;
import io.stepwise.lessons.lastbias.LastBiasState;
import io.stepwise.lessons.allparameters.AllParametersPage;
import io.stepwise.lessons.lastbias.LastBiasPage;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import io.stepwise.lessons.allparameters.AllParametersQuestions;
import io.stepwise.lessons.lastbias.LastBiasQuestions;
import io.stepwise.lessons.dp.DpQuestions;

/** What an open question hides: the asked number and those computed from it, never anything else. */
class ConcealableTest {
    static final List<String> NONE = List.of();

    static Exercise lastBias(Quantity q) {
        ExerciseSet only = new ExerciseSet("q", "Q", LastBiasPage.EXERCISES, List.of(q), Tolerance.DEFAULT, Map.of(), "test");
        return LastBiasQuestions.ask(LastBiasLesson.view(LastBiasState.DEFAULT), only, null);
    }

    /** The numbers of the whole step a last-bias question hides. */
    static Set<Concealable> hidden(Exercise e) {
        Set<Concealable> out = EnumSet.noneOf(Concealable.class);
        for (Concealable c : Concealable.values()) if (e.hides(c, -1, null, NONE)) out.add(c);
        return out;
    }

    @Test
    void a_last_bias_question_hides_what_it_asks_and_what_follows() {
        assertEquals(EnumSet.of(Concealable.PRODUCT, Concealable.GRADIENT, Concealable.STEP_SIZE, Concealable.NEW_VALUE), hidden(lastBias(Quantity.SLOPE)),
                "the slope, what follows it and the terms that add up to it");
        assertEquals(EnumSet.of(Concealable.STEP_SIZE, Concealable.NEW_VALUE), hidden(lastBias(Quantity.STEP_SIZE)));
        assertEquals(EnumSet.of(Concealable.NEW_VALUE), hidden(lastBias(Quantity.NEW_VALUE)));
        Exercise residual = lastBias(Quantity.RESIDUAL);
        assertTrue(residual.hides(Concealable.RESIDUAL, residual.sample(), null, NONE));
        assertFalse(residual.hides(Concealable.RESIDUAL, residual.sample() + 1, null, NONE), "only the asked sample's");
        assertEquals(EnumSet.of(Concealable.RESIDUAL), hidden(residual), "a residual leaves the slope shown, but not a formula that writes every residual out");
        assertTrue(residual.hides(Concealable.PRODUCT, residual.sample(), null, NONE), "its term of the slope");
        assertTrue(lastBias(Quantity.SLOPE).hides(Concealable.PRODUCT, 0, null, NONE), "the terms add up to the slope");
    }

    @Test
    void a_chain_factor_hides_itself_its_products_and_every_rule_built_on_it() {
        Exercise e = AllParametersQuestions.ask(AllParametersLesson.view(AllParametersState.DEFAULT),
                ExerciseSet.builtIn(AllParametersPage.EXERCISES), null);
        assertEquals("da_1/dz_1", e.factor());
        List<String> b1 = List.of("dSSR/dpredicted", "dpredicted/da_1", "da_1/dz_1", "dz_1/db_1");
        List<String> w3 = List.of("dSSR/dpredicted", "dpredicted/dw_3");
        assertTrue(e.hides(Concealable.FACTOR, e.sample(), "b1", List.of("da_1/dz_1")), "the factor in another rule that shares it");
        assertFalse(e.hides(Concealable.FACTOR, e.sample(), "w1", List.of("dSSR/dpredicted")), "another factor of the same row");
        assertFalse(e.hides(Concealable.FACTOR, e.sample() + 1, "w1", List.of("da_1/dz_1")), "another sample");
        assertTrue(e.hides(Concealable.PRODUCT, e.sample(), "b1", b1));
        assertTrue(e.hides(Concealable.GRADIENT, -1, "b1", b1));
        assertTrue(e.hides(Concealable.NEW_VALUE, -1, "b1", b1));
        assertFalse(e.hides(Concealable.GRADIENT, -1, "w3", w3), "a rule without the factor");
    }

    @Test
    void a_delta_hides_what_is_computed_from_it_for_its_sample() {
        var view = io.stepwise.lessons.dp.DynamicProgrammingLesson.view(new io.stepwise.lessons.dp.DpState("1-2-1", 1, "w1", 1));
        Exercise e = DpQuestions.ask(view, ExerciseSet.builtIn(io.stepwise.lessons.dp.DpPage.EXERCISES), null);
        assertTrue(e.factor().startsWith("h1,"), e.factor());
        assertTrue(e.hides(Concealable.PRODUCT, 1, null, List.of(e.factor(), "out")), "a path through its neuron");
        assertTrue(e.hides(Concealable.DELTA, 1, null, List.of(e.factor(), "out")));
        assertFalse(e.hides(Concealable.PRODUCT, 1, null, List.of("out")), "a path that does not pass through it");
        assertFalse(e.hides(Concealable.PRODUCT, 0, null, List.of(e.factor(), "out")), "another sample");
    }

    @Test
    void a_gradient_hides_only_its_own_parameter_s_update() {
        ExerciseSet only = new ExerciseSet("g", "G", AllParametersPage.EXERCISES, List.of(Quantity.GRADIENT), Tolerance.DEFAULT, Map.of(), "test");
        Exercise e = AllParametersQuestions.ask(AllParametersLesson.view(AllParametersState.DEFAULT), only, null);
        String other = e.parameter().equals("w1") ? "w2" : "w1";
        assertTrue(e.hides(Concealable.GRADIENT, -1, e.parameter(), NONE));
        assertTrue(e.hides(Concealable.STEP_SIZE, -1, e.parameter(), NONE));
        assertFalse(e.hides(Concealable.GRADIENT, -1, other, NONE));
        assertTrue(e.hides(Concealable.PRODUCT, 0, e.parameter(), NONE), "the products add up to it");
        assertFalse(e.hides(Concealable.PRODUCT, 0, other, NONE), "another parameter's products stay shown");
        assertFalse(e.hides(Concealable.FACTOR, 0, e.parameter(), List.of("dSSR/dpredicted")), "the factors it is computed from stay shown");
    }
}
