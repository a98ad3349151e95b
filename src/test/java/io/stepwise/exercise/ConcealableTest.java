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
        assertEquals(EnumSet.of(Concealable.GRADIENT, Concealable.STEP_SIZE, Concealable.NEW_VALUE), hidden(lastBias(Quantity.SLOPE)));
        assertEquals(EnumSet.of(Concealable.STEP_SIZE, Concealable.NEW_VALUE), hidden(lastBias(Quantity.STEP_SIZE)));
        assertEquals(EnumSet.of(Concealable.NEW_VALUE), hidden(lastBias(Quantity.NEW_VALUE)));
        Exercise residual = lastBias(Quantity.RESIDUAL);
        assertTrue(residual.hides(Concealable.RESIDUAL, residual.sample(), null, NONE));
        assertFalse(residual.hides(Concealable.RESIDUAL, residual.sample() + 1, null, NONE), "only the asked sample's");
        assertEquals(Set.of(), hidden(residual), "a residual leaves the slope shown");
    }

    @Test
    void a_chain_factor_hides_itself_its_products_and_every_rule_built_on_it() {
        Exercise e = AllParametersQuestions.ask(AllParametersLesson.view(AllParametersState.DEFAULT),
                ExerciseSet.builtIn(AllParametersPage.EXERCISES), null);
        assertEquals("dy_1/dx_1", e.factor());
        List<String> b1 = List.of("dSSR/dpredicted", "dpredicted/dy_1", "dy_1/dx_1", "dx_1/db_1");
        List<String> w3 = List.of("dSSR/dpredicted", "dpredicted/dw_3");
        assertTrue(e.hides(Concealable.FACTOR, e.sample(), "b1", List.of("dy_1/dx_1")), "the factor in another rule that shares it");
        assertFalse(e.hides(Concealable.FACTOR, e.sample(), "w1", List.of("dSSR/dpredicted")), "another factor of the same row");
        assertFalse(e.hides(Concealable.FACTOR, e.sample() + 1, "w1", List.of("dy_1/dx_1")), "another sample");
        assertTrue(e.hides(Concealable.PRODUCT, e.sample(), "b1", b1));
        assertTrue(e.hides(Concealable.GRADIENT, -1, "b1", b1));
        assertTrue(e.hides(Concealable.NEW_VALUE, -1, "b1", b1));
        assertFalse(e.hides(Concealable.GRADIENT, -1, "w3", w3), "a rule without the factor");
    }

    @Test
    void a_gradient_hides_only_its_own_parameter_s_update() {
        ExerciseSet only = new ExerciseSet("g", "G", AllParametersPage.EXERCISES, List.of(Quantity.GRADIENT), Tolerance.DEFAULT, Map.of(), "test");
        Exercise e = AllParametersQuestions.ask(AllParametersLesson.view(AllParametersState.DEFAULT), only, null);
        String other = e.parameter().equals("w1") ? "w2" : "w1";
        assertTrue(e.hides(Concealable.GRADIENT, -1, e.parameter(), NONE));
        assertTrue(e.hides(Concealable.STEP_SIZE, -1, e.parameter(), NONE));
        assertFalse(e.hides(Concealable.GRADIENT, -1, other, NONE));
        assertFalse(e.hides(Concealable.PRODUCT, 0, e.parameter(), NONE), "the products it is summed from stay shown");
    }
}
